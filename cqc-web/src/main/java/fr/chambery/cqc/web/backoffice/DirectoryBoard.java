package fr.chambery.cqc.web.backoffice;

import fr.chambery.cqc.core.access.Action;
import fr.chambery.cqc.core.association.Association;
import fr.chambery.cqc.core.association.Associations;
import fr.chambery.cqc.core.association.RunNotHeldException;
import fr.chambery.cqc.core.association.SyncAlreadyRunningException;
import fr.chambery.cqc.core.association.SyncRejection;
import fr.chambery.cqc.core.association.SyncRun;
import fr.chambery.cqc.core.association.UnlistingDecision;
import fr.chambery.cqc.integration.directory.DirectoryRuns;
import fr.chambery.cqc.integration.directory.SourceException;
import fr.chambery.cqc.web.ui.Messages;
import fr.chambery.cqc.web.ui.RefusalMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Optional;

/**
 * {@code /admin/directory}: the association directory sync for administrators: start a run, follow it
 * (the page polls while it runs; each poll is a new request, so the bean is request-scoped), the history of runs with their counts, and each run's rejected records.
 * A run held for confirmation shows what it would unlist, and the administrator confirms or discards it.
 */
@Named
@RequestScoped
public class DirectoryBoard {

    @Inject Associations associations;
    @Inject DirectoryRuns runs;
    @Inject AccessGuard access;
    @Inject UnlistingDecision decision;

    /** The associations a held run would unlist shown by name, at most. */
    static final int SHOWN = 100;

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
        } catch (SyncAlreadyRunningException e) {
            Messages.error(null, RefusalMessages.text(e));
        } catch (SourceException e) {
            Messages.error(null, e.getMessage());
        }
    }

    public void confirm(long runId) {
        try {
            SyncRun confirmed = decision.confirm(access.actor(), runId);
            history = null;
            Messages.info("admin.directory.held.confirmed", confirmed.id(), confirmed.unlisted());
        } catch (SyncAlreadyRunningException e) {
            Messages.error(null, RefusalMessages.text(e));
        } catch (RunNotHeldException e) {
            Messages.error(null, RefusalMessages.text(e));
        }
    }

    public void discard(long runId) {
        try {
            decision.discard(access.actor(), runId);
            history = null;
            Messages.info("admin.directory.held.discarded", runId);
        } catch (SyncAlreadyRunningException e) {
            Messages.error(null, RefusalMessages.text(e));
        } catch (RunNotHeldException e) {
            Messages.error(null, RefusalMessages.text(e));
        }
    }

    /** The run waiting for a decision, if any (a new run discards it). */
    public SyncRun getHeld() {
        return getRuns().stream().filter(SyncRun::isHeld).findFirst().orElse(null);
    }

    /** What the held run would unlist, by name ({@value #SHOWN} at most; its count says how many in all). */
    public List<Association> getHeldUnlisting() {
        SyncRun held = getHeld();
        return held == null ? List.of() : associations.heldUnlisting(held.id(), SHOWN);
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
