package fr.chambery.cqc.core.search;

import fr.chambery.cqc.core.actionlog.PublicContentChanged;
import fr.chambery.cqc.core.opendata.OpenDataArchive;
import fr.chambery.cqc.core.persistence.SchemaMigrated;
import fr.chambery.cqc.core.persistence.SqlStatements;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the public views built from everything public up to date, in the background and never on a
 * visitor's request: the site search's index and the open-data archive. Built after start-up (after the demo
 * content), half a second after any change is committed (a burst of changes gives one build), and every hour
 * (which also brings another instance's changes into this instance's archive). Its SQL statements are counted
 * apart from the requests' ({@link SqlStatements#inBackground}).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PublicContentSchedule {

    private static final Logger LOG = Logger.getLogger(PublicContentSchedule.class.getName());
    private static final long HOUR = 3_600_000L;
    private static final long AFTER_A_CHANGE = 500L;

    @Resource
    TimerService timers;

    /** Where a build after a change waits its half second: a request thread never touches the timer service. */
    @Resource
    ManagedScheduledExecutorService soon;

    @Inject
    SiteSearch search;

    @Inject
    OpenDataArchive openData;

    private final AtomicBoolean pending = new AtomicBoolean();
    private final ReentrantLock building = new ReentrantLock();

    @PostConstruct
    void plan() {
        timers.createIntervalTimer(HOUR, HOUR, new TimerConfig("hourly", false));
    }

    /** After the schema and the demo content (which observes the same event earlier). */
    public void afterMigrations(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) SchemaMigrated event) {
        request();
    }

    public void afterChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicContentChanged change) {
        request();
    }

    /**
     * A build soon; one already asked for and not started yet covers this one. Called on the thread of the
     * request that committed the change: it only hands the build to the executor, never waits for it.
     */
    public void request() {
        if (pending.compareAndSet(false, true)) {
            soon.schedule(this::build, AFTER_A_CHANGE, TimeUnit.MILLISECONDS);
        }
    }

    @Timeout
    void hourly(Timer timer) {
        build();
    }

    void build() {
        building.lock();
        try {
            pending.set(false);
            SqlStatements.inBackground(() -> {
                search.rebuild();
                openData.rebuild();
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The search index or the open data could not be rebuilt; next try at the next change or within the hour", e);
        } finally {
            building.unlock();
        }
    }
}
