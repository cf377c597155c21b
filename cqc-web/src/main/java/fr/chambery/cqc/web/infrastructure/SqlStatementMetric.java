package fr.chambery.cqc.web.infrastructure;

import fr.chambery.cqc.core.persistence.SqlStatements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Publishes the number of SQL statements executed since start-up as the application metric
 * {@code cqc_sql_statements} at {@code /metrics?scope=application}, and of those the writes as
 * {@code cqc_sql_writes}.
 */
@ApplicationScoped
public class SqlStatementMetric {

    @Inject
    MetricRegistry registry;

    void register(@Observes @Initialized(ApplicationScoped.class) Object start) {
        registry.gauge(Metadata.builder()
                        .withName("cqc.sql.statements")
                        .withDescription("SQL statements sent to the database since start-up")
                        .build(),
                SqlStatements::total);
        registry.gauge(Metadata.builder()
                        .withName("cqc.sql.writes")
                        .withDescription("Of those, the statements that write: INSERT, UPDATE, DELETE, MERGE")
                        .build(),
                SqlStatements::writes);
    }
}
