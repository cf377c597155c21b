package fr.chambery.cqc.web.bench;

import fr.chambery.cqc.web.DeployedApplication;
import fr.chambery.cqc.web.Http;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measures, and prints, what the public assembly pages and the API cost on Payara Micro (loopback, in-memory
 * H2): latency percentiles of sequential requests, throughput with 4 concurrent clients, and SQL statements
 * per request, for a space with 7 and with 70 sub-spaces. Asserts nothing about time. Run with
 * {@code ./cqc bench}; not part of {@code ./cqc test}.
 */
class AssemblyPagesBenchmark extends DeployedApplication {

    private static final int WARM_UP = 100;
    private static final int MEASURED = 400;
    private static final int CLIENTS = 4;

    @Test
    void measure() throws Exception {
        Http http = new Http(url);
        http.post("api/test-fixtures/assemblies?slug=bench-7");
        http.post("api/test-fixtures/assemblies/bench-7/sub-spaces?count=7");
        http.post("api/test-fixtures/assemblies?slug=bench-70");
        http.post("api/test-fixtures/assemblies/bench-70/sub-spaces?count=70");

        System.out.printf("%n%-44s %8s %8s %8s %8s %10s %9s%n", "request", "mean ms", "p50 ms", "p95 ms", "p99 ms",
                CLIENTS + " clients", "SQL/req");
        for (String[] target : new String[][]{
                {"assemblies", "text/html"},
                {"assemblies/conseils-de-quartier-citoyens", "text/html"},
                {"assemblies/bench-7", "text/html"},
                {"assemblies/bench-70", "text/html"},
                {"api/assemblies/bench-7", "application/json"},
                {"api/assemblies/bench-70", "application/json"},
                {"api/assemblies", "application/json"}}) {
            measure(http, target[0], target[1]);
        }
    }

    private static void measure(Http http, String path, String accept) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            expectOk(http.get(path, accept), path);
        }
        long sqlBefore = http.sqlStatements();
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            expectOk(http.get(path, accept), path);
            nanos[i] = System.nanoTime() - start;
        }
        double sqlPerRequest = (double) (http.sqlStatements() - sqlBefore) / MEASURED;
        Arrays.sort(nanos);

        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(pool.submit(() -> {
                for (int i = 0; i < MEASURED / CLIENTS; i++) {
                    expectOk(http.get(path, accept), path);
                }
            }));
        }
        for (Future<?> client : clients) {
            client.get();
        }
        double perSecond = MEASURED / ((System.nanoTime() - start) / 1e9);
        pool.shutdown();

        System.out.printf("%-44s %8.2f %8.2f %8.2f %8.2f %8.0f/s %9.1f%n", path,
                Arrays.stream(nanos).average().orElse(0) / 1e6, nanos[MEASURED / 2] / 1e6,
                nanos[(int) (MEASURED * 0.95)] / 1e6, nanos[(int) (MEASURED * 0.99)] / 1e6, perSecond, sqlPerRequest);
    }

    private static void expectOk(HttpResponse<String> response, String path) {
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode());
        }
    }
}
