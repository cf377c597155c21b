package fr.chambery.cqc.core.persistence;

import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

import java.util.regex.Pattern;

/**
 * Feeds {@link SqlStatements} from EclipseLink: registered in {@code persistence.xml}, called after
 * each SQL call EclipseLink executes. A write also tells {@link CommittedWrites}, which advances the
 * {@link DataVersion} when its transaction commits; background work's writes do not
 * ({@link SqlStatements#inBackground}).
 */
public class SqlStatementCounter extends SessionEventAdapter {

    private static final Pattern WRITE = Pattern.compile("\\s*(INSERT|UPDATE|DELETE|MERGE)\\b", Pattern.CASE_INSENSITIVE);


    @Override
    public void postExecuteCall(SessionEvent event) {
        boolean write = event.getCall() instanceof DatabaseCall call && call.getSQLString() != null
                && WRITE.matcher(call.getSQLString()).lookingAt();
        SqlStatements.increment(write);
        if (write && !SqlStatements.isInBackground()) {
            CommittedWrites.tell();
        }
    }
}
