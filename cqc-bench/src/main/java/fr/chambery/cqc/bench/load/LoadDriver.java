package fr.chambery.cqc.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives the server from this process with Java's HTTP client, as browsers would (HTTP/1.1 keep-alive,
 * {@code Accept-Encoding: gzip}): for each target, a warm-up and a pause, then sequential requests (latency and SQL
 * statements per request of a rendering, the cache of rendered pages bypassed), then {@code connections} connections sending requests back to back for a
 * fixed duration (throughput and percentiles). Measures; asserts nothing.
 */
public final class LoadDriver {

    private static final int WARM_UP = 40;
    private static final int SEQUENTIAL = 200;
    /**
     * A slow request (a search scanning the x100 index on H2 takes seconds) would hold the kit for hours at 240
     * requests a target: the warm-up stops after this long, the sequential series after {@link #sequentialBudget},
     * whatever the count reached (at least one request each), and the figures are of the requests sent.
     */
    static final Duration WARM_UP_BUDGET = Duration.ofSeconds(20);
    static final Duration SEQUENTIAL_BUDGET = Duration.ofSeconds(60);
    /**
     * The sequential requests measure the rendering itself (the cold path, and its SQL statements): a session
     * cookie, which names no session, keeps the cache of rendered pages out of the way, as it does for a
     * signed-in visitor. The warm-up and the concurrent requests are an anonymous visitor's.
     */
    private static final List<String> RENDERED = List.of("Cookie", "JSESSIONID=cqc-bench-rendering");
    /** The driver's threads never keep the kit's JVM alive. */
    private static final java.util.concurrent.ThreadFactory DAEMON = Thread.ofPlatform().daemon().factory();

    private final URI base;
    private final ServerMetrics metrics;
    private final int connections;
    private final Duration duration;
    private final PlainCookies cookies = new PlainCookies();
    private final HttpClient client;
    private final HttpClient anonymous;
    private final Duration warmUpBudget;
    private final Duration sequentialBudget;

    public LoadDriver(URI base, int connections, Duration duration) {
        this(base, connections, duration, WARM_UP_BUDGET, SEQUENTIAL_BUDGET);
    }

    LoadDriver(URI base, int connections, Duration duration, Duration warmUpBudget, Duration sequentialBudget) {
        this.warmUpBudget = warmUpBudget;
        this.sequentialBudget = sequentialBudget;
        this.base = base;
        this.metrics = new ServerMetrics(base);
        this.connections = connections;
        this.duration = duration;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .executor(Executors.newFixedThreadPool(4, DAEMON)).followRedirects(HttpClient.Redirect.NEVER).build();
        this.anonymous = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4, DAEMON)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The client that keeps the staff session's cookie, for {@link StaffSession}. */
    HttpClient sessionClient() {
        return client;
    }

    URI base() {
        return base;
    }

    public Figures measure(Target target) throws InterruptedException {
        AtomicInteger errors = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        long warmUpEnd = System.nanoTime() + warmUpBudget.toNanos();
        for (int i = 0; i < WARM_UP && (i == 0 || System.nanoTime() < warmUpEnd); i++) {
            timed(target, errors, bytes, List.of());
        }
        errors.set(0);
        bytes.set(0);
        Thread.sleep(1_000); // lets the server settle after the previous target's load
        Latencies sequential = new Latencies();
        long sqlBefore = metrics.sqlStatements();
        long sequentialEnd = System.nanoTime() + sequentialBudget.toNanos();
        for (int i = 0; i < SEQUENTIAL && (i == 0 || System.nanoTime() < sequentialEnd); i++) {
            sequential.add(timed(target, errors, bytes, target.signedIn() ? List.of() : RENDERED));
        }
        double sqlPerRequest = (metrics.sqlStatements() - sqlBefore) / (double) sequential.count();
        long size = bytes.get() / sequential.count();

        Latencies concurrent = new Latencies();
        ExecutorService pool = Executors.newFixedThreadPool(connections, DAEMON);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    concurrent.add(timed(target, errors, bytes, List.of()));
                }
            }));
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                errors.incrementAndGet();
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Figures(target, sequential.percentileMillis(50), connections, concurrent.count() / elapsed,
                concurrent.percentileMillis(50), concurrent.percentileMillis(95), concurrent.percentileMillis(99), errors.get(),
                sqlPerRequest, size, CachingProbe.of(this, target), sequential.count());
    }

    /** One request's latency in nanoseconds; a failure or an unexpected status counts as an error. */
    private long timed(Target target, AtomicInteger errors, AtomicLong bytes, List<String> headers) {
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = send(target, headers);
            if (response.statusCode() != 200) {
                errors.incrementAndGet();
            }
            bytes.addAndGet(response.body().length);
        } catch (IOException e) {
            errors.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return System.nanoTime() - start;
    }

    /** One request, with extra headers given as name, value, name, value… (replacing the defaults). */
    public HttpResponse<byte[]> send(Target target, List<String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/" + target.path()))
                .header("Accept", target.accept()).header("Accept-Encoding", "gzip").timeout(Duration.ofSeconds(30));
        for (int i = 0; i + 1 < headers.size(); i += 2) {
            request.setHeader(headers.get(i), headers.get(i + 1));
        }
        return (target.signedIn() ? client : anonymous).send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public ServerMetrics metrics() {
        return metrics;
    }
}
