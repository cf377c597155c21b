package fr.chambery.cqc.web.backoffice;

import fr.chambery.cqc.core.access.Action;
import fr.chambery.cqc.core.association.Associations;
import fr.chambery.cqc.core.association.SyncAlreadyRunningException;
import fr.chambery.cqc.core.association.SyncRejection;
import fr.chambery.cqc.core.association.SyncRun;
import fr.chambery.cqc.integration.directory.DirectoryRuns;
import fr.chambery.cqc.integration.directory.SourceException;
import fr.chambery.cqc.web.ui.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Optional;

/**
 * {@code /admin/directory}: the association directory sync for administrators: start a run, follow it
 * (the page polls while it runs; each poll is a new request, so the bean is request-scoped), the history of runs with their counts, and each run's rejected records.
 */
@Named
@RequestScoped
public class DirectoryBoard {

    @Inject Associations associations;
    @Inject DirectoryRuns runs;
    @Inject AccessGuard access;

    private Long run;
    /** Read once per request (the page and each poll), however many times the view asks. */
    private List<SyncRun> history;
    private SyncRun selected;

    public void open() {
        access.require(Action.RUN_DIRECTORY_SYNC, Optional.empty());
    }

    public void start() {
        try {
            SyncRun started = runs.start();
            history = null;
            Messages.info("admin.directory.started", started.id());
        } catch (SyncAlreadyRunningException | SourceException e) {
            Messages.error(null, e.getMessage());
        }
    }

    public List<SyncRun> getRuns() {
        if (history == null) {
            history = associations.runs(30);
        }
        return history;
    }

    /** The run in progress, if any, for the progress bar. */
    public SyncRun getCurrent() {
        return getRuns().stream().filter(SyncRun::isRunning).findFirst().orElse(null);
    }

    public boolean isRunning() {
        return getCurrent() != null;
    }

    public SyncRun getSelected() {
        if (selected == null && run != null) {
            selected = associations.run(run).orElse(null);
        }
        return selected;
    }

    public List<SyncRejection> getRejections() {
        return run == null ? List.of() : associations.rejectionsOf(run);
    }

    public Long getRun() { return run; }
    public void setRun(Long v) { this.run = v; }
}
