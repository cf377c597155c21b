package fr.chambery.cqc.web.infrastructure;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import javax.sql.DataSource;

/**
 * The application's own data source, chosen by configuration: a file-based H2 database under
 * {@code cqc.data-dir} by default, PostgreSQL in production (see {@code config/}). Payara resolves the
 * {@code ${MPCONFIG=...}} placeholders when it deploys (and logs a harmless "no value found" first).
 * The core receives it through CDI ({@code @Inject DataSource}).
 */
@DataSourceDefinition(
        name = "java:app/jdbc/cqc",
        className = "${MPCONFIG=cqc.datasource.class-name}",
        url = "${MPCONFIG=cqc.datasource.url}",
        user = "${MPCONFIG=cqc.datasource.user}",
        password = "${MPCONFIG=cqc.datasource.password}",
        minPoolSize = 2,
        maxPoolSize = 20,
        initialPoolSize = 2,
        maxIdleTime = 300)
@ApplicationScoped
public class CqcDataSource {

    @Produces
    @Resource(lookup = "java:app/jdbc/cqc")
    DataSource dataSource;
}
