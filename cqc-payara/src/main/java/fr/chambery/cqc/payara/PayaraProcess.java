package fr.chambery.cqc.payara;

import org.awaitility.core.ConditionTimeoutException;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;

/**
 * The packaged application on its own Payara Micro process, started as {@code ./cqc run} starts it (the
 * war at the root context, a free port, system properties, Payara options and environment), its output in
 * a log file; ready when {@code /health/ready} answers 200. The production-profile tests and the
 * performance kit both start the application through it.
 *
 * <h2>Usage</h2>
 * <pre>{@code
 * try (PayaraProcess payara = PayaraProcess.of(microJar, war)
 *         .systemProperty("cqc.data-dir", data.toString())
 *         .environment(Map.of("CQC_DATASOURCE_PASSWORD", secret))
 *         .log(target.resolve("demo-payara.log"))
 *         .start()) {
 *     URI home = payara.base();
 * }
 * }</pre>
 */
public final class PayaraProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final URI base;
    private final AotCache training;
    private final AotCache used;

    private PayaraProcess(Process process, Path log, URI base, AotCache training, AotCache used) {
        this.process = process;
        this.log = log;
        this.base = base;
        this.training = training;
        this.used = used;
    }

    /** A launch of {@code war} on the Payara Micro of {@code microJar}, to configure then {@link Launch#start()}. */
    public static Launch of(Path microJar, Path war) {
        return new Launch(microJar, war);
    }

    /** {@code http://localhost:<port>/}. */
    public URI base() {
        return base;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    /** Its resident memory from {@code /proc}, when the system has one. */
    public OptionalLong residentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("\\D", "")) * 1024);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // no /proc here
        }
        return OptionalLong.empty();
    }

    /** The last 60 lines of its output, for failure messages. */
    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return lines.subList(Math.max(0, lines.size() - 60), lines.size()).stream().collect(Collectors.joining("\n"));
        } catch (IOException e) {
            return "(its output " + log + " cannot be read: " + e.getMessage() + ")";
        }
    }

    /** The AOT cache it started with, if it found one trained for its war, runtime and options. */
    public Optional<Path> aotCache() {
        return Optional.ofNullable(used).map(AotCache::file);
    }

    /** Kills it at once ({@code kill -9}): no request finishes, nothing is flushed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Stops it, forcibly if it has not stopped a minute later; a training run of the AOT cache is given
     * five minutes to write it, then the cache is put in place ({@link AotCache#keepTraining()}).
     */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(training == null ? 60 : 300, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        if (training != null) {
            try {
                training.keepTraining();
            } catch (IOException e) {
                System.err.println("The AOT cache trained by " + log + " could not be kept: " + e.getMessage());
            }
        }
    }

    private void awaitReady(Duration within) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(base.resolve("/health/ready")).timeout(Duration.ofSeconds(10)).build();
        try {
            await("Payara Micro ready on " + base).atMost(within).pollInterval(Duration.ofMillis(500))
                    .ignoreExceptionsInstanceOf(IOException.class)
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new NotReadyException("Payara Micro stopped while starting (exit code " + process.exitValue()
                                    + "); its output is in " + log + ":\n" + tail());
                        }
                        return client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                    });
        } catch (ConditionTimeoutException timeout) {
            close();
            throw new NotReadyException("Payara Micro was not ready after " + within.toSeconds() + " s; its output is in "
                    + log + ":\n" + tail());
        } catch (NotReadyException stopped) {
            close();
            throw stopped;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The application stopped while starting, or was not ready in time; the message ends with its last output. */
    public static final class NotReadyException extends IllegalStateException {
        NotReadyException(String message) {
            super(message);
        }
    }

    /** What to start: every setting has a default but the two files. */
    public static final class Launch {

        private final Path microJar;
        private final Path war;
        private String heap = "512m";
        private Path tmpDir;
        private Path log = Path.of("payara.log");
        private final Map<String, String> systemProperties = new LinkedHashMap<>();
        private final List<String> options = new ArrayList<>();
        private final List<String> jvmOptions = new ArrayList<>();
        private final Map<String, String> environment = new LinkedHashMap<>();
        private Duration readyWithin = Duration.ofMinutes(3);
        private boolean stopWithJvm;
        private Path aotDirectory;
        private boolean aotTraining;
        private int port;
        private List<String> cluster = List.of("--nocluster");

        private Launch(Path microJar, Path war) {
            this.microJar = Objects.requireNonNull(microJar, "microJar");
            this.war = Objects.requireNonNull(war, "war");
        }

        /** The {@code -Xmx} value, {@code 512m} unless told. */
        public Launch heap(String value) {
            this.heap = Objects.requireNonNull(value);
            return this;
        }

        /** Its {@code java.io.tmpdir}, created if missing; the JVM's default unless told. */
        public Launch tmpDir(Path dir) {
            this.tmpDir = dir;
            return this;
        }

        /** Where its output goes; {@code payara.log} in the working directory unless told. */
        public Launch log(Path file) {
            this.log = Objects.requireNonNull(file);
            return this;
        }

        /** A {@code -D} system property of its JVM. */
        public Launch systemProperty(String key, String value) {
            systemProperties.put(key, value);
            return this;
        }

        public Launch systemProperties(Map<String, String> properties) {
            systemProperties.putAll(properties);
            return this;
        }

        /** Options of its JVM, before {@code -jar}, e.g. {@code -XX:NativeMemoryTracking=summary}. */
        public Launch jvmOptions(String... more) {
            for (String option : more) {
                if (option.startsWith("-Xmx")) {
                    heap = option.substring("-Xmx".length()); // the options' own heap (config/jvm.options') wins, said once
                } else {
                    jvmOptions.add(option);
                }
            }
            return this;
        }

        /** The {@code -Xmx} value it starts with. */
        public String heap() {
            return heap;
        }

        /** Payara Micro options after {@code --deploy}, e.g. {@code --systemproperties file}. */
        public Launch options(String... more) {
            options.addAll(List.of(more));
            return this;
        }

        public Launch environment(Map<String, String> variables) {
            environment.putAll(variables);
            return this;
        }

        /** How long to wait for {@code /health/ready}; three minutes unless told. */
        public Launch readyWithin(Duration timeout) {
            this.readyWithin = Objects.requireNonNull(timeout);
            return this;
        }

        /**
         * Starts with the AOT cache kept in {@code directory} for its war, Payara Micro, runtime and JVM
         * options ({@link AotCache}), when one is trained; otherwise without.
         */
        public Launch aotCache(Path directory) {
            this.aotDirectory = Objects.requireNonNull(directory);
            this.aotTraining = false;
            return this;
        }

        /**
         * Makes this run the training of the AOT cache kept in {@code directory}: the JVM writes it when the
         * run is closed, which then takes up to a few minutes more.
         */
        public Launch trainAotCache(Path directory) {
            this.aotDirectory = Objects.requireNonNull(directory);
            this.aotTraining = true;
            return this;
        }

        /** Whether the AOT cache of {@link #aotCache(Path)} is trained for what this launch would start. */
        public boolean aotCacheTrained() throws IOException {
            AotCache aot = aot();
            return aot != null && aot.trained();
        }

        /** Where the AOT cache of {@link #aotCache(Path)} is, or will be, for what this launch would start. */
        public Path aotCacheFile() throws IOException {
            AotCache aot = aot();
            if (aot == null) {
                throw new IllegalStateException("no AOT cache directory given");
            }
            return aot.file();
        }

        /** The JVM options that shape it, for the AOT cache's key: the heap and the options, in their order. */
        List<String> jvmFlags() {
            List<String> flags = new ArrayList<>(List.of("-Xmx" + heap));
            flags.addAll(jvmOptions);
            return flags;
        }

        private AotCache aot() throws IOException {
            return aotDirectory == null ? null : AotCache.of(aotDirectory, war, microJar, jvmFlags());
        }

        /** Also stopped when this JVM ends, even when it is interrupted (Ctrl-C). */
        public Launch stopWithJvm() {
            this.stopWithJvm = true;
            return this;
        }

        /** Its HTTP port; a free one unless told. */
        public Launch port(int value) {
            this.port = value;
            return this;
        }

        /**
         * Joins Payara's data grid with these options (e.g. {@code --clustermode tcpip:127.0.0.1:6900,127.0.0.1:6901
         * --hzport 6900 --clustername cqc}) instead of running alone ({@code --nocluster}).
         */
        public Launch cluster(String... options) {
            this.cluster = List.of(options);
            return this;
        }

        /** The command line it runs, for a given port. */
        List<String> command(int port) {
            return command(port, List.of());
        }

        private List<String> command(int port, List<String> aotOptions) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + heap));
            if (tmpDir != null) {
                command.add("-Djava.io.tmpdir=" + tmpDir);
            }
            systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
            command.addAll(jvmOptions);
            command.addAll(aotOptions);
            command.addAll(List.of("-jar", microJar.toString()));
            command.addAll(cluster);
            command.addAll(List.of("--port", Integer.toString(port), "--deploy", war.toString(), "--contextroot", "/"));
            command.addAll(options);
            return command;
        }

        /**
         * Starts it and waits until it is ready.
         *
         * @throws NotReadyException if it stops while starting or is not ready in time (it is then stopped)
         */
        public PayaraProcess start() throws IOException, InterruptedException {
            if (!Files.isRegularFile(microJar) || !Files.isRegularFile(war)) {
                throw new IllegalStateException("The application is not built: " + microJar + " or " + war + " is missing.");
            }
            if (tmpDir != null) {
                Files.createDirectories(tmpDir);
            }
            if (log.toAbsolutePath().getParent() != null) {
                Files.createDirectories(log.toAbsolutePath().getParent());
            }
            AotCache aot = aot();
            AotCache training = aot != null && aotTraining ? aot : null;
            AotCache used = aot != null && !aotTraining && aot.trained() ? aot : null;
            List<String> aotOptions = training != null ? training.trainingOptions() : used != null ? used.useOptions() : List.of();
            int port = this.port > 0 ? this.port : freePort();
            ProcessBuilder builder = new ProcessBuilder(command(port, aotOptions)).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (stopWithJvm) {
                Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            }
            PayaraProcess payara = new PayaraProcess(process, log, URI.create("http://localhost:" + port + "/"), training, used);
            payara.awaitReady(readyWithin);
            return payara;
        }
    }
}
