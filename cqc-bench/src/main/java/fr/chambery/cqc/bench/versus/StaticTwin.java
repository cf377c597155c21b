package fr.chambery.cqc.bench.versus;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * nginx serving, as static files, the very bytes the application answered: for each page, its body as
 * the application sent it compressed ({@code t3.gz}, served by {@code gzip_static} to a client that
 * accepts gzip) and uncompressed ({@code t3}), with the same content type. Two workers, as many as the
 * cores the application has; no access log. Started on a free port, stopped on close.
 */
public final class StaticTwin implements AutoCloseable {

    /** What to serve: one answer of the application, and its compressed form when the application compressed it (else null). */
    public record Copy(String contentType, byte[] identity, byte[] gzip) {
    }

    private final Process nginx;
    private final URI base;

    private StaticTwin(Process nginx, URI base) {
        this.nginx = nginx;
        this.base = base;
    }

    /** Whether nginx is installed. */
    public static boolean available() {
        try {
            Process probe = new ProcessBuilder("nginx", "-v").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Writes the copies under {@code directory} ({@code t0}, {@code t1}…, each with its {@code .gz}), starts nginx there. */
    public static StaticTwin serve(Path directory, List<Copy> copies) throws IOException, InterruptedException {
        Path www = Files.createDirectories(directory.resolve("www"));
        Files.createDirectories(directory.resolve("tmp"));
        for (int i = 0; i < copies.size(); i++) {
            Files.write(www.resolve("t" + i), copies.get(i).identity());
            if (copies.get(i).gzip() != null) {
                Files.write(www.resolve("t" + i + ".gz"), copies.get(i).gzip());
            }
        }
        int port = freePort();
        Path conf = directory.resolve("nginx.conf");
        Files.writeString(conf, configuration(directory, port, copies));
        Process nginx = new ProcessBuilder("nginx", "-c", conf.toString(), "-p", directory.toString())
                .redirectErrorStream(true).redirectOutput(directory.resolve("nginx.out").toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(nginx::destroy));
        StaticTwin twin = new StaticTwin(nginx, URI.create("http://127.0.0.1:" + port + "/"));
        twin.awaitReady();
        return twin;
    }

    static String configuration(Path directory, int port, List<Copy> copies) {
        StringBuilder locations = new StringBuilder();
        for (int i = 0; i < copies.size(); i++) {
            locations.append("    location = /t").append(i).append(" { default_type \"").append(copies.get(i).contentType())
                    .append("\"; gzip_static on; }\n");
        }
        return """
                worker_processes 2;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log;
                events { worker_connections 1024; }
                http {
                  access_log off;
                  client_body_temp_path %1$s/tmp;
                  server {
                    listen 127.0.0.1:%2$d;
                    root %1$s/www;
                %3$s  }
                }
                """.formatted(directory, port, locations);
    }

    /** The address of the i-th copy. */
    public URI address(int i) {
        return base.resolve("t" + i);
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (!nginx.isAlive()) {
                throw new IOException("nginx stopped at start (exit " + nginx.exitValue() + ")");
            }
            try {
                client.send(HttpRequest.newBuilder(base).build(), HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IOException("nginx did not answer within 10 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        nginx.destroy();
        if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
            nginx.destroyForcibly();
        }
    }

}
