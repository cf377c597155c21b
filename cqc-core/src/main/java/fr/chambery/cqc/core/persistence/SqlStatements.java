package fr.chambery.cqc.core.persistence;

import java.util.concurrent.atomic.LongAdder;

/**
 * How many SQL statements the application has sent to the database since start-up, for the
 * {@code cqc_sql_statements} metric: watched around a page view, it shows whether the page costs a
 * bounded number of queries. Counted by {@link SqlStatementCounter}.
 */
public final class SqlStatements {

    private static final LongAdder STATEMENTS = new LongAdder();

    private SqlStatements() {
    }

    static void increment() {
        STATEMENTS.increment();
    }

    public static long total() {
        return STATEMENTS.sum();
    }
}
