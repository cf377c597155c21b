package fr.chambery.cqc.core.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Brings the schema up to date with Flyway when the application starts, before anything reads it, then
 * fires {@link SchemaMigrated}. The same migrations ({@code db/migration}) serve H2 and PostgreSQL, but for the few of {@code db/postgresql} and {@code db/h2}; JPA
 * never generates the schema. A startup singleton rather than a CDI observer of the application scope's
 * start: on Payara the application's data source is bound only after that event.
 * <p>
 * On PostgreSQL, where several instances may start at once (the cluster), {@link SchemaMigrated} is fired
 * under a database-wide lock (an advisory lock held by one connection): the first instance loads the demo
 * content or the first administrator, the next ones wait for it and then find them there.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    /** The application's data source, produced by the deployable module. */
    @Inject
    DataSource dataSource;

    @Inject
    Event<SchemaMigrated> migrated;

    @PostConstruct
    void onStart() {
        MigrateResult result = migrate(dataSource);
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted + " migrations applied)");
        try (StartupLock lock = StartupLock.take(dataSource)) {
            migrated.fire(new SchemaMigrated(result.targetSchemaVersion));
        }
    }

    /** PostgreSQL's session advisory lock held by one connection while the instance starts; nothing on H2 (one instance). */
    private record StartupLock(Connection connection) implements AutoCloseable {

        /** An arbitrary key of this application's, the same on every instance. */
        private static final long KEY = 0x637163_5354L;

        static StartupLock take(DataSource dataSource) {
            if (!vendor(dataSource).equals("postgresql")) {
                return new StartupLock(null);
            }
            try {
                Connection connection = dataSource.getConnection();
                try (Statement lock = connection.createStatement()) {
                    lock.execute("SELECT pg_advisory_lock(" + KEY + ")");
                }
                return new StartupLock(connection);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot take the start-up lock", e);
            }
        }

        @Override
        public void close() {
            if (connection == null) {
                return;
            }
            try (connection; Statement unlock = connection.createStatement()) {
                unlock.execute("SELECT pg_advisory_unlock(" + KEY + ")");
            } catch (SQLException e) {
                LOG.warning(() -> "The start-up lock could not be released (it stays with its pooled connection until that closes): " + e.getMessage());
            }
        }
    }

    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/" + vendor(dataSource))
                .load()
                .migrate();
    }

    /**
     * The few migrations that differ by database ({@code db/postgresql}, {@code db/h2}): PostgreSQL's full-text
     * search has no portable form. Their versions are interleaved with the common ones.
     */
    static String vendor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres") ? "postgresql" : "h2";
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell the database's kind", e);
        }
    }
}
