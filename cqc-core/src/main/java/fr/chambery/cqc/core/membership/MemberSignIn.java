package fr.chambery.cqc.core.membership;

import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.mail.Postman;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A member signs in without a password: she asks for a link by e-mail (sent only when the address is a
 * confirmed member's, so that the answer tells nobody who is a member), the link serves once within
 * {@code cqc.members.sign-in-link-lifetime} (15 minutes), and opens a {@link MemberSession} that lasts
 * while she comes back within {@code cqc.members.session-idle} (7 days), never beyond 30 days. Her
 * councils are read again on every request: a member who leaves or erases her data stops acting at once.
 */
@ApplicationScoped
public class MemberSignIn {

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    @Inject
    Members members;

    @Inject
    Postman postman;

    @Inject
    @ConfigProperty(name = "cqc.members.sign-in-link-lifetime", defaultValue = "PT15M")
    Duration linkLifetime = MembershipToken.Purpose.SIGN_IN.lifetime();

    @Inject
    @ConfigProperty(name = "cqc.members.session-idle", defaultValue = "P7D")
    Duration idle = Duration.ofDays(7);

    Clock clock = Clock.systemUTC();

    /** A member signed in: who she is for permissions, and how the header greets her. */
    public record SignedInMember(String email, Set<Long> councilIds, String firstName) {

        public Actor actor() {
            return Actor.member(email, councilIds);
        }
    }

    /** A session just opened: the secret for the cookie (not kept), and the council to land on. */
    public record OpenedSession(String secret, Duration lifetime, long councilId) {
    }

    /**
     * Sends a sign-in link to the address when it is a confirmed member's; does nothing otherwise. The
     * caller answers the same in both cases.
     *
     * @param baseUrl the site's address, for the link
     * @return whether a link was sent (for tests and logs, never for the visitor)
     */
    @Transactional
    public boolean sendLink(String email, String baseUrl) {
        if (!SignUp.isEmail(email)) {
            return false;
        }
        String address = Members.normalized(email);
        List<Membership> mine = members.confirmed(address);
        if (mine.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        MembershipToken.Issued link = MembershipToken.issue(MembershipToken.Purpose.SIGN_IN, null, address, now, linkLifetime);
        em.persist(link.token());
        MembershipToken.Issued gestion = MembershipToken.issue(MembershipToken.Purpose.GESTION, null, address, now);
        em.persist(gestion.token());
        postman.send(MembershipMails.signInLink(address, MemberLabel.firstName(mine.getLast().name()),
                baseUrl + "/membership/link?token=" + link.secret(), linkLifetime,
                baseUrl + "/membership/manage?token=" + gestion.secret()));
        return true;
    }

    /** Whether the link may still open a session (unused, not expired); it is not used up by asking. */
    public boolean linkIsValid(String secret) {
        return signInLink(secret).filter(t -> t.isValid(MembershipToken.Purpose.SIGN_IN, clock.instant())).isPresent();
    }

    /**
     * Uses the link up and opens a session, when the link is valid and its address still a confirmed
     * member's. Two requests racing with one link: only one opens a session.
     */
    @Transactional
    public Optional<OpenedSession> open(String linkSecret) {
        Optional<MembershipToken> link = signInLink(linkSecret);
        if (link.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        int used = em.createQuery("UPDATE MembershipToken t SET t.usedAt = :now WHERE t.hash = :h AND t.purpose = :p "
                        + "AND t.usedAt IS NULL AND t.expiresAt > :now")
                .setParameter("now", now).setParameter("h", MembershipToken.hashOf(linkSecret))
                .setParameter("p", MembershipToken.Purpose.SIGN_IN).executeUpdate();
        String email = link.get().email();
        List<Membership> mine = members.confirmed(email);
        if (used != 1 || mine.isEmpty()) {
            return Optional.empty();
        }
        String secret = MembershipToken.newSecret();
        em.persist(new MemberSession(MembershipToken.hashOf(secret), email, now, idle));
        return Optional.of(new OpenedSession(secret, MemberSession.MAX_LIFETIME, mine.getFirst().spaceId()));
    }

    /**
     * The member of a session's secret, if the session is still open and its address still a confirmed
     * member's; the session is prolonged (within its 30 days), or deleted once it has no use.
     */
    @Transactional
    public Optional<SignedInMember> resume(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        MemberSession session = em.find(MemberSession.class, MembershipToken.hashOf(secret));
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        List<Membership> mine = session.isOpenAt(now) ? members.confirmed(session.email()) : List.of();
        if (mine.isEmpty()) {
            em.remove(session);
            return Optional.empty();
        }
        if (session.seenLongerAgoThan(now)) {
            session.seen(now, idle);
        }
        return Optional.of(new SignedInMember(session.email(),
                Set.copyOf(mine.stream().map(Membership::spaceId).toList()), MemberLabel.firstName(mine.getLast().name())));
    }

    /** « Se déconnecter »: the session is deleted. */
    @Transactional
    public void signOut(String secret) {
        if (secret != null && !secret.isBlank()) {
            em.createQuery("DELETE FROM MemberSession s WHERE s.hash = :h").setParameter("h", MembershipToken.hashOf(secret)).executeUpdate();
        }
    }

    private Optional<MembershipToken> signInLink(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(MembershipToken.class, MembershipToken.hashOf(secret)));
    }
}
