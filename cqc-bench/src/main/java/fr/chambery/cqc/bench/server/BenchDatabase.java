package fr.chambery.cqc.bench.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A database of the kit: the embedded H2 under a data directory (the application's default), or a
 * database of a PostgreSQL the kit starts itself. It gives the server its configuration, the generator
 * a connection, and the sync measure a copy.
 */
public sealed interface BenchDatabase extends AutoCloseable {

    /** The system properties that point the application at it (its data directory included). */
    Map<String, String> serverProperties();

    Connection connect() throws SQLException;

    /** A copy of it as it is now, under another name; the server must be stopped. */
    BenchDatabase copy(String name) throws IOException, SQLException;

    @Override
    default void close() {
    }

    static BenchDatabase h2(Path dataDirectory) {
        return new H2(dataDirectory);
    }

    static BenchDatabase postgresql(Path work) throws IOException, SQLException {
        EmbeddedPostgres server = EmbeddedPostgres.builder().setCleanDataDirectory(true)
                .setDataDirectory(Files.createDirectories(work.resolve("postgresql"))).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (IOException e) {
                // stopping anyway
            }
        }));
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE cqc LOGIN PASSWORD 'cqc'");
            s.execute("CREATE DATABASE cqc OWNER cqc");
        }
        return new Postgresql(server, "cqc", work.resolve("files-cqc"), true);
    }

    record H2(Path dataDirectory) implements BenchDatabase {

        @Override
        public Map<String, String> serverProperties() {
            return Map.of("cqc.data-dir", dataDirectory.toString());
        }

        @Override
        public Connection connect() throws SQLException {
            return DriverManager.getConnection("jdbc:h2:file:" + dataDirectory.resolve("h2/cqc") + ";MODE=LEGACY", "cqc", "cqc");
        }

        @Override
        public BenchDatabase copy(String name) throws IOException {
            Path target = dataDirectory.resolveSibling(name);
            Files.createDirectories(target.resolve("h2"));
            Files.copy(dataDirectory.resolve("h2/cqc.mv.db"), target.resolve("h2/cqc.mv.db"));
            return new H2(target);
        }
    }

    record Postgresql(EmbeddedPostgres server, String database, Path files, boolean owner) implements BenchDatabase {

        @Override
        public Map<String, String> serverProperties() {
            return Map.of("cqc.data-dir", files.toString(),
                    "cqc.datasource.class-name", "org.postgresql.ds.PGSimpleDataSource",
                    "cqc.datasource.url", "jdbc:postgresql://localhost:" + server.getPort() + "/" + database,
                    "cqc.datasource.user", "cqc",
                    "cqc.datasource.password", "cqc");
        }

        @Override
        public Connection connect() throws SQLException {
            return DriverManager.getConnection("jdbc:postgresql://localhost:" + server.getPort() + "/" + database, "cqc", "cqc");
        }

        @Override
        public BenchDatabase copy(String name) throws SQLException {
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name + " TEMPLATE " + database + " OWNER cqc");
            }
            return new Postgresql(server, name, files.resolveSibling("files-" + name), false);
        }

        @Override
        public void close() {
            if (owner) {
                try {
                    server.close();
                } catch (IOException e) {
                    System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
                }
            }
        }
    }
}
