package fr.chambery.cqc.bench.load;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The driver against a small HTTP server of this JVM whose answer takes 200 ms and costs two SQL statements
 * (its {@code /metrics} says so): a slow target is measured within the time budget rather than for its 240
 * requests, and the SQL statements per request are divided by the requests actually sent.
 */
class LoadDriverTest {

    private HttpServer server;
    private final AtomicLong statements = new AtomicLong();
    private final AtomicLong slowRequests = new AtomicLong();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            statements.addAndGet(2);
            slowRequests.incrementAndGet();
            answer(exchange, "{\"total\": 1}");
        });
        server.createContext("/metrics", exchange -> answer(exchange, "cqc_sql_statements{mp_scope=\"application\"} " + statements.get() + "\n"));
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aSlowTargetIsMeasuredWithinTheTimeBudgetAndItsStatementsArePerRequestSent() throws InterruptedException {
        LoadDriver driver = new LoadDriver(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"), 2,
                Duration.ofMillis(300), Duration.ofMillis(500), Duration.ofSeconds(1));

        long start = System.nanoTime();
        Figures figures = driver.measure(Target.api("slow"));
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(figures.sequentialRequests()).as("1 s of 200 ms requests, not 200 of them").isBetween(2, 8);
        assertThat(figures.sqlPerRequest()).isEqualTo(2.0);
        assertThat(figures.sequentialP50()).isGreaterThanOrEqualTo(200.0);
        assertThat(figures.row()).contains("sequential requests within the time budget");
        assertThat(seconds).as("warm-up, pause, sequential and concurrent phases, each bounded").isLessThan(15);
        assertThat(slowRequests.get()).isLessThan(40);
    }

    private static void answer(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
