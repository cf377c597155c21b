package fr.chambery.cqc.web.production;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.chambery.cqc.web.Http.json;
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
        try (PayaraProcess payara = PayaraProcess.start("demo-profile", List.of(
                "-Dcqc.data-dir=" + data,
                "-Dcqc.mail.outbox=" + data.resolve("outbox"),
                "-Dcqc.directory.streets-file=" + Path.of(System.getProperty("cqc.config", "../config"), "quartiers-rues.csv").toAbsolutePath()),
                List.of(), Map.of())) {
            List<String> names = List.of();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (names.isEmpty() && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
                names = json(payara.http().get("api/assemblies/bissy/associations", "application/json")).asJsonObject()
                        .getJsonArray("items").getValuesAs(JsonObject.class).stream().map(a -> a.getString("name")).toList();
            }
            assertThat(names).as(payara.tail()).contains("Les Jardins partagés de Bissy", "Amicale des habitant·es de Bissy");
        }
    }
}
