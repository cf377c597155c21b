package fr.chambery.cqc.core.persistence;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CommittedWritesTest {

    private final LocalDataVersion version = new LocalDataVersion();
    private final Transactions transactions = new Transactions();
    private final CommittedWrites writes = new CommittedWrites();

    @BeforeEach
    void wire() {
        writes.version = version;
        writes.transactions = transactions;
    }

    @Test
    void theVersionMovesOnceWhenTheTransactionThatWroteCommitsNeverBefore() {
        transactions.begin();
        writes.written();
        writes.written();
        writes.written();
        assertThat(version.current()).as("not before the commit: a page rendered now would read the old data").isZero();

        transactions.complete(Status.STATUS_COMMITTED);
        assertThat(version.current()).isEqualTo(1);
    }

    @Test
    void aRolledBackTransactionLeavesTheVersionWhereItWas() {
        transactions.begin();
        writes.written();
        transactions.complete(Status.STATUS_ROLLEDBACK);
        assertThat(version.current()).isZero();
    }

    @Test
    void eachTransactionMovesItOnce() {
        for (int i = 0; i < 3; i++) {
            transactions.begin();
            writes.written();
            writes.written();
            transactions.complete(Status.STATUS_COMMITTED);
        }
        assertThat(version.current()).isEqualTo(3);
    }

    @Test
    void aWriteOutsideATransactionOrWhenItIsTooLateToWaitMovesItAtOnce() {
        writes.written();
        assertThat(version.current()).isEqualTo(1);

        transactions.begin();
        transactions.refuseRegistrations = true;
        writes.written();
        assertThat(version.current()).isEqualTo(2);
    }

    /** A transaction synchronization registry with one transaction at a time. */
    private static final class Transactions implements TransactionSynchronizationRegistry {

        private Object key;
        private final Map<Object, Object> resources = new HashMap<>();
        private final List<Synchronization> synchronizations = new ArrayList<>();
        boolean refuseRegistrations;

        void begin() {
            key = new Object();
        }

        void complete(int status) {
            synchronizations.forEach(Synchronization::beforeCompletion);
            synchronizations.forEach(s -> s.afterCompletion(status));
            synchronizations.clear();
            resources.clear();
            key = null;
        }

        @Override
        public Object getTransactionKey() {
            return key;
        }

        @Override
        public void putResource(Object name, Object value) {
            resources.put(name, value);
        }

        @Override
        public Object getResource(Object name) {
            return resources.get(name);
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            if (refuseRegistrations) {
                throw new IllegalStateException("completing");
            }
            synchronizations.add(sync);
        }

        @Override
        public int getTransactionStatus() {
            return key == null ? Status.STATUS_NO_TRANSACTION : Status.STATUS_ACTIVE;
        }

        @Override
        public void setRollbackOnly() {
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }
}
