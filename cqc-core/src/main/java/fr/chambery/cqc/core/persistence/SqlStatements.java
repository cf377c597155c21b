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

    private SqlStatements() {
    }

    static void increment(boolean write) {
        STATEMENTS.increment();
        if (write) {
            WRITES.increment();
        }
    }

    public static long total() {
        return STATEMENTS.sum();
    }

    /** Of those, the INSERT, UPDATE, DELETE and MERGE statements. */
    public static long writes() {
        return WRITES.sum();
    }
}
