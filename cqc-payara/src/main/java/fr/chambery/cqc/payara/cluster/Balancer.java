package fr.chambery.cqc.payara.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * nginx in front of the instances, from {@code config/cluster/nginx.conf} (round robin, passive health
 * checks, POSTs never passed on to a second instance), run in the foreground as a child process.
 */
public final class Balancer implements AutoCloseable {

    private final Process nginx;
    private final URI base;
    private final Path prefix;

    private Balancer(Process nginx, URI base, Path prefix) {
        this.nginx = nginx;
        this.base = base;
        this.prefix = prefix;
    }

    /**
     * How long nginx leaves an instance aside after a failed request (passive health check); it takes it back only
     * when it tries it again after that time.
     */
    public static final Duration FAIL_TIMEOUT = Duration.ofSeconds(5);

    /** The configuration of {@code template} for these instance ports, nginx listening on {@code port}. */
    static String configuration(String template, Path prefix, int port, List<Integer> instancePorts) {
        String servers = instancePorts.stream()
                .map(p -> "        server 127.0.0.1:" + p + " max_fails=1 fail_timeout=" + FAIL_TIMEOUT.toSeconds() + "s;")
                .collect(Collectors.joining("\n"));
        return template.replace("{{prefix}}", prefix.toString()).replace("{{listen}}", "127.0.0.1:" + port)
                .replace("{{servers}}", servers);
    }

    /** Starts nginx with the template's configuration, its files under {@code prefix}, and waits until it answers. */
    public static Balancer start(Path template, Path prefix, int port, List<Integer> instancePorts) throws IOException, InterruptedException {
        Files.createDirectories(prefix);
        Path conf = prefix.resolve("nginx.conf");
        Files.writeString(conf, configuration(Files.readString(template), prefix.toAbsolutePath(), port, instancePorts));
        Process nginx;
        try {
            nginx = new ProcessBuilder("nginx", "-c", conf.toAbsolutePath().toString(), "-p", prefix.toAbsolutePath().toString())
                    .redirectErrorStream(true).redirectOutput(prefix.resolve("nginx.out").toFile()).start();
        } catch (IOException notInstalled) {
            throw new IOException("nginx is not installed (Debian: apt-get install nginx-light)", notInstalled);
        }
        Balancer balancer = new Balancer(nginx, URI.create("http://127.0.0.1:" + port + "/"), prefix);
        balancer.awaitListening();
        return balancer;
    }

    public URI base() {
        return base;
    }

    public long pid() {
        return nginx.pid();
    }

    private void awaitListening() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            if (!nginx.isAlive()) {
                throw new IOException("nginx stopped at start (exit " + nginx.exitValue() + "): see " + prefix.resolve("error.log")
                        + " and " + prefix.resolve("nginx.out"));
            }
            try {
                client.send(HttpRequest.newBuilder(base.resolve("/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IOException("nginx did not answer within 15 s on " + base);
    }

    @Override
    public void close() throws InterruptedException {
        nginx.destroy();
        nginx.waitFor();
    }
}
