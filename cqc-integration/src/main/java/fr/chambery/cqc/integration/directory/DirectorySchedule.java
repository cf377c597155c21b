package fr.chambery.cqc.integration.directory;

import fr.chambery.cqc.core.association.SyncAlreadyRunningException;
import fr.chambery.cqc.core.association.SyncRecentlyRunException;
import fr.chambery.cqc.core.association.SyncRun;
import fr.chambery.cqc.core.persistence.SchemaMigrated;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.LocalTime;
import java.util.logging.Logger;

/**
 * The nightly run ({@code cqc.directory.sync-at}, 03:00 by default, Paris time), and one shortly after
 * start-up when {@code cqc.directory.sync-on-start} is true (the demo). Nothing when no source is
 * configured. Another instance's run in progress is simply skipped. Runs outside any transaction: the
 * run is opened, fed in batches and ended each in its own transaction, as on demand.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DirectorySchedule {

    /** Every instance has the nightly and start-up timers: the first to fire runs, the others find its run this recent. */
    static final Duration ONCE_PER_CLUSTER = Duration.ofMinutes(10);

    private static final Logger LOG = Logger.getLogger(DirectorySchedule.class.getName());

    @Resource
    TimerService timers;

    @Inject
    DirectorySyncJob job;

    @Inject
    DirectoryRuns runs;

    @Inject
    DirectorySources sources;

    @Inject
    @ConfigProperty(name = "cqc.directory.sync-at", defaultValue = "03:00")
    String syncAt;

    @Inject
    @ConfigProperty(name = "cqc.directory.sync-on-start", defaultValue = "false")
    boolean onStart;

    @PostConstruct
    void plan() {
        if (sources.configured().isEmpty()) {
            return;
        }
        LocalTime at = LocalTime.parse(syncAt);
        timers.createCalendarTimer(new ScheduleExpression().hour(at.getHour()).minute(at.getMinute()).second(0)
                .timezone("Europe/Paris"), new TimerConfig("nightly", false));
    }

    /** After the schema, and after the demo content (which observes the same event earlier): the start-up run. */
    public void afterMigrations(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) SchemaMigrated event) {
        if (onStart && sources.configured().isPresent()) {
            timers.createSingleActionTimer(1_000, new TimerConfig("start-up", false));
        }
    }

    @Timeout
    void run(Timer timer) {
        try {
            SyncRun run = runs.openScheduled(ONCE_PER_CLUSTER);
            SyncRun done = job.runNow(run.id());
            LOG.info(() -> "Directory sync (" + timer.getInfo() + ") ended " + done.state() + ": " + done.created() + " new, "
                    + done.updated() + " updated, " + done.unchanged() + " unchanged, " + done.rejected() + " rejected");
        } catch (SyncAlreadyRunningException e) {
            LOG.info("Directory sync skipped: another run is in progress");
        } catch (SyncRecentlyRunException e) {
            LOG.info("Directory sync skipped: another instance ran it a moment ago");
        } catch (SourceException e) {
            LOG.warning(() -> "Directory sync not started: " + e.getMessage());
        }
    }
}
