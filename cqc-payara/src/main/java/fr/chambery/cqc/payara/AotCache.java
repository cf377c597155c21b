package fr.chambery.cqc.payara;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The JVM's ahead-of-time cache (JEP 483 and 514) of one build of the application: the classes Payara
 * Micro and the JDK load and link at start, read once from a file instead of being parsed again, which
 * shortens the start by about a third. A cache only fits the war, Payara Micro jar, Java runtime and JVM
 * options it was trained with, so each is kept in a file named by a {@linkplain #key key} of the four,
 * under one directory, and a start uses the cache whose name is its own key or none.
 *
 * <p>Training is a run of the application with {@link #trainingOptions()}: the JVM records what it
 * loads, and writes the cache when it stops gracefully (a child JVM assembles it, which takes about a
 * minute on two busy cores); {@link #keepTraining()} then puts it in place and deletes the caches of
 * other keys (about 190 MB each). A cache is never used half written: training writes to another name.
 * The JVM checks the cache it is given, and starts without it, with a warning, when it does not fit
 * (the JVM's default {@code -XX:AOTMode=auto}): a stale or foreign file costs the gain, never the start.
 *
 * <h2>Usage</h2>
 * <pre>{@code
 * AotCache cache = AotCache.of(data.resolve("aot"), war, microJar, jvmOptions);
 * List<String> options = cache.trained() ? cache.useOptions() : cache.trainingOptions();
 * // start the JVM with those options ...; after a training run has stopped:
 * cache.keepTraining();
 * }</pre>
 *
 * <p>{@code ./cqc run} calls it through {@link #main(String[])}.
 */
public final class AotCache {

    private static final String PREFIX = "cqc-";
    private static final String SUFFIX = ".aot";
    private static final String PARTIAL = ".aot-training";

    private final Path directory;
    private final String key;

    private AotCache(Path directory, String key) {
        this.directory = directory;
        this.key = key;
    }

    /**
     * The cache, trained or not, of this war and Payara Micro jar on the running Java runtime with these
     * JVM options (those the key ignores may be among them).
     */
    public static AotCache of(Path directory, Path war, Path microJar, List<String> jvmOptions) throws IOException {
        return new AotCache(directory, key(war, microJar, runtime(), jvmOptions));
    }

    /**
     * The key: a SHA-256 of the war's content; the Payara Micro jar's path as given, size and modification
     * time (what the JVM itself checks of its class path); the runtime; and the JVM options that shape the
     * cache, in their order. System properties ({@code -D}), logging ({@code -Xlog}), Native Memory
     * Tracking and the AOT options themselves are left out: they do not change what a cache holds.
     */
    static String key(Path war, Path microJar, String runtime, List<String> jvmOptions) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(war)) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        StringBuilder rest = new StringBuilder("\njar ").append(microJar).append(' ').append(Files.size(microJar)).append(' ')
                .append(Files.getLastModifiedTime(microJar).toMillis()).append("\nruntime ").append(runtime);
        shaping(jvmOptions).forEach(option -> rest.append("\noption ").append(option));
        digest.update(rest.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    /** The options that shape a cache, in their order. */
    static List<String> shaping(List<String> jvmOptions) {
        return jvmOptions.stream().filter(option -> !option.startsWith("-D") && !option.startsWith("-Xlog")
                && !option.startsWith("-XX:NativeMemoryTracking") && !option.startsWith("-XX:AOT")).toList();
    }

    /** The Java runtime this JVM is, as the cache must match it: its home and its exact version. */
    static String runtime() {
        return System.getProperty("java.home") + " " + System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.version");
    }

    public String key() {
        return key;
    }

    /** Where the trained cache of this key is, or will be. */
    public Path file() {
        return directory.resolve(PREFIX + key + SUFFIX);
    }

    private Path partial() {
        return directory.resolve(PREFIX + key + PARTIAL);
    }

    /** Whether the cache of this key has been trained (a training under way does not count). */
    public boolean trained() {
        try {
            return Files.isRegularFile(file()) && Files.size(file()) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** The JVM options of a start with the cache: none when it is not trained. */
    public List<String> useOptions() {
        return trained() ? List.of("-XX:AOTCache=" + file()) : List.of();
    }

    /**
     * The JVM options of a training run: its output under another name, and the JVM's hundreds of
     * harmless "Skipping" lines about classes it cannot cache kept off the console.
     */
    public List<String> trainingOptions() throws IOException {
        Files.createDirectories(directory);
        Files.deleteIfExists(partial());
        return List.of("-XX:AOTCacheOutput=" + partial(), "-Xlog:aot*=error", "-Xlog:cds*=error");
    }

    /**
     * After a training run has stopped: puts the cache it wrote in place and deletes the caches of other
     * keys and unfinished trainings. Returns whether there was a cache to keep (a run killed, or stopped
     * before its cache was written, leaves none, and the next start trains again).
     */
    public boolean keepTraining() throws IOException {
        if (!Files.isRegularFile(partial()) || Files.size(partial()) == 0) {
            Files.deleteIfExists(partial());
            return false;
        }
        Files.move(partial(), file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        try (DirectoryStream<Path> all = Files.newDirectoryStream(directory, PREFIX + "*")) {
            for (Path other : all) {
                if (!other.equals(file())) {
                    Files.deleteIfExists(other);
                }
            }
        }
        return true;
    }

    /**
     * For {@code ./cqc run}: {@code use|train|keep DIRECTORY WAR MICRO_JAR [JVM OPTION]...}. {@code use}
     * prints the options of a start with the trained cache, one a line, or nothing when there is none;
     * {@code train} prints those of a training run; {@code keep} puts a finished training in place and
     * prints where, or nothing.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 4 || !List.of("use", "train", "keep").contains(args[0])) {
            System.err.println("usage: AotCache use|train|keep DIRECTORY WAR MICRO_JAR [JVM OPTION]...");
            System.exit(2);
        }
        AotCache cache = of(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]), Arrays.asList(args).subList(4, args.length));
        List<String> lines = switch (args[0]) {
            case "use" -> cache.useOptions();
            case "train" -> cache.trainingOptions();
            default -> cache.keepTraining() ? List.of(cache.file().toString()) : List.of();
        };
        lines.forEach(System.out::println);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return file().toString();
    }
}
