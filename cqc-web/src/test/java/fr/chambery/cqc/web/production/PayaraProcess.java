package fr.chambery.cqc.web.production;

import fr.chambery.cqc.web.Http;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The packaged application on its own Payara Micro process, started as an operator or {@code ./cqc run}
 * starts it (the war, the port, system properties and environment), its output in a log file under
 * {@code target/}; ready when {@code /health/ready} answers 200.
 */
final class PayaraProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final Http http;

    private PayaraProcess(Process process, Path log, Http http) {
        this.process = process;
        this.log = log;
        this.http = http;
    }

    /** @param options Payara Micro options and {@code -D} system properties, before {@code -jar} for the latter */
    static PayaraProcess start(String name, List<String> systemProperties, List<String> options, Map<String, String> environment)
            throws Exception {
        int port = freePort();
        Path log = Path.of("target").resolve(name + "-payara.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.io.tmpdir=" + System.getProperty("cqc.tmpdir", "target/tmp")));
        command.addAll(systemProperties);
        command.addAll(List.of("-jar", System.getProperty("payara.microJar", "target/payara-micro.jar"),
                "--nocluster", "--port", Integer.toString(port),
                "--deploy", System.getProperty("cqc.war", "target/cqc.war"), "--contextroot", "/"));
        command.addAll(options);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        PayaraProcess payara = new PayaraProcess(builder.start(), log, new Http(URI.create("http://localhost:" + port + "/").toURL()));
        payara.awaitReady();
        return payara;
    }

    Http http() {
        return http;
    }

    /** The last lines of its output, for failure messages. */
    String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return lines.subList(Math.max(0, lines.size() - 60), lines.size()).stream().collect(Collectors.joining("\n"));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    private void awaitReady() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
