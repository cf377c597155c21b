package fr.chambery.cqc.web.production;

import fr.chambery.cqc.payara.PayaraProcess;
import fr.chambery.cqc.web.Http;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JVM's AOT cache of the packaged application, with the options of {@code config/jvm.options}, as
 * {@code ./cqc run} and the kit use it: a training run writes it when it stops, the next start with the
 * same options maps it and is ready; a file that is not a cache of this build never stops a start.
 */
class AotCacheIT {

    private static String[] runOptions() throws IOException {
        return Files.readString(Path.of(System.getProperty("cqc.config", "../config"), "jvm.options")).lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toArray(String[]::new);
    }

    private static PayaraProcess.Launch launch(String name, Path data) throws IOException {
        return PackagedApplication.launch(name).heap("384m").jvmOptions(runOptions())
                .systemProperty("cqc.data-dir", data.toString())
                .systemProperty("cqc.mail.outbox", data.resolve("outbox").toString())
                .systemProperty("cqc.directory.sync-on-start", "false");
    }

    @Test
    void aStartAfterATrainingRunUsesTheCacheAndServesThePages() throws Exception {
        Path data = Path.of("target", "aot-data-" + UUID.randomUUID()).toAbsolutePath();
        Path caches = Path.of("target", "aot-" + UUID.randomUUID()).toAbsolutePath();
        assertThat(launch("aot-check", data).aotCache(caches).aotCacheTrained()).isFalse();

        try (PayaraProcess training = launch("aot-training", data).trainAotCache(caches).start()) {
            Http http = new Http(training.base().toURL());
            for (String page : new String[] {"assemblies", "assemblies/conseils-de-quartier-citoyens", "api/assemblies"}) {
                assertThat(http.get(page, page.startsWith("api") ? "application/json" : "text/html").statusCode()).isEqualTo(200);
            }
            assertThat(training.aotCache()).as("a training run does not use a cache").isEmpty();
        }
        assertThat(launch("aot-check", data).aotCache(caches).aotCacheTrained()).as("written when the training run stopped").isTrue();

        try (PayaraProcess withCache = launch("aot-use", data).jvmOptions("-Xlog:aot=info").aotCache(caches).start()) {
            assertThat(withCache.aotCache()).isPresent();
            assertThat(new Http(withCache.base().toURL()).get("assemblies/conseils-de-quartier-citoyens", "text/html").statusCode())
                    .isEqualTo(200);
            assertThat(Files.readString(withCache.log())).as(withCache::tail)
                    .contains("Opened AOT cache " + withCache.aotCache().orElseThrow()).doesNotContain("Unable to use AOT cache");
        } finally {
            deleteCaches(caches);
        }
    }

    /** A cache is about 190 MB: not left in target/. */
    private static void deleteCaches(Path caches) throws IOException {
        if (Files.isDirectory(caches)) {
            try (Stream<Path> files = Files.list(caches)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(caches);
        }
    }

    @Test
    void aFileThatIsNotACacheOfThisBuildCostsTheGainNeverTheStart() throws Exception {
        Path data = Path.of("target", "aot-data-" + UUID.randomUUID()).toAbsolutePath();
        Path caches = Path.of("target", "aot-" + UUID.randomUUID()).toAbsolutePath();
        PayaraProcess.Launch launch = launch("aot-foreign", data).aotCache(caches);
        byte[] noise = new byte[1 << 20];
        new Random(16).nextBytes(noise);
        Files.createDirectories(caches);
        Files.write(launch.aotCacheFile(), noise);

        try (PayaraProcess started = launch.start()) {
            assertThat(started.aotCache()).as("the file was given to the JVM").isPresent();
            assertThat(new Http(started.base().toURL()).get("assemblies/conseils-de-quartier-citoyens", "text/html").statusCode())
                    .isEqualTo(200);
            assertThat(Files.readString(started.log())).as(started::tail).contains("Loading static archive failed");
        } finally {
            deleteCaches(caches);
        }
    }
}
