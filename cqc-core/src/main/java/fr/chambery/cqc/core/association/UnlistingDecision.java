package fr.chambery.cqc.core.association;

import fr.chambery.cqc.core.access.Action;
import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.access.Permissions;
import fr.chambery.cqc.core.actionlog.ActionLog;
import fr.chambery.cqc.core.actionlog.LogEntry;
import fr.chambery.cqc.core.actionlog.Verb;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;

/**
 * An administrator's decision on a run held for confirmation ({@link SyncRun.State#A_CONFIRMER}):
 * confirming applies the misses its ledger kept (unlisting those missed twice in a row), discarding
 * leaves every listing status as it is. Either holds the sync's lock, so no run is half-way meanwhile.
 */
@ApplicationScoped
public class UnlistingDecision {

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    @Inject
    Associations associations;

    @Inject
    ActionLog log;

    /**
     * @throws RunNotHeldException when the run does not wait for a decision
     * @throws SyncAlreadyRunningException when a run is reading its source
     */
    @Transactional
    public SyncRun confirm(Actor actor, long runId) {
        SyncRun run = held(actor, runId);
        List<HeldMiss> misses = associations.heldMisses(runId);
        int unlisted = 0;
        for (Association association : associations.byIds(misses.stream().map(HeldMiss::associationId).toList())) {
            if (association.status() == AssociationStatus.LISTEE && association.missed()) {
                unlisted++;
            }
        }
        int announced = run.toUnlist();
        run.confirm(unlisted, "Confirmée par un administrateur : " + unlisted + " association(s) retirée(s) de la liste.");
        log.record(LogEntry.by(actor).did(Verb.CONFIRM).on(AssociationLog.SYNC_RUN, run.id(), "Synchronisation n° " + run.id())
                .from(Map.of("state", SyncRun.State.A_CONFIRMER.name(), "to_unlist", announced))
                .to(Map.of("state", run.state().name(), "unlisted", unlisted)));
        return run;
    }

    /** @throws RunNotHeldException when the run does not wait for a decision */
    @Transactional
    public SyncRun discard(Actor actor, long runId) {
        SyncRun run = held(actor, runId);
        run.discard("Écartée par un administrateur : aucune association retirée.");
        log.record(LogEntry.by(actor).did(Verb.DISCARD).on(AssociationLog.SYNC_RUN, run.id(), "Synchronisation n° " + run.id())
                .from(Map.of("state", SyncRun.State.A_CONFIRMER.name(), "to_unlist", run.toUnlist()))
                .to(Map.of("state", run.state().name())));
        return run;
    }

    private SyncRun held(Actor actor, long runId) {
        Permissions.require(actor, Action.RUN_DIRECTORY_SYNC);
        Object[] lock = (Object[]) em.createNativeQuery("SELECT run_id, acquired_at FROM sync_lock WHERE name = ? FOR UPDATE")
                .setParameter(1, AssociationSync.LOCK).getSingleResult();
        long holder = ((Number) lock[0]).longValue();
        if (holder != 0 && associations.run(holder).filter(SyncRun::isRunning).isPresent()) {
            throw new SyncAlreadyRunningException(holder);
        }
        SyncRun run = associations.run(runId).orElseThrow(() -> new RunNotHeldException(runId));
        if (!run.isHeld()) {
            throw new RunNotHeldException(runId);
        }
        return run;
    }
}
