package fr.chambery.cqc.core.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.provider.Arguments;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The two databases the application runs on, for tests of the schema and the mapping: a fresh H2 in
 * memory and a fresh database on one embedded PostgreSQL (started once, stopped with the JVM), and the
 * application's persistence unit over either, outside the server.
 */
public final class BothDatabases {

    private static EmbeddedPostgres postgres;

    private BothDatabases() {
    }

    /** For {@code @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")}: (name, data source). */
    public static Stream<Arguments> h2AndPostgres() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1");
        return Stream.of(Arguments.of("H2", h2), Arguments.of("PostgreSQL", freshPostgres()));
    }

    /** The persistence unit {@code cqc} over a data source, resource-local. */
    public static EntityManagerFactory unit(DataSource dataSource) {
        return Persistence.createEntityManagerFactory("cqc", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.nonJtaDataSource", dataSource));
    }

    public static <T> T inTransaction(EntityManagerFactory emf, Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /**
     * Gives {@code em} to services built by hand outside a container, through their injected field
     * {@code em} (whether it is private or not), as the server's injection would.
     */
    public static void giveEntityManager(EntityManager em, Object... beans) {
        for (Object bean : beans) {
            try {
                var field = bean.getClass().getDeclaredField("em");
                field.setAccessible(true);
                field.set(bean, em);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static synchronized DataSource freshPostgres() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException e) {
                        // the JVM is ending anyway
                    }
                }));
            }
            String name = "cqc_" + UUID.randomUUID().toString().replace("-", "");
            try (Connection c = postgres.getPostgresDatabase().getConnection()) {
                c.createStatement().execute("CREATE DATABASE " + name);
            }
            return postgres.getDatabase("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
