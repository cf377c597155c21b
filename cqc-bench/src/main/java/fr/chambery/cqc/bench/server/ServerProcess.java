package fr.chambery.cqc.bench.server;

import fr.chambery.cqc.bench.BenchUsageException;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The packaged application on its own Payara Micro process, started as {@code ./cqc run} starts it, with
 * the kit's system properties and environment, its output in a log file; ready when
 * {@code /health/ready} answers 200.
 */
public final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final URI base;

    private ServerProcess(Process process, Path log, URI base) {
        this.process = process;
        this.log = log;
        this.base = base;
    }

    /**
     * @param heap the {@code -Xmx} value
     * @param properties system properties, without {@code -D}
     */
    public static ServerProcess start(Path project, Path work, String name, String heap, Map<String, String> properties,
                                      Map<String, String> environment) throws IOException, InterruptedException {
        Path jar = project.resolve("cqc-web/target/payara-micro.jar");
        Path war = project.resolve("cqc-web/target/cqc.war");
        if (!Files.isRegularFile(jar) || !Files.isRegularFile(war)) {
            throw new BenchUsageException("The application is not built (" + war + "): run ./cqc bench, which builds it first.");
        }
        int port = freePort();
        Path tmp = Files.createDirectories(work.resolve("tmp"));
        Path log = work.resolve(name + "-payara.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-Djava.io.tmpdir=" + tmp));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jar.toString(), "--nocluster", "--port", Integer.toString(port),
                "--deploy", war.toString(), "--contextroot", "/"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        // stopped with the kit, even when the kit is interrupted (Ctrl-C)
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        ServerProcess server = new ServerProcess(process, log, URI.create("http://localhost:" + port + "/"));
        server.awaitReady();
        return server;
    }

    public URI base() {
        return base;
    }

    public long pid() {
        return process.pid();
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

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new BenchUsageException("The application stopped while starting; its output is in " + log + ".");
            }
            try {
                HttpResponse<Void> ready = client.send(HttpRequest.newBuilder(base.resolve("/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        close();
        throw new BenchUsageException("The application was not ready after 5 minutes; its output is in " + log + ".");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
