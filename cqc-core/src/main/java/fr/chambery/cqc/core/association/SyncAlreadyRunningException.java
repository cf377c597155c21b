package fr.chambery.cqc.core.association;

/** Another run holds the database lock, on this instance or another. */
public class SyncAlreadyRunningException extends RuntimeException {

    public SyncAlreadyRunningException(long runId) {
        super("Une synchronisation est déjà en cours (n° " + runId + ") : attendez qu'elle se termine.");
    }
}
