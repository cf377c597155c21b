package fr.chambery.cqc.core.fabrique;

import fr.chambery.cqc.core.persistence.ResultPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The stored subjects, their comments and reports. Lists cost one query (and one to count). */
@ApplicationScoped
public class Sujets {

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    public Optional<Sujet> byId(long id) {
        return Optional.ofNullable(em.find(Sujet.class, id));
    }

    /** A subject the public may see (not hidden). */
    public Optional<Sujet> visible(long id) {
        return byId(id).filter(s -> !s.isHidden());
    }

    /** The visible subjects of these spaces (a council, or an assembly and its councils) matching the filters, newest first. */
    public ResultPage<Sujet> search(Collection<Long> spaceIds, Optional<EtatSujet> state, Optional<Theme> theme, int page, int size) {
        if (spaceIds.isEmpty()) {
            return new ResultPage<>(List.of(), 0, 1, size);
        }
        String where = " where s.spaceId in :spaces and s.hiddenAt is null"
                + state.map(x -> " and s.state = :state").orElse("")
                + theme.map(x -> " and s.theme = :theme").orElse("");
        TypedQuery<Sujet> select = em.createQuery("select s from Sujet s" + where + " order by s.proposedAt desc, s.id desc", Sujet.class);
        TypedQuery<Long> count = em.createQuery("select count(s) from Sujet s" + where, Long.class);
        for (TypedQuery<?> q : List.of(select, count)) {
            q.setParameter("spaces", spaceIds);
            state.ifPresent(x -> q.setParameter("state", x));
            theme.ifPresent(x -> q.setParameter("theme", x));
        }
        int current = Math.max(1, page);
        return new ResultPage<>(select.setFirstResult((current - 1) * size).setMaxResults(size).getResultList(),
                count.getSingleResult(), current, size);
    }

    /** Every subject of the council, hidden ones included, newest first: for its moderators. */
    public List<Sujet> allOf(long spaceId) {
        return em.createQuery("select s from Sujet s where s.spaceId = :space order by s.proposedAt desc, s.id desc", Sujet.class)
                .setParameter("space", spaceId).getResultList();
    }

    /** The subject's comments and replies, hidden ones included (shown by their reason), oldest first. */
    public List<Commentaire> commentsOf(long subjectId) {
        return em.createQuery("select c from Commentaire c where c.subjectId = :s order by c.writtenAt, c.id", Commentaire.class)
                .setParameter("s", subjectId).getResultList();
    }

    public Optional<Commentaire> comment(long id) {
        return Optional.ofNullable(em.find(Commentaire.class, id));
    }

    /** How many visible comments each subject has, in one query. */
    public Map<Long, Long> commentCounts(Collection<Long> subjectIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!subjectIds.isEmpty()) {
            em.createQuery("select c.subjectId, count(c) from Commentaire c where c.subjectId in :ids and c.hiddenAt is null group by c.subjectId",
                            Object[].class)
                    .setParameter("ids", subjectIds).getResultList()
                    .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        return counts;
    }

    public Optional<Signalement> report(long id) {
        return Optional.ofNullable(em.find(Signalement.class, id));
    }

    /** The open reports of the council's subjects and comments, oldest first. */
    public List<Signalement> openReportsOf(long spaceId) {
        return em.createQuery("select r from Signalement r, Sujet s where r.subjectId = s.id and s.spaceId = :space "
                        + "and r.closedAt is null order by r.reportedAt, r.id", Signalement.class)
                .setParameter("space", spaceId).getResultList();
    }

    /** Whether this person already has an open report on this item (a subject, or a comment of it). */
    boolean hasOpenReport(String reporter, long subjectId, Long commentId) {
        TypedQuery<Long> query = em.createQuery("select r.id from Signalement r where r.reporter = :who and r.subjectId = :s "
                        + "and r.closedAt is null and " + (commentId == null ? "r.commentId is null" : "r.commentId = :c"), Long.class)
                .setParameter("who", reporter).setParameter("s", subjectId);
        if (commentId != null) {
            query.setParameter("c", commentId);
        }
        return !query.setMaxResults(1).getResultList().isEmpty();
    }

    /** The open reports about one item: the subject itself ({@code commentId} null) or one comment. */
    List<Signalement> openReportsOn(long subjectId, Long commentId) {
        TypedQuery<Signalement> query = em.createQuery("select r from Signalement r where r.subjectId = :s and r.closedAt is null and "
                + (commentId == null ? "r.commentId is null" : "r.commentId = :c"), Signalement.class).setParameter("s", subjectId);
        if (commentId != null) {
            query.setParameter("c", commentId);
        }
        return query.getResultList();
    }
}
