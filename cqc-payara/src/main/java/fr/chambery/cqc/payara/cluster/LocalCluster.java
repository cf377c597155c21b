package fr.chambery.cqc.payara.cluster;

import fr.chambery.cqc.payara.PayaraProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The cluster profile on one machine: one PostgreSQL (the embedded binaries the tests use), instances of
 * the packaged application on Payara Micro forming one data grid (TCP/IP discovery over a fixed list of
 * members), and nginx in front ({@link Balancer}). {@code ./cqc cluster} runs it ({@link #main}); ClusterIT
 * starts it, kills and restarts its instances.
 *
 * <h2>Usage</h2>
 * <pre>{@code
 * try (LocalCluster cluster = LocalCluster.plan(project, microJar, war, work)
 *         .ports(new LocalCluster.Ports(8080, List.of(8081, 8082), List.of(5710, 5711), 5433))
 *         .start()) {
 *     URI site = cluster.balancer();
 *     cluster.kill(0);
 *     cluster.restart(0);
 * }
 * }</pre>
 */
public final class LocalCluster implements AutoCloseable {

    /** The database's password on this machine's cluster (the server listens on localhost only). */
    static final String PASSWORD = "cqc";

    /**
     * How long a stopping instance keeps serving the requests it has (SIGTERM, {@code --shutdowngrace}) before Payara
     * tears the application down; meanwhile it turns new ones away with a 503. Below nginx's {@code fail_timeout}
     * (5 s) with room for the tear-down (about a second): the first 503 leaves the instance aside until its port is
     * closed, so that nginx never meets the instant where Payara has undeployed the application (404) but still
     * listens.
     */
    static final int SHUTDOWN_GRACE_MILLIS = 3_000;

    /** The ports: nginx's, each instance's HTTP and data-grid port, PostgreSQL's. */
    public record Ports(int balancer, List<Integer> http, List<Integer> grid, int database) {
        public Ports {
            http = List.copyOf(http);
            grid = List.copyOf(grid);
            if (http.size() != grid.size() || http.isEmpty()) {
                throw new IllegalArgumentException("one HTTP and one grid port per instance");
            }
        }

        /** {@code count} ports free on this machine now (asked of the system, then released). */
        public static List<Integer> free(int count) throws IOException {
            List<java.net.ServerSocket> sockets = new ArrayList<>();
            try {
                for (int i = 0; i < count; i++) {
                    sockets.add(new java.net.ServerSocket(0));
                }
                return sockets.stream().map(java.net.ServerSocket::getLocalPort).toList();
            } finally {
                for (java.net.ServerSocket socket : sockets) {
                    socket.close();
                }
            }
        }
    }

    private final EmbeddedPostgres database;
    private final List<PayaraProcess.Launch> launches;
    private final List<PayaraProcess> instances;
    private final Balancer balancer;

    private LocalCluster(EmbeddedPostgres database, List<PayaraProcess.Launch> launches, List<PayaraProcess> instances,
                         Balancer balancer) {
        this.database = database;
        this.launches = launches;
        this.instances = instances;
        this.balancer = balancer;
    }

    public static Plan plan(Path project, Path microJar, Path war, Path work) {
        return new Plan(project, microJar, war, work);
    }

    /** nginx's address: where visitors go. */
    public URI balancer() {
        return balancer.base();
    }

    /** The i-th instance's own address, behind nginx's back (on 127.0.0.1, as nginx reaches it: the same cookies). */
    public URI instance(int i) {
        return URI.create("http://127.0.0.1:" + instances.get(i).base().getPort() + "/");
    }

    public int size() {
        return instances.size();
    }

    /** The application's database, as its owner. */
    public DataSource database() {
        return database.getDatabase("cqc", "cqc");
    }

    public PayaraProcess process(int i) {
        return instances.get(i);
    }

    /** {@code kill -9} of the i-th instance. */
    public void kill(int i) throws InterruptedException {
        instances.get(i).kill();
    }

    /**
     * Stops the i-th instance gracefully, as systemd or Kubernetes does (SIGTERM), and waits until it has exited:
     * its readiness goes down and it answers 503 at once, so nginx sends the next requests to the other instances,
     * while the requests it was serving finish (the shutdown grace of {@code config/cluster/cluster.properties}).
     */
    public void stop(int i) throws InterruptedException {
        instances.get(i).close();
    }

    /**
     * One step of a rolling restart, as an operator does it: stops the i-th instance gracefully ({@link #stop}), starts
     * it again and waits until it is ready, then waits until nginx has taken it back. nginx left it aside at its stop
     * and tries it again only {@link Balancer#FAIL_TIMEOUT} after its last failure: stopping the next instance before
     * that would leave nginx no instance to send requests to (502 for everyone).
     *
     * @return how long the graceful stop took
     */
    public Duration rollingRestart(int i) throws IOException, InterruptedException {
        long stopping = System.nanoTime();
        stop(i);
        Duration stopped = Duration.ofNanos(System.nanoTime() - stopping);
        restart(i);
        Thread.sleep(Balancer.FAIL_TIMEOUT.plusSeconds(1).toMillis());
        return stopped;
    }

    /** Starts the i-th instance again (after {@link #kill} or {@link #stop}) and waits until it is ready; it joins the grid. */
    public void restart(int i) throws IOException, InterruptedException {
        if (instances.get(i).isAlive()) {
            throw new IllegalStateException("instance " + i + " is running");
        }
        instances.set(i, launches.get(i).start());
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            balancer.close();
        } finally {
            try {
                for (PayaraProcess instance : instances) {
                    instance.close();
                }
            } finally {
                database.close();
            }
        }
    }

    /** What to start: every setting has a default but the files. */
    public static final class Plan {

        private final Path project;
        private final Path microJar;
        private final Path war;
        private final Path work;
        private Ports ports = new Ports(8080, List.of(8081, 8082), List.of(5710, 5711), 5433);
        private boolean freshDatabase;
        private String heap = "512m";
        private final List<String> jvmOptions = new ArrayList<>();
        private final Map<String, String> properties = new LinkedHashMap<>();
        private boolean stopWithJvm;

        private Plan(Path project, Path microJar, Path war, Path work) {
            this.project = Objects.requireNonNull(project);
            this.microJar = Objects.requireNonNull(microJar);
            this.war = Objects.requireNonNull(war);
            this.work = Objects.requireNonNull(work).toAbsolutePath();
        }

        public Plan ports(Ports value) {
            this.ports = Objects.requireNonNull(value);
            return this;
        }

        /** Starts from an empty database (the tests); otherwise the one left in the work directory is kept. */
        public Plan freshDatabase() {
            this.freshDatabase = true;
            return this;
        }

        public Plan heap(String value) {
            this.heap = value;
            return this;
        }

        public Plan jvmOptions(List<String> options) {
            jvmOptions.addAll(options);
            return this;
        }

        /** A system property of every instance, over {@code config/cluster/cluster.properties}. */
        public Plan property(String key, String value) {
            properties.put(key, value);
            return this;
        }

        /** The instances are also stopped when this JVM ends (Ctrl-C included). */
        public Plan stopWithJvm() {
            this.stopWithJvm = true;
            return this;
        }

        /** The data grid's members: every instance's grid port on this machine, as Payara's comma list. */
        String members() {
            return ports.grid().stream().map(port -> "127.0.0.1:" + port).collect(Collectors.joining(","));
        }

        PayaraProcess.Launch launch(int i) {
            Path home = work.resolve("instance-" + (i + 1));
            PayaraProcess.Launch launch = PayaraProcess.of(microJar, war)
                    .port(ports.http().get(i))
                    .heap(heap)
                    .tmpDir(home.resolve("tmp"))
                    .log(home.resolve("payara.log"))
                    .jvmOptions(jvmOptions.toArray(String[]::new))
                    .jvmOptions("--sun-misc-unsafe-memory-access=allow")
                    // SIGTERM: Hazelcast's own hook would leave the grid at once, under the requests still running;
                    // Payara leaves it once its grace period is over
                    .systemProperty("hazelcast.shutdownhook.enabled", "false")
                    .cluster("--clustermode", "tcpip:" + members(), "--interfaces", "127.0.0.1", "--clustername", "cqc-local",
                            "--startport", Integer.toString(ports.grid().get(i)), "--nohostaware", "--name", "cqc-" + (i + 1))
                    .options("--shutdowngrace", Integer.toString(SHUTDOWN_GRACE_MILLIS),
                            "--systemproperties", project.resolve("config/cluster/cluster.properties").toAbsolutePath().toString(),
                            // the HTTP port opens once the application is deployed: until then nginx finds it closed and
                            // sends every request, POSTs included, to the other instance (Payara would answer 404)
                            "--prebootcommandfile", project.resolve("config/cluster/pre-boot.asadmin").toAbsolutePath().toString(),
                            "--postdeploycommandfile", project.resolve("config/cluster/post-deploy.asadmin").toAbsolutePath().toString())
                    .systemProperty("cqc.data-dir", home.toString())
                    .systemProperty("cqc.datasource.url", "jdbc:postgresql://localhost:" + ports.database() + "/cqc")
                    .systemProperty("cqc.documents.directory", work.resolve("documents").toString())
                    .systemProperty("cqc.mail.outbox", work.resolve("outbox").toString())
                    .systemProperty("cqc.directory.streets-file", project.resolve("config/quartiers-rues.csv").toAbsolutePath().toString())
                    .systemProperties(properties)
                    .environment(Map.of("CQC_DATASOURCE_PASSWORD", PASSWORD));
            return stopWithJvm ? launch.stopWithJvm() : launch;
        }

        /** Starts PostgreSQL, then every instance at once, then nginx; waits until each instance is ready. */
        public LocalCluster start() throws IOException, InterruptedException {
            Files.createDirectories(work);
            EmbeddedPostgres database = EmbeddedPostgres.builder().setPort(ports.database())
                    .setDataDirectory(Files.createDirectories(work.resolve("postgresql"))).setCleanDataDirectory(freshDatabase).start();
            List<PayaraProcess> started = new ArrayList<>();
            try {
                createDatabase(database);
                List<PayaraProcess.Launch> launches = IntStream.range(0, ports.http().size()).mapToObj(this::launch).toList();
                List<CompletableFuture<PayaraProcess>> starting = launches.stream()
                        .map(launch -> CompletableFuture.supplyAsync(() -> {
                            try {
                                return launch.start();
                            } catch (IOException | InterruptedException e) {
                                throw new CompletionException(e);
                            }
                        })).toList();
                RuntimeException failure = null;
                for (CompletableFuture<PayaraProcess> instance : starting) {
                    try {
                        started.add(instance.join());
                    } catch (CompletionException e) {
                        failure = failure == null ? new IllegalStateException("An instance did not start: " + e.getCause().getMessage(), e.getCause()) : failure;
                    }
                }
                if (failure != null) {
                    throw failure;
                }
                Balancer balancer = Balancer.start(project.resolve("config/cluster/nginx.conf"), work.resolve("nginx"),
                        ports.balancer(), ports.http());
                return new LocalCluster(database, launches, new ArrayList<>(started), balancer);
            } catch (IOException | RuntimeException | InterruptedException e) {
                for (PayaraProcess instance : started) {
                    instance.close();
                }
                database.close();
                throw e;
            }
        }

        private static void createDatabase(EmbeddedPostgres database) throws IOException {
            try (Connection c = database.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                boolean exists;
                try (ResultSet role = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = 'cqc'")) {
                    exists = role.next();
                }
                if (!exists) {
                    s.execute("CREATE ROLE cqc LOGIN PASSWORD '" + PASSWORD + "'");
                    s.execute("CREATE DATABASE cqc OWNER cqc");
                }
            } catch (SQLException e) {
                throw new IOException("Cannot prepare the cluster's database", e);
            }
        }
    }

    /**
     * {@code ./cqc cluster}: starts the cluster from the built project (system property {@code cqc.project}),
     * in {@code data/cluster}, and keeps it until this JVM is stopped (SIGTERM from {@code ./cqc cluster stop}).
     * Ports: {@code cqc.cluster.port} (nginx, 8080), {@code cqc.cluster.instance-ports} (8081,8082),
     * {@code cqc.cluster.grid-ports} (5710,5711), {@code cqc.cluster.database-port} (5433).
     */
    public static void main(String[] args) throws Exception {
        Path project = Path.of(System.getProperty("cqc.project", ".")).toAbsolutePath().normalize();
        Ports ports = new Ports(Integer.getInteger("cqc.cluster.port", 8080),
                ints(System.getProperty("cqc.cluster.instance-ports", "8081,8082")),
                ints(System.getProperty("cqc.cluster.grid-ports", "5710,5711")),
                Integer.getInteger("cqc.cluster.database-port", 5433));
        List<String> jvmOptions = Files.readAllLines(project.resolve("config/jvm.options")).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("-Xmx")).toList();
        LocalCluster cluster = plan(project, project.resolve("cqc-web/target/payara-micro.jar"), project.resolve("cqc-web/target/cqc.war"),
                project.resolve("data/cluster")).ports(ports).jvmOptions(jvmOptions).stopWithJvm()
                .property("cqc.public-url", "http://localhost:" + ports.balancer()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                cluster.close();
            } catch (IOException | InterruptedException e) {
                // stopping anyway
            }
        }));
        System.out.println("Grappe CQC prête : " + cluster.balancer().resolve("/").toString().replace("127.0.0.1", "localhost")
                + " (nginx devant " + ports.http().size() + " instances sur les ports " + ports.http() + ", PostgreSQL sur le port "
                + ports.database() + ") ; ./cqc cluster stop l'arrête.");
        Thread.currentThread().join();
    }

    private static List<Integer> ints(String commaList) {
        return java.util.Arrays.stream(commaList.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }
}
