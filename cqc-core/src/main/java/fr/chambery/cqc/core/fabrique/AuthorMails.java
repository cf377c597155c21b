package fr.chambery.cqc.core.fabrique;

import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.mail.Mail;
import fr.chambery.cqc.core.mail.Postman;
import fr.chambery.cqc.core.mail.PublicAddress;
import fr.chambery.cqc.core.membership.MemberLabel;
import fr.chambery.cqc.core.membership.Members;
import fr.chambery.cqc.core.membership.Membership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The e-mails to subjects' authors, each in its own transaction with what it records: the change of a
 * subject's state, its hiding by the moderators, and the daily digest of the comments on her subjects (at most one a day: the day is
 * recorded with it, and a second one for the same day is refused by the database, whatever the number of
 * instances sending).
 */
@ApplicationScoped
public class AuthorMails {

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    @Inject
    Members members;

    @Inject
    Postman postman;

    @Inject
    PublicAddress address;

    @Inject
    Assemblies assemblies;

    /** Tells the author of the subject its new state; false when it has no author any more. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean stateChanged(long subjectId, EtatSujet state) {
        return tellAuthor(subjectId, (m, subject, url, gestion) ->
                FabriqueMails.stateChanged(m.email(), MemberLabel.firstName(m.name()), subject.title(), state, url, gestion));
    }

    /** Tells the author of the subject that the moderators hid it, and their public reason; false when it has no author any more. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean hidden(long subjectId, String reason) {
        return tellAuthor(subjectId, (m, subject, url, gestion) ->
                FabriqueMails.hidden(m.email(), MemberLabel.firstName(m.name()), subject.title(), reason, url, gestion));
    }

    /** A mail to a subject's author, given her sign-up, the subject, its page's and her gestion page's addresses. */
    private interface AuthorMail {
        Mail to(Membership author, Sujet subject, String subjectUrl, String gestionLink);
    }

    private boolean tellAuthor(long subjectId, AuthorMail mail) {
        Sujet subject = em.find(Sujet.class, subjectId);
        Optional<Membership> author = authorOf(subject);
        if (author.isEmpty()) {
            return false;
        }
        String base = address.base();
        Membership m = author.get();
        postman.send(mail.to(m, subject, subjectUrl(base, subject.spaceId(), subject.id()), members.gestionLink(m.email(), base)));
        return true;
    }

    /** The sign-ups of the authors with comments waiting. */
    public List<Long> authorsWaiting() {
        return em.createQuery("SELECT DISTINCT s.authorMembershipId FROM CommentNotice n, Sujet s "
                + "WHERE s.id = n.subjectId AND s.authorMembershipId IS NOT NULL", Long.class).getResultList();
    }

    /** Forgets the comments on subjects whose author has left: nobody to tell. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int dropUnsigned() {
        return em.createQuery("DELETE FROM CommentNotice n WHERE n.subjectId IN "
                + "(SELECT s.id FROM Sujet s WHERE s.authorMembershipId IS NULL)").executeUpdate();
    }

    /**
     * Sends her the digest of the comments waiting on her subjects, unless she already had one that day
     * (they then wait for the next); the comments told are no longer waiting.
     *
     * @return whether a digest was sent
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean digest(long membershipId, LocalDate day) {
        Membership author = em.find(Membership.class, membershipId);
        if (author == null || alreadySent(membershipId, day)) {
            return false;
        }
        List<Object[]> rows = em.createQuery("SELECT s.id, s.title, s.spaceId, COUNT(n) FROM CommentNotice n, Sujet s "
                        + "WHERE s.id = n.subjectId AND s.authorMembershipId = :m GROUP BY s.id, s.title, s.spaceId ORDER BY s.id", Object[].class)
                .setParameter("m", membershipId).getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        em.createNativeQuery("INSERT INTO fabrique_digest_sent (membership_id, sent_on) VALUES (?1, ?2)")
                .setParameter(1, membershipId).setParameter(2, java.sql.Date.valueOf(day)).executeUpdate();
        em.createQuery("DELETE FROM CommentNotice n WHERE n.subjectId IN :ids")
                .setParameter("ids", rows.stream().map(r -> (Long) r[0]).toList()).executeUpdate();
        String base = address.base();
        List<FabriqueMails.DigestLine> lines = rows.stream().map(r -> new FabriqueMails.DigestLine((String) r[1],
                ((Number) r[3]).longValue(), subjectUrl(base, ((Number) r[2]).longValue(), (Long) r[0]))).toList();
        postman.send(FabriqueMails.digest(author.email(), MemberLabel.firstName(author.name()), lines,
                members.gestionLink(author.email(), base)));
        return true;
    }

    private boolean alreadySent(long membershipId, LocalDate day) {
        Number count = (Number) em.createNativeQuery("SELECT COUNT(*) FROM fabrique_digest_sent WHERE membership_id = ?1 AND sent_on = ?2")
                .setParameter(1, membershipId).setParameter(2, java.sql.Date.valueOf(day)).getSingleResult();
        return count.longValue() > 0;
    }

    private Optional<Membership> authorOf(Sujet subject) {
        return Optional.ofNullable(subject).flatMap(Sujet::authorMembershipId).map(id -> em.find(Membership.class, id));
    }

    private String subjectUrl(String base, long spaceId, long subjectId) {
        String slug = assemblies.byId(spaceId).map(Assembly::slug).orElse("");
        return base + "/assemblies/" + slug + "/fabrique/sujets/" + subjectId;
    }
}
