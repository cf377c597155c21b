package fr.chambery.cqc.web.bench;

import fr.chambery.cqc.web.DeployedApplication;
import fr.chambery.cqc.web.Http;
import fr.chambery.cqc.web.backoffice.FormClient;
import fr.chambery.cqc.web.browser.StaffSignIn;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures, and prints, what the public pages, the API and the back office cost on Payara Micro (a
 * separate process, loopback, in-memory H2, the demo content plus benchmark spaces): latency
 * percentiles of sequential requests, throughput with 4 concurrent clients, errors, SQL statements per
 * request, and the server's heap and resident memory afterwards. Asserts nothing about time. Run with
 * {@code ./cqc bench}; not part of {@code ./cqc test}.
 */
class AssemblyPagesBenchmark extends DeployedApplication {

    private static final int WARM_UP = 100;
    private static final int MEASURED = 400;
    private static final int CLIENTS = 4;
    private static final Pattern HEAP = Pattern.compile("(?m)^memory_usedHeap_bytes\\{[^}]*}\\s+([0-9.Ee+]+)");

    @Test
    void measure() throws Exception {
        Http http = new Http(url);
        http.post("api/test-fixtures/assemblies?slug=bench-7");
        http.post("api/test-fixtures/assemblies/bench-7/sub-spaces?count=7");
        http.post("api/test-fixtures/assemblies?slug=bench-70");
        http.post("api/test-fixtures/assemblies/bench-70/sub-spaces?count=70");
        http.post("api/test-fixtures/assemblies/bissy/associations?count=300");
        String email = "bench-admin@example.org";
        http.post("api/test-fixtures/accounts?email=" + email + "&role=ADMINISTRATEUR&password=" + StaffSignIn.PASSWORD + "&secret=JBSWY3DPEHPK3PXP");
        FormClient admin = new FormClient(http.uri(""));
        admin.signIn(email, StaffSignIn.PASSWORD, "JBSWY3DPEHPK3PXP");

        System.out.printf("%n%-62s %7s %7s %7s %7s %9s %6s %8s%n", "request", "mean ms", "p50 ms", "p95 ms", "p99 ms",
                CLIENTS + " clients", "errors", "SQL/req");
        Function<String, HttpResponse<String>> html = path -> http.get(path, "text/html");
        Function<String, HttpResponse<String>> json = path -> http.get(path, "application/json");
        measure(http, "assemblies", html);
        measure(http, "assemblies/conseils-de-quartier-citoyens", html);
        measure(http, "assemblies/bissy", html);
        measure(http, "assemblies/bissy?association=jardins&theme=Environnement", html);
        measure(http, "assemblies/bench-7", html);
        measure(http, "assemblies/bench-70", html);
        measure(http, "assemblies/conseils-de-quartier-citoyens/meetings?when=all&type=PLENIERE", html);
        measure(http, "assemblies/conseils-de-quartier-citoyens/documents", html);
        measure(http, "assemblies/conseils-de-quartier-citoyens/documents?q=reunion", html);
        measure(http, "api/assemblies/bench-70", json);
        measure(http, "api/assemblies", json);
        measure(http, "api/assemblies/bissy/associations?q=jardins", json);
        measure(http, "admin/ (signed in)", path -> admin.get("admin/"));

        System.out.printf("%nserver heap in use: %s MB; resident memory (RSS): %s MB%n",
                heapMegabytes(http).map(String::valueOf).orElse("?"), rssMegabytes().map(String::valueOf).orElse("?"));
    }

    private static void measure(Http http, String path, Function<String, HttpResponse<String>> get) throws Exception {
        AtomicInteger errors = new AtomicInteger();
        String target = path.replace(" (signed in)", "");
        Runnable one = () -> {
            if (get.apply(target).statusCode() != 200) {
                errors.incrementAndGet();
            }
        };
        for (int i = 0; i < WARM_UP; i++) {
            one.run();
        }
        long sqlBefore = http.sqlStatements();
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            one.run();
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
                    one.run();
                }
            }));
        }
        for (Future<?> client : clients) {
            client.get();
        }
        double perSecond = MEASURED / ((System.nanoTime() - start) / 1e9);
        pool.shutdown();

        System.out.printf("%-62s %7.2f %7.2f %7.2f %7.2f %7.0f/s %6d %8.1f%n", path,
                Arrays.stream(nanos).average().orElse(0) / 1e6, nanos[MEASURED / 2] / 1e6,
                nanos[(int) (MEASURED * 0.95)] / 1e6, nanos[(int) (MEASURED * 0.99)] / 1e6, perSecond, errors.get(), sqlPerRequest);
    }

    private static Optional<Long> heapMegabytes(Http http) {
        Matcher m = HEAP.matcher(http.metrics("base"));
        return m.find() ? Optional.of((long) Double.parseDouble(m.group(1)) / (1024 * 1024)) : Optional.empty();
    }

    /** The newest Payara Micro process's resident memory, from /proc (Linux). */
    private static Optional<Long> rssMegabytes() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("payara-micro")).orElse(false))
                .max(Comparator.comparing(p -> p.info().startInstant().orElse(java.time.Instant.EPOCH)))
                .flatMap(p -> {
                    try {
                        return Files.readAllLines(Path.of("/proc", String.valueOf(p.pid()), "status")).stream()
                                .filter(l -> l.startsWith("VmRSS:")).findFirst()
                                .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024);
                    } catch (IOException e) {
                        return Optional.empty();
                    }
                });
    }
}
