package fr.chambery.cqc.web.production;

import fr.chambery.cqc.core.account.SecondFactor;
import fr.chambery.cqc.web.Http;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production profile as an operator starts it: the packaged application on Payara Micro with
 * {@code config/production.properties}, on a real PostgreSQL (only its address and password changed
 * for the test), the passwords given through the environment. Flyway builds the schema there, no demo
 * content is loaded, the first administrator comes from the environment, and cookies are Secure.
 */
class ProductionProfileIT {

    private static EmbeddedPostgres postgres;
    private static Process payara;
    private static Http http;
    private static Path log;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE cqc LOGIN PASSWORD 'secret-from-env'");
            s.execute("CREATE DATABASE cqc OWNER cqc");
        }
        Path target = Path.of("target");
        Path properties = target.resolve("production-test.properties");
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("../config/production.properties"))) {
            lines.add(line.startsWith("cqc.datasource.url=")
                    ? "cqc.datasource.url=jdbc:postgresql://localhost:" + postgres.getPort() + "/cqc"
                    : line);
        }
        Files.write(properties, lines);

        int port = freePort();
        log = target.resolve("production-profile-payara.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.io.tmpdir=" + System.getProperty("cqc.tmpdir", "target/tmp"),
                "-jar", System.getProperty("payara.microJar", "target/payara-micro.jar"),
                "--nocluster", "--port", Integer.toString(port),
                "--deploy", System.getProperty("cqc.war", "target/cqc.war"), "--contextroot", "/",
                "--systemproperties", properties.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("CQC_DATASOURCE_PASSWORD", "secret-from-env");
        builder.environment().put("CQC_BOOTSTRAP_ADMIN_EMAIL", "Admin@Example.org");
        builder.environment().put("CQC_BOOTSTRAP_ADMIN_PASSWORD", "une-phrase-de-passe-pour-la-ville");
        builder.environment().put("CQC_BOOTSTRAP_ADMIN_TOTP_SECRET", SecondFactor.newSecret());
        payara = builder.start();
        http = new Http(URI.create("http://localhost:" + port + "/").toURL());
        awaitReady();
    }

    @AfterAll
    static void stop() throws IOException, InterruptedException {
        if (payara != null) {
            payara.destroy();
            payara.waitFor();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void startsOnPostgresqlWithTheSchemaFromFlywayAndNoDemoContent() throws SQLException {
        try (Connection c = postgres.getDatabase("cqc", "cqc").getConnection(); Statement s = c.createStatement();
             ResultSet versions = s.executeQuery("select version from flyway_schema_history where success order by installed_rank")) {
            List<String> applied = new ArrayList<>();
            while (versions.next()) {
                applied.add(versions.getString(1));
            }
            assertThat(applied).startsWith("1");
        }

        try (Connection c = postgres.getDatabase("cqc", "cqc").getConnection(); Statement s = c.createStatement();
             ResultSet admins = s.executeQuery("select email, password_hash, totp_secret from account where role = 'ADMINISTRATEUR'")) {
            assertThat(admins.next()).as("the first administrator, from the environment").isTrue();
            assertThat(admins.getString("email")).isEqualTo("admin@example.org");
            assertThat(admins.getString("password_hash")).startsWith("PBKDF2WithHmacSHA512:210000:")
                    .doesNotContain("une-phrase-de-passe-pour-la-ville");
            assertThat(admins.getString("totp_secret")).isNotBlank();
            assertThat(admins.next()).isFalse();
        }

        HttpResponse<String> assemblies = http.get("api/assemblies", "application/json");
        assertThat(assemblies.statusCode()).isEqualTo(200);
        assertThat(assemblies.body()).isEqualTo("[]");

        HttpResponse<String> index = http.get("assemblies", "text/html");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Strict-Transport-Security")).contains("max-age=31536000; includeSubDomains");
        assertThat(http.get("login", "text/html").headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly"));
        assertThat(index.body()).contains("Aucune assemblée publiée pour le moment.");
        assertThat(http.get("assemblies/conseils-de-quartier-citoyens", "text/html").statusCode()).isEqualTo(404);
    }

    private static void awaitReady() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (Instant.now().isBefore(deadline)) {
            if (!payara.isAlive()) {
                throw new AssertionError("Payara Micro stopped:\n" + tail());
            }
            try {
                if (http.get("/health/ready", "application/json").statusCode() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("Payara Micro not ready after 180 s:\n" + tail());
    }

    private static String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return lines.subList(Math.max(0, lines.size() - 60), lines.size()).stream().collect(Collectors.joining("\n"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
