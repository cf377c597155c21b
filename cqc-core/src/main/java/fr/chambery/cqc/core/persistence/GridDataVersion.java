package fr.chambery.cqc.core.persistence;

import fr.chambery.cqc.core.grid.Grid;
import fr.chambery.cqc.core.grid.SharedEntries;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;

/**
 * The data's version as one entry on the {@link Grid}: a commit on one instance advances it before the
 * commit's request is answered, and the next request on any other instance reads the new version (one
 * read of the entry per cached page served, a compare-and-set per committed write; no database round
 * trip). Alone, the entry is in this JVM. The version starts from the clock (microseconds) when the entry
 * is missing, so that a version lost with the whole grid never comes back to a number a page was kept
 * under.
 */
@ApplicationScoped
public class GridDataVersion implements DataVersion {

    static final String KEY = "version";

    @Inject
    Grid grid;

    Clock clock = Clock.systemUTC();

    private SharedEntries<Long> entries;

    public GridDataVersion() {
    }

    GridDataVersion(SharedEntries<Long> entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @PostConstruct
    void init() {
        entries = grid.entries("cqc-data-version", Long.class, Duration.ofDays(3650));
    }

    @Override
    public long current() {
        return entries.get(KEY).orElseGet(this::start);
    }

    @Override
    public void advance() {
        while (true) {
            long now = current();
            if (entries.replace(KEY, now, now + 1)) {
                return;
            }
        }
    }

    private long start() {
        long start = clock.millis() * 1000;
        entries.putIfAbsent(KEY, start);
        return entries.get(KEY).orElse(start);
    }
}
