package fr.chambery.cqc.core.association;

import fr.chambery.cqc.core.refusal.Refusal;

import java.util.List;

/** Another run holds the database lock, on this instance or another. */
public class SyncAlreadyRunningException extends RuntimeException implements Refusal {

    private final long runId;

    public SyncAlreadyRunningException(long runId) {
        super("A directory sync is already running (run " + runId + ")");
        this.runId = runId;
    }

    @Override
    public String key() {
        return "refusal.sync.running";
    }

    @Override
    public List<Object> arguments() {
        return List.of(String.valueOf(runId));
    }
}
