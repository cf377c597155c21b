package fr.chambery.cqc.core.persistence;

import java.util.concurrent.atomic.LongAdder;

/**
 * How many SQL statements the application has sent to the database since start-up, for the
 * {@code cqc_sql_statements} metric: watched around a page view, it shows whether the page costs a
 * bounded number of queries. Counted by {@link SqlStatementCounter}.
 */
public final class SqlStatements {

    private static final LongAdder STATEMENTS = new LongAdder();
    private static final LongAdder WRITES = new LongAdder();
    private static final LongAdder BACKGROUND = new LongAdder();
    private static final ThreadLocal<Boolean> IN_BACKGROUND = ThreadLocal.withInitial(() -> false);

    private SqlStatements() {
    }

    static void increment(boolean write) {
        if (IN_BACKGROUND.get()) {
            BACKGROUND.increment();
            return;
        }
        STATEMENTS.increment();
        if (write) {
            WRITES.increment();
        }
    }

    public static long total() {
        return STATEMENTS.sum();
    }

    /**
     * Runs background work (the rebuild of the search index and the open data) whose statements are counted
     * apart, in {@link #background()}: they belong to no request, and would blur the count around a page view.
     * Its writes do not advance the {@link DataVersion} either: they derive from data whose own writes did, and
     * the pages that read what they write (the search, the sitemap, the open data) are never kept by the page
     * cache.
     */
    public static void inBackground(Runnable work) {
        boolean outer = IN_BACKGROUND.get();
        IN_BACKGROUND.set(true);
        try {
            work.run();
        } finally {
            IN_BACKGROUND.set(outer);
        }
    }

    /** The statements of background work since start-up. */
    public static long background() {
        return BACKGROUND.sum();
    }

    /** Whether the statements sent now belong to background work (see {@link #inBackground}). */
    static boolean isInBackground() {
        return IN_BACKGROUND.get();
    }

    /** Of those, the INSERT, UPDATE, DELETE and MERGE statements. */
    public static long writes() {
        return WRITES.sum();
    }
}
