package fr.chambery.cqc.core.association;

import java.time.Instant;

/** A scheduled sync not started: another instance of the cluster started one a moment ago. */
public class SyncRecentlyRunException extends RuntimeException {

    public SyncRecentlyRunException(Instant latest) {
        super("A directory sync started at " + latest + ": this scheduled one is not needed");
    }
}
