package fr.chambery.cqc.integration.directory;

import fr.chambery.cqc.core.association.AssociationSync;
import fr.chambery.cqc.core.association.SyncAlreadyRunningException;
import fr.chambery.cqc.core.association.SyncRecentlyRunException;
import fr.chambery.cqc.core.association.SyncRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;

/**
 * Starting a run on demand (back office, API): the lock is taken and the run opened at once, so that a
 * refusal is answered to the person asking; the reading goes on in the background.
 */
@ApplicationScoped
public class DirectoryRuns {

    @Inject
    AssociationSync sync;

    @Inject
    DirectorySources sources;

    @Inject
    DirectorySyncJob job;

    /**
     * @throws SyncAlreadyRunningException when another run is alive
     * @throws SourceException when no source is configured
     */
    public SyncRun start() {
        SyncRun run = open();
        job.execute(run.id());
        return run;
    }

    /** Opens a run of the configured source, without reading it. */
    public SyncRun open() {
        return sync.start(source().key());
    }

    /**
     * Opens a scheduled run, unless one started within {@code notAgainWithin} (on any instance).
     *
     * @throws SyncRecentlyRunException then
     */
    public SyncRun openScheduled(Duration notAgainWithin) {
        return sync.startScheduled(source().key(), notAgainWithin);
    }

    private DirectorySource source() {
        return sources.configured()
                .orElseThrow(() -> new SourceException("Aucune source d'annuaire n'est configurée (cqc.directory.source)."));
    }
}
