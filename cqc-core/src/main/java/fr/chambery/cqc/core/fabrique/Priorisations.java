package fr.chambery.cqc.core.fabrique;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Collection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The stored priorisations, their supports and in-room counts, and the results they rank. */
@ApplicationScoped
public class Priorisations {

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    public Optional<Priorisation> byId(long id) {
        return Optional.ofNullable(em.find(Priorisation.class, id));
    }

    /** The round tied to these plénières, by plénière. */
    public Map<Long, Priorisation> ofPlenieres(Collection<Long> pleniereIds) {
        if (pleniereIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p from Priorisation p where p.pleniereId in :m", Priorisation.class)
                .setParameter("m", pleniereIds).getResultStream().collect(Collectors.toMap(Priorisation::pleniereId, p -> p));
    }

    /** A council's rounds, the latest first. */
    public List<Priorisation> ofSpace(long spaceId) {
        return em.createQuery("select p from Priorisation p where p.spaceId = :s order by p.closesAt desc", Priorisation.class)
                .setParameter("s", spaceId).getResultList();
    }

    /**
     * The next instant after {@code now} when one of the council's rounds opens or closes: until then, what its
     * priorisation page shows changes only by a write.
     */
    public Optional<Instant> nextChange(long spaceId, Instant now) {
        return ofSpace(spaceId).stream().flatMap(r -> Stream.of(r.opensAt(), r.closesAt())).filter(now::isBefore).min(Comparator.naturalOrder());
    }

    /** The round a council's page shows: the latest one that has opened, if any. */
    public Optional<Priorisation> current(long spaceId, Instant now) {
        return em.createQuery("select p from Priorisation p where p.spaceId = :s and p.opensAt <= :now order by p.closesAt desc",
                        Priorisation.class)
                .setParameter("s", spaceId).setParameter("now", now).setMaxResults(1).getResultStream().findFirst();
    }

    /** The open, visible subjects of the council: those a member may support. */
    public List<Sujet> supportable(long spaceId) {
        return em.createQuery("""
                        select s from Sujet s where s.spaceId = :s and s.state = :open and s.hiddenAt is null
                        order by s.title""", Sujet.class)
                .setParameter("s", spaceId).setParameter("open", EtatSujet.PROPOSE).getResultList();
    }

    /** The subjects this member supports in the round. */
    public Set<Long> supportedBy(long priorisationId, long membershipId) {
        return Set.copyOf(em.createQuery("""
                        select s.subjectId from Soutien s where s.priorisationId = :p and s.membershipId = :m""", Long.class)
                .setParameter("p", priorisationId).setParameter("m", membershipId).getResultList());
    }

    /** Online supports per subject. */
    public Map<Long, Long> onlineCounts(long priorisationId) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery("""
                        select s.subjectId, count(s) from Soutien s where s.priorisationId = :p group by s.subjectId""", Object[].class)
                .setParameter("p", priorisationId).getResultList()) {
            counts.put((Long) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** A subject in a round: what the counts of several rounds at once are keyed by. */
    public record SubjectInRound(long priorisationId, long subjectId) {
    }

    /** The online supports of these subjects in these rounds, in one aggregate query (none: absent). */
    public Map<SubjectInRound, Long> onlineCounts(Collection<Long> priorisationIds, Collection<Long> subjectIds) {
        if (priorisationIds.isEmpty() || subjectIds.isEmpty()) {
            return Map.of();
        }
        Map<SubjectInRound, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery("""
                        select s.priorisationId, s.subjectId, count(s) from Soutien s where s.priorisationId in :p and s.subjectId in :j
                        group by s.priorisationId, s.subjectId""", Object[].class)
                .setParameter("p", priorisationIds).setParameter("j", subjectIds).getResultList()) {
            counts.put(new SubjectInRound((Long) row[0], (Long) row[1]), ((Number) row[2]).longValue());
        }
        return counts;
    }

    /** The in-room counts of these subjects in these rounds, in one query (none recorded: absent). */
    public Map<SubjectInRound, InRoomCount> inRoomCounts(Collection<Long> priorisationIds, Collection<Long> subjectIds) {
        if (priorisationIds.isEmpty() || subjectIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select c from InRoomCount c where c.priorisationId in :p and c.subjectId in :j", InRoomCount.class)
                .setParameter("p", priorisationIds).setParameter("j", subjectIds).getResultStream()
                .collect(Collectors.toMap(c -> new SubjectInRound(c.priorisationId(), c.subjectId()), c -> c));
    }

    /** The in-room counts recorded, per subject. */
    public Map<Long, InRoomCount> inRoomCounts(long priorisationId) {
        return em.createQuery("select c from InRoomCount c where c.priorisationId = :p", InRoomCount.class)
                .setParameter("p", priorisationId).getResultStream()
                .collect(Collectors.toMap(InRoomCount::subjectId, c -> c));
    }

    /**
     * The round's results, ranked by total (online + in room), then online supports, then title: every
     * visible subject of the council proposed before the close that is not withdrawn nor merged, and any
     * subject that received supports or hands. Whether they may be shown is the round's to say
     * ({@link Priorisation#countsArePublic}).
     */
    public List<RankedSubject> results(Priorisation round) {
        Map<Long, Long> online = onlineCounts(round.id());
        Map<Long, InRoomCount> inRoom = inRoomCounts(round.id());
        List<Sujet> subjects = em.createQuery("""
                        select s from Sujet s where s.spaceId = :s and s.hiddenAt is null and s.proposedAt < :close""", Sujet.class)
                .setParameter("s", round.spaceId()).setParameter("close", round.closesAt()).getResultList();
        record Line(Sujet subject, long online, int inRoom) {
            long total() {
                return online + inRoom;
            }
        }
        List<Line> lines = subjects.stream()
                .filter(s -> s.state() == EtatSujet.PROPOSE || s.state() == EtatSujet.RETENU || s.state() == EtatSujet.NON_RETENU
                        || online.containsKey(s.id()) || inRoom.containsKey(s.id()))
                .map(s -> new Line(s, online.getOrDefault(s.id(), 0L), Optional.ofNullable(inRoom.get(s.id())).map(InRoomCount::hands).orElse(0)))
                .sorted(Comparator.comparingLong(Line::total).reversed().thenComparing(Comparator.comparingLong(Line::online).reversed())
                        .thenComparing(l -> l.subject().title()))
                .toList();
        List<RankedSubject> ranked = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            int rank = i > 0 && lines.get(i - 1).total() == line.total() ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new RankedSubject(rank, line.subject(), line.online(), line.inRoom()));
        }
        return ranked;
    }
}
