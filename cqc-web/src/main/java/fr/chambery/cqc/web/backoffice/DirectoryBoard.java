package fr.chambery.cqc.web.backoffice;

import fr.chambery.cqc.core.access.Action;
import fr.chambery.cqc.core.association.Associations;
import fr.chambery.cqc.core.association.SyncAlreadyRunningException;
import fr.chambery.cqc.core.association.SyncRejection;
import fr.chambery.cqc.core.association.SyncRun;
import fr.chambery.cqc.integration.directory.DirectoryRuns;
import fr.chambery.cqc.integration.directory.SourceException;
import fr.chambery.cqc.web.ui.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * {@code /admin/directory}: the association directory sync for administrators: start a run, follow it
 * (the page polls while it runs), the history of runs with their counts, and each run's rejected records.
 */
@Named
@ViewScoped
public class DirectoryBoard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject transient Associations associations;
    @Inject transient DirectoryRuns runs;
    @Inject transient AccessGuard access;

    private Long run;

    public void open() {
        access.require(Action.RUN_DIRECTORY_SYNC, Optional.empty());
    }

    public void start() {
        try {
            SyncRun started = runs.start();
            Messages.info("admin.directory.started", started.id());
        } catch (SyncAlreadyRunningException | SourceException e) {
            Messages.error(null, e.getMessage());
        }
    }

    public List<SyncRun> getRuns() {
        return associations.runs(30);
    }

    /** The run in progress, if any, for the progress bar. */
    public SyncRun getCurrent() {
        return getRuns().stream().filter(SyncRun::isRunning).findFirst().orElse(null);
    }

    public boolean isRunning() {
        return getCurrent() != null;
    }

    public SyncRun getSelected() {
        return run == null ? null : associations.run(run).orElse(null);
    }

    public List<SyncRejection> getRejections() {
        return run == null ? List.of() : associations.rejectionsOf(run);
    }

    public Long getRun() { return run; }
    public void setRun(Long v) { this.run = v; }
}
