package fr.chambery.cqc.bench.cluster;

import fr.chambery.cqc.bench.load.Target;
import fr.chambery.cqc.bench.versus.Wrk;
import fr.chambery.cqc.bench.versus.WrkFigures;
import fr.chambery.cqc.payara.cluster.Balancer;
import fr.chambery.cqc.payara.cluster.LocalCluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * {@code ./cqc bench --instances 2}: the cluster profile as {@code ./cqc cluster} starts it ({@link LocalCluster}:
 * PostgreSQL, two instances of the packaged application on one data grid, the demo content, nginx with
 * {@code config/cluster/nginx.conf}), and a second nginx, same configuration, in front of the first instance alone.
 * For each of the kit's public pages, wrk (as the kit runs it) through nginx in front of one instance, then of
 * two; then the failover gap: clients read a page through nginx without a pause while one instance is killed
 * ({@code kill -9}). Ports: free ones, or from {@code -Dcqc.bench.cluster.first-port=N} on (N to N+6).
 */
public final class ClusterBench {

    /** Clients of the failover run, each reading without a pause. */
    static final int FAILOVER_CLIENTS = 4;

    private final Path project;
    private final Path work;
    private final int connections;
    private final Duration duration;
    /** The pages the declarations set beside nginx: the same measured here through it, the first for the failover. */
    private final List<Target> pages;

    public ClusterBench(Path project, int connections, Duration duration, List<Target> pages) {
        this.project = project;
        this.pages = List.copyOf(pages);
        this.work = project.resolve("cqc-bench/target/bench/cluster");
        this.connections = connections;
        this.duration = duration;
    }

    public void run() throws Exception {
        if (!Wrk.available()) {
            System.out.println("  not measured: wrk is missing (./cqc bench installs Debian's wrk with apt-get; it could not here).");
            return;
        }
        List<Integer> ports = ports(7);
        System.out.printf("%nThe cluster profile: PostgreSQL, two instances on one data grid, nginx in front (ports %s)%n", ports);
        long starting = System.nanoTime();
        try (LocalCluster cluster = LocalCluster.plan(project, project.resolve("cqc-web/target/payara-micro.jar"),
                        project.resolve("cqc-web/target/cqc.war"), work)
                .ports(new LocalCluster.Ports(ports.get(0), ports.subList(1, 3), ports.subList(3, 5), ports.get(5)))
                .freshDatabase()
                .jvmOptions(runOptions())
                .property("cqc.public-url", "http://127.0.0.1:" + ports.get(0))
                .stopWithJvm()
                .start();
             Balancer single = Balancer.start(project.resolve("config/cluster/nginx.conf"), work.resolve("nginx-one"), ports.get(6),
                     List.of(cluster.instance(0).getPort()))) {
            System.out.printf("  started in %.0f s%n", (System.nanoTime() - starting) / 1e9);
            measureScaling(single.base(), cluster.balancer());
            measureFailover(cluster);
        }
    }

    private void measureScaling(URI one, URI two) throws IOException, InterruptedException {
        Wrk wrk = new Wrk(connections, duration);
        System.out.printf("%nThrough nginx, one instance then two (wrk: 2 threads, %d connections, %d s a page after a warm-up run "
                + "through the two)%n", connections, duration.toSeconds());
        System.out.println(Scaling.HEADER);
        List<Scaling> rows = new ArrayList<>();
        for (Target page : pages) {
            wrk.run(two.resolve("/" + page.path()), page.accept()); // renders the page on both instances
            WrkFigures alone = wrk.run(one.resolve("/" + page.path()), page.accept());
            WrkFigures both = wrk.run(two.resolve("/" + page.path()), page.accept());
            Scaling row = new Scaling(page.label(), alone, both);
            rows.add(row);
            System.out.println(row.row());
        }
        System.out.printf("  mean gain of the second instance: %.2fx (on %d cores: both instances, nginx and wrk share them)%n",
                rows.stream().mapToDouble(Scaling::gain).average().orElse(0), Runtime.getRuntime().availableProcessors());
    }

    /** Clients read the first page through nginx; a third of the way through, the first instance is killed. */
    private void measureFailover(LocalCluster cluster) throws InterruptedException {
        Duration run = duration.multipliedBy(3).compareTo(Duration.ofSeconds(15)) < 0 ? Duration.ofSeconds(15) : duration.multipliedBy(3);
        Target page = pages.getFirst();
        URI address = cluster.balancer().resolve("/" + page.path());
        System.out.printf("%nFailover: %d clients read %s through nginx without a pause for %d s; the first instance is killed "
                + "(kill -9) after %d s%n", FAILOVER_CLIENTS, page.path(), run.toSeconds(), run.toSeconds() / 3);
        ConcurrentLinkedQueue<Long> successes = new ConcurrentLinkedQueue<>();
        AtomicLong failed = new AtomicLong();
        long start = System.nanoTime();
        long end = start + run.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(FAILOVER_CLIENTS);
        IntStream.range(0, FAILOVER_CLIENTS).forEach(i -> clients.submit(() -> {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpRequest request = HttpRequest.newBuilder(address).header("Accept", page.accept()).timeout(Duration.ofSeconds(30)).build();
            while (System.nanoTime() < end) {
                try {
                    int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status < 400) {
                        successes.add(System.nanoTime());
                    } else {
                        failed.incrementAndGet();
                    }
                } catch (IOException e) {
                    failed.incrementAndGet();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }));
        Thread.sleep(run.dividedBy(3).toMillis());
        cluster.kill(0);
        clients.shutdown();
        if (!clients.awaitTermination(run.toSeconds() + 60, TimeUnit.SECONDS)) {
            clients.shutdownNow();
        }
        System.out.println("  " + FailoverGap.of(List.copyOf(successes), failed.get(), start, end).describe());
    }

    /** The JVM options of ./cqc run (config/jvm.options) but its heap: each instance gets LocalCluster's. */
    private List<String> runOptions() throws IOException {
        return Files.readAllLines(project.resolve("config/jvm.options")).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("-Xmx")).toList();
    }

    private static List<Integer> ports(int count) throws IOException {
        Integer first = Integer.getInteger("cqc.bench.cluster.first-port");
        if (first != null) {
            return IntStream.range(first, first + count).boxed().toList();
        }
        return LocalCluster.Ports.free(count);
    }
}
