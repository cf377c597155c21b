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
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Brings the schema up to date with Flyway when the application starts, before anything reads it, then
 * fires {@link SchemaMigrated}. The same migrations ({@code db/migration}) serve H2 and PostgreSQL, but for the few of {@code db/postgresql} and {@code db/h2}; JPA
 * never generates the schema. A startup singleton rather than a CDI observer of the application scope's
 * start: on Payara the application's data source is bound only after that event.
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
        migrated.fire(new SchemaMigrated(result.targetSchemaVersion));
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
