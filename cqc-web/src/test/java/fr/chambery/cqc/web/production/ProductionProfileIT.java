package fr.chambery.cqc.web.production;

import fr.chambery.cqc.core.account.SecondFactor;
import fr.chambery.cqc.payara.PayaraProcess;
import fr.chambery.cqc.web.Http;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production profile as an operator starts it: the packaged application on Payara Micro with
 * {@code config/production.properties}, on a real PostgreSQL (only its address and password changed
 * for the test), the passwords given through the environment. Flyway builds the schema there, no demo
 * content is loaded, the first administrator comes from the environment, and the session cookie is Secure and
 * {@code __Host-} prefixed.
 */
class ProductionProfileIT {

    private static EmbeddedPostgres postgres;
    private static PayaraProcess payara;
    private static Http http;

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

        payara = PackagedApplication.launch("production-profile").options("--systemproperties", properties.toString()).environment(Map.of(
                "CQC_DATASOURCE_PASSWORD", "secret-from-env",
                "CQC_BOOTSTRAP_ADMIN_EMAIL", "Admin@Example.org",
                "CQC_BOOTSTRAP_ADMIN_PASSWORD", "une-phrase-de-passe-pour-la-ville",
                "CQC_BOOTSTRAP_ADMIN_TOTP_SECRET", SecondFactor.newSecret())).start();
        http = new Http(payara.base().toURL());
    }

    @AfterAll
    static void stop() throws IOException, InterruptedException {
        if (payara != null) {
            payara.close();
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
        assertThat(Http.json(assemblies).asJsonObject().getJsonArray("items")).as("no demo content").isEmpty();
        assertThat(assemblies.headers().firstValue("X-Total-Count")).contains("0");

        HttpResponse<String> index = http.get("assemblies", "text/html");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Strict-Transport-Security")).contains("max-age=31536000; includeSubDomains");
        assertThat(http.get("login", "text/html").headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("__Host-JSESSIONID=").containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly")
                        .containsPattern("(?i)Path=/(;|$)").doesNotContainIgnoringCase("Domain="));
        assertThat(index.body()).contains("Aucune assemblée publiée pour le moment.");
        assertThat(http.get("assemblies/conseils-de-quartier-citoyens", "text/html").statusCode()).isEqualTo(404);
    }

    @Test
    void searchesWithPostgresqlsFrenchFullTextSearchAndServesTheOpenData() throws SQLException {
        try (Connection c = postgres.getDatabase("cqc", "cqc").getConnection(); Statement s = c.createStatement();
             ResultSet unaccent = s.executeQuery("select to_tsvector('cqc_french', 'Réunions des JARDINS') @@ plainto_tsquery('cqc_french', 'reunion jardin')")) {
            assertThat(unaccent.next()).isTrue();
            assertThat(unaccent.getBoolean(1)).as("unaccent then the French stemmer").isTrue();
        }
        HttpResponse<String> search = http.get("api/search?q=" + java.net.URLEncoder.encode("\"jardins\" & réunion%", java.nio.charset.StandardCharsets.UTF_8),
                "application/json");
        assertThat(search.statusCode()).as(search.body()).isEqualTo(200);
        assertThat(Http.json(search).asJsonObject().getInt("total")).isZero();
        assertThat(http.get("api/search?q=%25", "application/json").statusCode()).isEqualTo(400);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> http.get("open-data/cqc-open-data.zip", "application/zip").statusCode() == 200);
        assertThat(http.get("sitemap.xml", "application/xml").statusCode()).isEqualTo(200);
    }
}
