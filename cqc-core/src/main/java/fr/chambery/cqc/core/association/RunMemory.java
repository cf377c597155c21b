package fr.chambery.cqc.core.association;

import java.time.Instant;
import java.util.BitSet;
import java.util.Map;

/**
 * What a run keeps in memory between its batches, so that an unchanged record costs no write: the
 * quartiers by name (read once), the associations it has seen (a bit per id), and the counts not yet
 * written to its {@link SyncRun}, which is brought up to date at most once per checkpoint interval.
 */
final class RunMemory {

    final Map<String, Long> quartiers;
    private final BitSet seen = new BitSet();
    private int created;
    private int updated;
    private int unchanged;
    private int rejected;
    private Instant lastCheckpoint;

    RunMemory(Map<String, Long> quartiers, Instant now) {
        this.quartiers = quartiers;
        this.lastCheckpoint = now;
    }

    void see(long associationId) {
        seen.set(Math.toIntExact(associationId));
    }

    boolean hasSeen(long associationId) {
        return seen.get(Math.toIntExact(associationId));
    }

    void created() { created++; }
    void updated() { updated++; }
    void unchanged() { unchanged++; }
    void rejected() { rejected++; }

    /** Whether the run's row and the lock's heartbeat are due for an update. */
    boolean checkpointDue(Instant now, java.time.Duration interval) {
        return !now.isBefore(lastCheckpoint.plus(interval));
    }

    /** Moves the pending counts into the run's row. */
    void writeTo(SyncRun run, Instant now) {
        run.add(created, updated, unchanged, rejected);
        created = updated = unchanged = rejected = 0;
        lastCheckpoint = now;
    }
}
