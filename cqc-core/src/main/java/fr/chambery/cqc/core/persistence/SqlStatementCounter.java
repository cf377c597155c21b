package fr.chambery.cqc.core.persistence;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the SQL statements EclipseLink sends to the database, for the {@code cqc_sql_statements}
 * metric: watching it around a page view shows whether the page costs a bounded number of queries.
 * Registered in {@code persistence.xml}; EclipseLink instantiates it, hence the static counter.
 */
public class SqlStatementCounter extends SessionEventAdapter {

    private static final LongAdder STATEMENTS = new LongAdder();

    @Override
    public void postExecuteCall(SessionEvent event) {
        STATEMENTS.increment();
    }

    public static long total() {
        return STATEMENTS.sum();
    }
}
