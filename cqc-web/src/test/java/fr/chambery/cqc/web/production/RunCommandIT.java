package fr.chambery.cqc.web.production;

import fr.chambery.cqc.web.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a newcomer sees on the console of {@code ./cqc run}: the launcher's own {@code serve} (what
 * {@code run} does after its build) runs in a copy of the project's layout under {@code target/}
 * (the {@code cqc} script, {@code config/}, the built war and Payara Micro), so that its {@code data/} is
 * its own. Payara's log goes to {@code data/server.log}, the console keeps the warnings, and its last
 * line says where to go, with the real port, once the application is ready.
 */
class RunCommandIT {

    private static final Path PROJECT = Path.of(System.getProperty("cqc.config", "../config")).toAbsolutePath().getParent();

    private Process launcher;

    @Test
    void theConsoleStaysQuietAndEndsWithTheAddressesOnceTheApplicationIsReady() throws Exception {
        Path root = layout();
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(root.resolve("cqc").toString(), "serve").redirectErrorStream(true);
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        launcher = builder.start();
        List<String> console = new CopyOnWriteArrayList<>();
        String expected = "CQC est prêt : http://localhost:" + port + "/ (back office : http://localhost:" + port + "/login)";
        try (BufferedReader out = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            String line;
            while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
                console.add(line);
                if (line.startsWith("CQC est prêt")) {
                    break;
                }
            }
        }
        String shown = String.join("\n", console);

        assertThat(console).as(shown).last().isEqualTo(expected);
        assertThat(new Http(URI.create("http://localhost:" + port + "/").toURL()).get("health/ready", "application/json").statusCode())
                .as("ready when the line says so").isEqualTo(200);
        assertThat(console).as("no INFO on the console:\n" + shown).noneMatch(l -> l.contains("[INFO]") || l.contains("levelValue: 800"));
        assertThat(shown).as("warnings stay on the console").contains("[WARNING]");
        Path log = root.resolve("data/server.log");
        assertThat(log).exists();
        assertThat(Files.readString(log)).as("Payara's whole log in data/server.log")
                .contains("levelValue: 800").contains("cqc was successfully deployed");
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (launcher != null) {
            List<ProcessHandle> all = launcher.descendants().toList();
            launcher.destroy();
            launcher.waitFor(60, TimeUnit.SECONDS);
            all.forEach(ProcessHandle::destroy);
        }
    }

    /** The project as {@code ./cqc} sees it, with links to the real configuration and the built artefacts. */
    private static Path layout() throws IOException {
        Path root = Path.of("target", "run-command-" + UUID.randomUUID()).toAbsolutePath();
        Files.createDirectories(root.resolve("cqc-web/target"));
        Files.copy(PROJECT.resolve("cqc"), root.resolve("cqc"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.createSymbolicLink(root.resolve("config"), PROJECT.resolve("config"));
        Files.createSymbolicLink(root.resolve("cqc-web/target/cqc.war"),
                Path.of(System.getProperty("cqc.war", "target/cqc.war")).toAbsolutePath());
        Files.createSymbolicLink(root.resolve("cqc-web/target/payara-micro.jar"),
                Path.of(System.getProperty("payara.microJar", "target/payara-micro.jar")).toAbsolutePath());
        return root;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
