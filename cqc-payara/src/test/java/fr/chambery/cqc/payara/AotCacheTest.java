package fr.chambery.cqc.payara;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AotCacheTest {

    private static final List<String> OPTIONS = List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:+UseCompactObjectHeaders",
            "-XX:TieredStopAtLevel=1");
    private static final String RUNTIME = "/usr/lib/jvm/temurin-25 Eclipse Adoptium 25.0.3+9-LTS";

    @TempDir
    Path dir;
    private Path war;
    private Path jar;
    private Path caches;

    @BeforeEach
    void build() throws IOException {
        war = Files.writeString(dir.resolve("cqc.war"), "the war's classes");
        jar = Files.writeString(dir.resolve("payara-micro.jar"), "Payara Micro");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-11-30T15:22:00Z")));
        caches = dir.resolve("aot");
    }

    private String key(List<String> options) throws IOException {
        return AotCache.key(war, jar, RUNTIME, options);
    }

    @Test
    void theSameWarJarRuntimeAndOptionsGiveTheSameKey() throws IOException {
        assertThat(key(OPTIONS)).isEqualTo(key(List.copyOf(OPTIONS))).matches("[0-9a-f]{32}");
    }

    @Test
    void anotherWarContentGivesAnotherKey() throws IOException {
        String before = key(OPTIONS);
        Files.writeString(war, "the war's classes, rebuilt");
        assertThat(key(OPTIONS)).isNotEqualTo(before);
    }

    @Test
    void aPayaraMicroJarRewrittenOrNamedOtherwiseGivesAnotherKey() throws IOException {
        String before = key(OPTIONS);
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-12-01T08:00:00Z")));
        String touched = key(OPTIONS);
        Files.writeString(jar, "Payara Micro 7.1");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-11-30T15:22:00Z")));
        String resized = key(OPTIONS);
        Path elsewhere = Files.copy(jar, dir.resolve("other.jar"));
        Files.setLastModifiedTime(elsewhere, Files.getLastModifiedTime(jar));

        assertThat(List.of(before, touched, resized, AotCache.key(war, elsewhere, RUNTIME, OPTIONS))).doesNotHaveDuplicates();
    }

    @Test
    void anotherRuntimeGivesAnotherKey() throws IOException {
        assertThat(AotCache.key(war, jar, "/usr/lib/jvm/temurin-25 Eclipse Adoptium 25.0.4+7-LTS", OPTIONS)).isNotEqualTo(key(OPTIONS));
    }

    @Test
    void everyOptionThatShapesTheCacheChangesTheKeyAndSoDoesTheirOrder() throws IOException {
        String base = key(OPTIONS);
        assertThat(List.of(base,
                key(List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:+UseCompactObjectHeaders")),
                key(List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:+UseCompactObjectHeaders", "-XX:TieredStopAtLevel=1")),
                key(List.of("-Xmx384m", "-XX:+UseG1GC", "-XX:+UseCompactObjectHeaders", "-XX:TieredStopAtLevel=1")),
                key(List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:+UseCompactObjectHeaders", "-XX:TieredStopAtLevel=1",
                        "--sun-misc-unsafe-memory-access=allow")),
                key(List.of("-XX:TieredStopAtLevel=1", "-Xmx384m", "-XX:+UseSerialGC", "-XX:+UseCompactObjectHeaders"))))
                .doesNotHaveDuplicates();
    }

    @Test
    void systemPropertiesLoggingMemoryTrackingAndTheAotOptionsDoNotChangeTheKey() throws IOException {
        List<String> more = List.of("-Dcqc.data-dir=/srv/cqc", "-Xmx384m", "-XX:+UseSerialGC", "-Xlog:aot*=error",
                "-XX:+UseCompactObjectHeaders", "-XX:NativeMemoryTracking=summary", "-XX:TieredStopAtLevel=1",
                "-XX:AOTCache=/tmp/old.aot", "-Djava.io.tmpdir=/tmp");
        assertThat(key(more)).isEqualTo(key(OPTIONS));
    }

    @Test
    void noCacheIsUsedBeforeATrainingHasFinished() throws IOException {
        AotCache cache = AotCache.of(caches, war, jar, OPTIONS);
        assertThat(cache.trained()).isFalse();
        assertThat(cache.useOptions()).isEmpty();

        List<String> training = cache.trainingOptions();
        Path output = Path.of(training.getFirst().substring("-XX:AOTCacheOutput=".length()));
        assertThat(output.getParent()).isEqualTo(caches);
        assertThat(output).isNotEqualTo(cache.file());
        Files.writeString(output, "half written by the JVM");
        assertThat(cache.useOptions()).as("a training under way is not a cache").isEmpty();

        assertThat(cache.keepTraining()).isTrue();
        assertThat(cache.trained()).isTrue();
        assertThat(cache.useOptions()).containsExactly("-XX:AOTCache=" + cache.file());
        assertThat(output).doesNotExist();
    }

    @Test
    void aCacheOfOtherOptionsOrAnEmptyFileIsNeverChosen() throws IOException {
        AotCache c1 = AotCache.of(caches, war, jar, OPTIONS);
        Path trainedWithC2 = AotCache.of(caches, war, jar, List.of("-Xmx384m", "-XX:+UseSerialGC")).file();
        Files.createDirectories(caches);
        Files.writeString(trainedWithC2, "a cache of other options");
        assertThat(c1.useOptions()).isEmpty();

        Files.createFile(c1.file());
        assertThat(c1.useOptions()).as("an empty file").isEmpty();
    }

    @Test
    void keepingATrainingDeletesTheCachesOfOtherBuildsAndLeavesOtherFilesAlone() throws IOException {
        Files.createDirectories(caches);
        Path stale = Files.writeString(caches.resolve("cqc-0123456789abcdef0123456789abcdef.aot"), "an older war's cache");
        Path abandoned = Files.writeString(caches.resolve("cqc-fedcba9876543210fedcba9876543210.aot-training"), "killed");
        Path notOurs = Files.writeString(caches.resolve("README"), "kept");
        AotCache cache = AotCache.of(caches, war, jar, OPTIONS);
        Files.writeString(Path.of(cache.trainingOptions().getFirst().substring("-XX:AOTCacheOutput=".length())), "cache");

        cache.keepTraining();

        assertThat(stale).doesNotExist();
        assertThat(abandoned).doesNotExist();
        assertThat(notOurs).exists();
        assertThat(cache.file()).hasContent("cache");
    }

    @Test
    void aTrainingThatWroteNothingKeepsNothingAndTheNextStartTrainsAgain() throws IOException {
        AotCache cache = AotCache.of(caches, war, jar, OPTIONS);
        cache.trainingOptions();

        assertThat(cache.keepTraining()).isFalse();
        assertThat(cache.trained()).isFalse();
    }

    @Test
    void theCommandLineOfTheRunScriptPrintsTheOptionsOfEachStep() throws IOException {
        String[] args = {caches.toString(), war.toString(), jar.toString(), "-Xmx384m", "-XX:+UseSerialGC"};
        assertThat(main("use", args)).isEmpty();
        List<String> training = main("train", args);
        assertThat(training).hasSize(3).first().asString().startsWith("-XX:AOTCacheOutput=" + caches);
        Files.writeString(Path.of(training.getFirst().substring("-XX:AOTCacheOutput=".length())), "cache");
        List<String> kept = main("keep", args);
        assertThat(kept).hasSize(1);
        assertThat(main("use", args)).containsExactly("-XX:AOTCache=" + kept.getFirst());
    }

    private static List<String> main(String step, String... args) throws IOException {
        String[] all = new String[args.length + 1];
        all[0] = step;
        System.arraycopy(args, 0, all, 1, args.length);
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            AotCache.main(all);
        } finally {
            System.setOut(out);
        }
        return printed.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
