package fr.chambery.cqc.web.production;

import fr.chambery.cqc.payara.PayaraProcess;
import fr.chambery.cqc.web.Http;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static fr.chambery.cqc.web.Http.json;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application as {@code ./cqc run} starts it, with its defaults (a file H2 under the data
 * directory, the demo content, the demo directory synced once at start-up, the street table of
 * {@code config/}): the councils' associations are there shortly after start-up, placed by the
 * directory or by their street.
 */
class DemoProfileIT {

    @Test
    void theDemoDirectoryIsSyncedAtStartUp() throws Exception {
        Path data = Path.of("target", "demo-" + UUID.randomUUID()).toAbsolutePath();
        try (PayaraProcess payara = PackagedApplication.launch("demo-profile")
                .systemProperty("cqc.data-dir", data.toString())
                .systemProperty("cqc.mail.outbox", data.resolve("outbox").toString())
                .systemProperty("cqc.directory.streets-file",
                        Path.of(System.getProperty("cqc.config", "../config"), "quartiers-rues.csv").toAbsolutePath().toString())
                .start()) {
            Http http = new Http(payara.base().toURL());
            await("the demo directory's associations in Bissy, synced at start-up").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> assertThat(json(http.get("api/assemblies/bissy/associations", "application/json")).asJsonObject()
                            .getJsonArray("items").getValuesAs(JsonObject.class).stream().map(a -> a.getString("name")).toList())
                            .as(payara::tail).contains("Les Jardins partagés de Bissy", "Amicale des habitant·es de Bissy"));
        }
    }
}
