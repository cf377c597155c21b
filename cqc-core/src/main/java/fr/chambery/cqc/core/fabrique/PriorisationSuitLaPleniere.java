package fr.chambery.cqc.core.fabrique;

import fr.chambery.cqc.core.actionlog.ActionLog;
import fr.chambery.cqc.core.actionlog.LogEntry;
import fr.chambery.cqc.core.actionlog.Verb;
import fr.chambery.cqc.core.meeting.MeetingRescheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * A priorisation closes at its plénière's end, even when a moderator reschedules the plénière after the round
 * was opened: the round follows it in the edit's own transaction, written to the action log by the same
 * moderator. A round already closed keeps its results.
 */
@ApplicationScoped
public class PriorisationSuitLaPleniere {

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    @Inject
    ActionLog log;

    Clock clock = Clock.systemUTC();

    void follow(@Observes MeetingRescheduled moved) {
        Instant now = clock.instant();
        for (Priorisation round : em.createQuery("select p from Priorisation p where p.pleniereId = :m", Priorisation.class)
                .setParameter("m", moved.meetingId()).getResultList()) {
            Map<String, Object> before = Map.of("opensAt", round.opensAt().toString(), "closesAt", round.closesAt().toString());
            if (round.followPleniere(moved.endsAt(), now)) {
                em.flush();
                log.record(LogEntry.by(moved.by()).did(Verb.UPDATE).on(ProgrammeLog.PRIORISATION, round.id(), moved.title())
                        .from(before).to(Map.of("opensAt", round.opensAt().toString(), "closesAt", round.closesAt().toString())));
            }
        }
    }
}
