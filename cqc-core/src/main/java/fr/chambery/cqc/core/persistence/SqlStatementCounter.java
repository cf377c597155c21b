package fr.chambery.cqc.core.persistence;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Feeds {@link SqlStatements} from EclipseLink: registered in {@code persistence.xml}, called after
 * each SQL call EclipseLink executes.
 */
public class SqlStatementCounter extends SessionEventAdapter {

    @Override
    public void postExecuteCall(SessionEvent event) {
        SqlStatements.increment();
    }
}
