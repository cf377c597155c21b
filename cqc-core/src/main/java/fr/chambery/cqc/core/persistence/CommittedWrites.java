package fr.chambery.cqc.core.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Advances the {@link DataVersion} once a transaction that wrote commits, never before: a page rendered
 * while the write was under way is then kept under the old version, which nothing asks for any more.
 * Told of every write statement by {@link SqlStatementCounter} (entities, JPQL bulk updates and native
 * statements alike, whichever feature or component sends them), so that no feature has to call it.
 * A write outside a transaction advances the version at once.
 */
@ApplicationScoped
public class CommittedWrites {

    private static final Logger LOG = Logger.getLogger(CommittedWrites.class.getName());
    private static final Object REGISTERED = CommittedWrites.class.getName();

    @Inject
    DataVersion version;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    /** A write statement was sent: the version moves when its transaction commits. */
    public void written() {
        if (transactions == null || transactions.getTransactionKey() == null) {
            version.advance();
            return;
        }
        if (transactions.getResource(REGISTERED) != null) {
            return;
        }
        try {
            transactions.registerInterposedSynchronization(new AfterCommit(version));
            transactions.putResource(REGISTERED, Boolean.TRUE);
        } catch (IllegalStateException completing) {
            LOG.log(Level.FINE, "transaction already completing: the data's version moves now", completing);
            version.advance();
        }
    }

    /** Called by EclipseLink's listener: the bean when a CDI container runs, nothing otherwise (plain JPA tests). */
    static void tell() {
        CommittedWrites writes;
        try {
            writes = CDI.current().select(CommittedWrites.class).get();
        } catch (IllegalStateException noContainer) {
            return;
        }
        writes.written();
    }

    private record AfterCommit(DataVersion version) implements Synchronization {

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                version.advance();
            }
        }
    }
}
