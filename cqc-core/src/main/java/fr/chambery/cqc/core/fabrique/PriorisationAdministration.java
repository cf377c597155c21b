package fr.chambery.cqc.core.fabrique;

import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.access.Permissions;
import fr.chambery.cqc.core.actionlog.ActionLog;
import fr.chambery.cqc.core.actionlog.LogEntry;
import fr.chambery.cqc.core.actionlog.Verb;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.meeting.Meeting;
import fr.chambery.cqc.core.meeting.MeetingType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The moderators' side of a priorisation: open it for a plénière of the council, settle it, close it early,
 * record the in-room counts. Each act checks {@link FabriqueComponent#MODERATE}, runs in one transaction and
 * is written to the action log.
 */
@ApplicationScoped
public class PriorisationAdministration {

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    @Inject
    ActionLog log;

    Clock clock = Clock.systemUTC();

    /**
     * Opens a round tied to a plénière of the council; it closes at the plénière's end.
     *
     * @throws PriorisationRefusal when the meeting is not a plénière of this council, already has its round, or has ended
     */
    @Transactional
    public Priorisation open(Actor actor, String spaceSlug, long pleniereId, Instant opensAt, int supportsPerMember, boolean countsLive) {
        Assembly space = FabriqueSpaces.bySlug(em, spaceSlug);
        Permissions.require(actor, FabriqueComponent.MODERATE, space);
        Meeting pleniere = em.find(Meeting.class, pleniereId);
        if (pleniere == null || pleniere.spaceId() != space.id() || pleniere.type() != MeetingType.PLENIERE || pleniere.isCancelled()) {
            throw new PriorisationRefusal("refusal.priorisation.notAPleniere");
        }
        if (pleniere.isPast(clock.instant())) {
            throw new PriorisationRefusal("refusal.priorisation.pleniereOver");
        }
        boolean taken = !em.createQuery("select p.id from Priorisation p where p.pleniereId = :m", Long.class)
                .setParameter("m", pleniereId).getResultList().isEmpty();
        if (taken) {
            throw new PriorisationRefusal("refusal.priorisation.alreadyOpened", pleniere.title());
        }
        Priorisation round = new Priorisation(space.id(), pleniereId, opensAt, pleniere.endsAt(), supportsPerMember, countsLive);
        em.persist(round);
        em.flush();
        log.record(LogEntry.by(actor).did(Verb.OPEN).on(ProgrammeLog.PRIORISATION, round.id(), pleniere.title()).to(snapshot(round)));
        return round;
    }

    /** The number of supports and whether counts show live; refused once the round is closed. */
    @Transactional
    public Priorisation settle(Actor actor, long id, long version, int supportsPerMember, boolean countsLive) {
        Priorisation round = moderated(actor, id, version);
        if (round.isClosed(clock.instant())) {
            throw PriorisationClosed.closed();
        }
        Map<String, Object> before = snapshot(round);
        round.settle(supportsPerMember, countsLive);
        em.flush();
        log.record(LogEntry.by(actor).did(Verb.UPDATE).on(ProgrammeLog.PRIORISATION, round.id(), label(round)).from(before).to(snapshot(round)));
        return round;
    }

    /** Closes the round now (the plénière ended early); a closed round stays as it is. */
    @Transactional
    public Priorisation close(Actor actor, long id, long version) {
        Priorisation round = moderated(actor, id, version);
        Instant now = clock.instant();
        if (round.isClosed(now)) {
            throw PriorisationClosed.closed();
        }
        Map<String, Object> before = snapshot(round);
        round.closeAt(now);
        log.record(LogEntry.by(actor).did(Verb.CLOSE).on(ProgrammeLog.PRIORISATION, round.id(), label(round)).from(before).to(snapshot(round)));
        return round;
    }

    /**
     * The show of hands for a subject, recorded (or corrected) while the round is open, beside its online supports.
     *
     * @throws PriorisationClosed once the round is closed
     */
    @Transactional
    public InRoomCount recordInRoom(Actor actor, long id, long subjectId, int hands) {
        Priorisation round = em.find(Priorisation.class, id);
        if (round == null) {
            throw new PriorisationRefusal("refusal.priorisation.unknown");
        }
        FabriqueSpaces.moderated(em, actor, round.spaceId());
        Instant now = clock.instant();
        if (round.isClosed(now)) {
            throw PriorisationClosed.closed();
        }
        if (!round.isOpen(now)) {
            throw PriorisationClosed.notYetOpen();
        }
        Sujet subject = em.find(Sujet.class, subjectId);
        if (subject == null || subject.spaceId() != round.spaceId() || subject.isHidden()) {
            throw new PriorisationRefusal("refusal.priorisation.subjectNotOpen");
        }
        InRoomCount count = em.createQuery("select c from InRoomCount c where c.priorisationId = :p and c.subjectId = :s", InRoomCount.class)
                .setParameter("p", id).setParameter("s", subjectId).getResultStream().findFirst().orElse(null);
        Integer before = count == null ? null : count.hands();
        if (count == null) {
            count = new InRoomCount(id, subjectId, hands, now);
            em.persist(count);
        } else {
            count.record(hands, now);
        }
        em.flush();
        Map<String, Object> from = new LinkedHashMap<>();
        from.put("subject", subject.title());
        from.put("hands", before);
        log.record(LogEntry.by(actor).did(Verb.COUNT_IN_ROOM).on(ProgrammeLog.PRIORISATION, round.id(), label(round))
                .from(before == null ? null : from).to(Map.of("subject", subject.title(), "hands", hands)));
        return count;
    }

    private Priorisation moderated(Actor actor, long id, long version) {
        Priorisation round = em.find(Priorisation.class, id);
        if (round == null) {
            throw new PriorisationRefusal("refusal.priorisation.unknown");
        }
        FabriqueSpaces.moderated(em, actor, round.spaceId());
        if (round.version() != version) {
            throw new PriorisationRefusal("refusal.fabrique.stale");
        }
        return round;
    }

    private String label(Priorisation round) {
        Meeting pleniere = em.find(Meeting.class, round.pleniereId());
        return pleniere == null ? "priorisation " + round.id() : pleniere.title();
    }

    private static Map<String, Object> snapshot(Priorisation round) {
        return Map.of("opensAt", round.opensAt().toString(), "closesAt", round.closesAt().toString(),
                "supportsPerMember", round.supportsPerMember(), "countsLive", round.countsLive());
    }
}
