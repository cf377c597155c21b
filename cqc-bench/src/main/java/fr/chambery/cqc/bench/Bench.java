package fr.chambery.cqc.bench;

import fr.chambery.cqc.bench.cluster.ClusterBench;
import fr.chambery.cqc.bench.dataset.DatasetGenerator;
import fr.chambery.cqc.bench.dataset.DatasetSize;
import fr.chambery.cqc.bench.dataset.DatasetSlice;
import fr.chambery.cqc.bench.dataset.DatasetSlices;
import fr.chambery.cqc.bench.dataset.RnaFileGenerator;
import fr.chambery.cqc.bench.dataset.SpaceSlugs;
import fr.chambery.cqc.bench.lighthouse.Lighthouse;
import fr.chambery.cqc.bench.lighthouse.LighthouseScores;
import fr.chambery.cqc.bench.load.Awaited;
import fr.chambery.cqc.bench.load.Figures;
import fr.chambery.cqc.bench.load.LoadDriver;
import fr.chambery.cqc.bench.load.SameRun;
import fr.chambery.cqc.bench.load.StaffSession;
import fr.chambery.cqc.bench.load.Target;
import fr.chambery.cqc.bench.server.BenchDatabase;
import fr.chambery.cqc.bench.server.JvmOptions;
import fr.chambery.cqc.bench.sync.DirectorySyncMeasure;
import fr.chambery.cqc.bench.sync.SyncFigures;
import fr.chambery.cqc.bench.versus.NativeMemory;
import fr.chambery.cqc.bench.versus.StartTimes;
import fr.chambery.cqc.bench.versus.StaticComparison;
import fr.chambery.cqc.payara.PayaraProcess;
import org.awaitility.core.ConditionTimeoutException;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * The performance kit ({@code ./cqc bench}): loads a dataset size into a fresh database, starts the
 * packaged application on it in its own Payara Micro process, drives the pages and the API from this
 * process, then measures the directory sync of an RNA-shaped file with the server's heap capped, and
 * prints the figures. With {@code --url}, measures the public pages of a server already running; with
 * {@code --instances 2}, the cluster profile through nginx ({@link ClusterBench}). What it measures
 * comes from the core's declaration and the components' {@code DatasetSlice}s ({@link MeasuredTargets}): the kit
 * names no component.
 */
public final class Bench {

    static final String ADMIN_EMAIL = "banc-admin@example.org";
    static final String ADMIN_PASSWORD = "banc d'essai de la plateforme des conseils";
    static final String ADMIN_TOTP = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    static final int STARTS = 5;

    private final BenchOptions options;
    private final Path project;
    private final Path work;

    private Bench(BenchOptions options, Path project) {
        this.options = options;
        this.project = project;
        this.work = project.resolve("cqc-bench/target/bench").resolve(options.size().label() + "-" + options.database());
    }

    public static void main(String[] args) {
        try {
            BenchOptions options = BenchOptions.parse(args);
            Path project = Path.of(System.getProperty("cqc.project", ".")).toAbsolutePath().normalize();
            Bench bench = new Bench(options, project);
            if (options.instances() > 1) {
                printMachine();
                new ClusterBench(project, options.connections(), options.duration(), targets(DatasetSize.X1).besideStatic()).run();
            } else if (options.url().isPresent()) {
                bench.measureRunning(options.url().get());
            } else {
                bench.measureAll();
            }
            System.exit(0);
        } catch (BenchUsageException e) {
            System.err.println("cqc bench: " + e.getMessage());
            System.exit(2);
        } catch (Exception e) {
            System.err.println("cqc bench: stopped by " + e.getClass().getSimpleName() + ": " + e.getMessage());
            System.exit(1);
        }
    }

    /** Only the public pages and API of a server someone else started; nothing loaded, nothing signed in. */
    private void measureRunning(URI base) throws Exception {
        try {
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(HttpRequest.newBuilder(base.resolve("/health/ready")).build(), HttpResponse.BodyHandlers.discarding());
        } catch (ConnectException e) {
            throw new BenchUsageException("No server answers at " + base + " (connection refused): start it with ./cqc run, "
                    + "or leave --url out and the kit starts one.");
        } catch (IOException e) {
            throw new BenchUsageException("No server answers at " + base + " (" + e.getClass().getSimpleName() + "): is the address right?");
        }
        printMachine();
        LoadDriver driver = new LoadDriver(base, options.connections(), options.duration());
        MeasuredTargets targets = targets(DatasetSize.X1);
        measurePages(driver, targets.measured(false), targets);
        new StaticComparison(base, work.resolve("nginx"), options.connections(), options.duration()).run(targets.besideStatic());
        lighthouse(base, targets);
    }

    /** What the kit measures at a size: the core's declaration, then each slice's, in their order. */
    private static MeasuredTargets targets(DatasetSize size) {
        return MeasuredTargets.of(new SpaceSlugs(size.counts()));
    }

    /** Lighthouse, as a phone, on the assembly page (the first measured beside nginx); says so and goes on when it cannot be installed or fails. */
    private void lighthouse(URI base, MeasuredTargets targets) throws InterruptedException {
        URI page = base.resolve("/" + targets.besideStatic().getFirst().path());
        System.out.printf("%nLighthouse (mobile: simulated slow 4G and CPU) on %s%n", page.getPath());
        Optional<Lighthouse> lighthouse = Lighthouse.install(project.resolve("cqc-bench/target/lighthouse"));
        if (lighthouse.isEmpty()) {
            return;
        }
        Path report = work.resolve("lighthouse-assembly-page.json");
        try {
            LighthouseScores scores = lighthouse.get().audit(page, report);
            System.out.println("  " + scores.describe());
            System.out.println("  report: " + report);
        } catch (IOException e) {
            System.out.println("  Lighthouse failed: " + e.getMessage().lines().limit(5).reduce((a, b) -> a + " / " + b).orElse(""));
        }
    }

    /**
     * The AOT cache (JEP 483/514) of this build with ./cqc run's options, kept in {@code cqc-bench/target/bench/aot}:
     * trained once when it is not (a start, the public pages rendered twice, a graceful stop while the JVM
     * writes it), then used by every start of the kit with those options (the pages' server, the starts).
     */
    private void trainAotCache(BenchDatabase database) throws Exception {
        PayaraProcess.Launch launch = launch("aot-training", database, "512m", Map.of("cqc.directory.sync-on-start", "false"), runOptions())
                .aotCache(aotDirectory());
        if (launch.aotCacheTrained()) {
            System.out.println("  AOT cache already trained for this war, runtime and options (" + aotDirectory() + ")");
            return;
        }
        long training = System.nanoTime();
        try (PayaraProcess server = started(launch.trainAotCache(aotDirectory()), "aot-training")) {
            HttpClient client = HttpClient.newHttpClient();
            for (int round = 0; round < 2; round++) {
                for (Target target : targets(DatasetSize.X1).measured(false)) {
                    client.send(HttpRequest.newBuilder(server.base().resolve("/" + target.path())).header("Accept", target.accept())
                            .header("Cookie", "JSESSIONID=aot-training").build(), HttpResponse.BodyHandlers.discarding());
                }
            }
            System.out.println("  stopping it while the JVM writes its AOT cache...");
        }
        System.out.printf("  AOT cache %s in %.0f s (training run included)%n",
                launch.aotCacheTrained() ? "trained" : "NOT written (the starts go without it)", (System.nanoTime() - training) / 1e9);
    }

    private Path aotDirectory() {
        return project.resolve("cqc-bench/target/bench/aot");
    }

    /** Resident memory and, from Native Memory Tracking, its parts (heap, metaspace, code cache, threads, direct buffers). */
    private static String memory(PayaraProcess server) {
        String resident = server.residentBytes().stream().mapToObj(b -> "resident memory (RSS) " + b / (1024 * 1024) + " MB")
                .findFirst().orElse("resident memory unknown");
        try {
            return NativeMemory.of(server.pid()).describe(server.residentBytes().orElse(0));
        } catch (IOException | IllegalArgumentException e) {
            return resident + " (its parts unknown: " + e.getMessage().lines().findFirst().orElse("") + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return resident;
        }
    }

    /** The JVM options of ./cqc run (config/jvm.options, whose -Xmx wins over the kit's), and more. */
    private String[] runOptions(String... more) throws IOException {
        List<String> options = new ArrayList<>(JvmOptions.read(project.resolve("config/jvm.options")));
        options.addAll(List.of(more));
        System.out.println("  JVM options of ./cqc run (config/jvm.options): " + String.join(" ", options));
        return options.toArray(String[]::new);
    }

    /** Start to /health/ready, {@value #STARTS} times on the same database (Flyway has nothing left to do), and the median. */
    private void measureStarts(BenchDatabase database) throws Exception {
        System.out.printf("%nStart to ready (%d starts, as ./cqc run starts it)%n", STARTS);
        List<Double> seconds = new ArrayList<>();
        for (int i = 1; i <= STARTS; i++) {
            long starting = System.nanoTime();
            try (PayaraProcess ignored = start("start-" + i, database, "512m", Map.of("cqc.directory.sync-on-start", "false"), runOptions())) {
                seconds.add((System.nanoTime() - starting) / 1e9);
            }
        }
        System.out.println(new StartTimes(seconds).describe());
    }

    private void measureAll() throws Exception {
        deleteRecursively(work);
        Files.createDirectories(work);
        printMachine();
        long start = System.nanoTime();
        try (BenchDatabase database = options.database().equals("postgresql") ? BenchDatabase.postgresql(work)
                : BenchDatabase.h2(work.resolve("data"))) {
            System.out.println("Loading the " + options.size().label() + " dataset into " + options.database() + "...");
            long loading = System.nanoTime();
            try (PayaraProcess first = start("first-start", database, "512m", Map.of("cqc.directory.sync-on-start", "true"))) {
                awaitDemoContent(first.base());
            }
            BenchDatabase forSync = database.copy("cqc_sync");
            try (Connection db = database.connect()) {
                new DatasetGenerator(db).load(options.size().counts());
                System.out.printf("  loaded in %.1f s: %s%n", (System.nanoTime() - loading) / 1e9, DatasetGenerator.counts(db));
            }

            System.out.println("The AOT cache of ./cqc run's options...");
            trainAotCache(database);

            try (PayaraProcess server = start("pages", database, "512m", Map.of("cqc.directory.sync-on-start", "false"),
                    runOptions("-XX:NativeMemoryTracking=summary"))) {
                if (options.size() != DatasetSize.X1) {
                    awaitSearchIndex(server.base());
                }
                LoadDriver driver = new LoadDriver(server.base(), options.connections(), options.duration());
                StaffSession.signIn(driver, ADMIN_EMAIL, ADMIN_PASSWORD, ADMIN_TOTP);
                MeasuredTargets targets = targets(options.size());
                measurePages(driver, targets.measured(true), targets);
                new StaticComparison(server.base(), work.resolve("nginx"), options.connections(), options.duration())
                        .run(targets.besideStatic());
                lighthouse(server.base(), targets);
                System.out.printf("%nAfter the load: server heap in use: %d MB; %s%n", driver.metrics().heapUsedBytes() / (1024 * 1024),
                        memory(server));
            }
            measureStarts(database);

            if (options.rnaRows() > 0) {
                measureSync(forSync);
            }
            forSync.close();
        }
        System.out.printf("%nThe kit ran in %.0f s.%n", (System.nanoTime() - start) / 1e9);
    }

    private void measurePages(LoadDriver driver, List<Target> targets, MeasuredTargets declared) throws Exception {
        System.out.printf("%nPages and API: %d sequential requests (seq p50), then %d connections for %d s each (rps, percentiles)%n",
                200, options.connections(), options.duration().toSeconds());
        System.out.println(Figures.HEADER);
        List<Figures> all = new ArrayList<>();
        for (Target target : targets) {
            Figures figures = driver.measure(target);
            all.add(figures);
            System.out.println(figures.row());
        }
        staticResource(driver, declared.besideStatic().getFirst());
        if (options.url().isEmpty()) {
            Comparison.save(all, resultsOf(options.size()));
            if (options.size() != DatasetSize.X1) {
                Comparison.print(resultsOf(DatasetSize.X1), all, options.size());
                declared.sameRun().forEach(table -> printSameRun(table, all));
            }
            SearchFigures.lines(resultsOf(options.size()).getParent()).forEach(System.out::println);
        }
    }

    /** A demo space's pages beside a generated space's that a slice loaded in full, in the same run. */
    private static void printSameRun(SameRun table, List<Figures> all) {
        Map<String, Figures> byLabel = new HashMap<>();
        all.forEach(f -> byLabel.put(f.target().label(), f));
        System.out.printf("%n%s%n", table.title());
        System.out.printf("%-48s %9s %9s %7s %8s %8s%n", "request (" + table.demo() + " / generated)", table.demo() + " p50", "gen p50",
                "ratio", table.demo() + " SQL", "gen SQL");
        for (SameRun.Pair pair : table.pairs()) {
            Figures demo = byLabel.get(pair.demo().label());
            Figures generated = byLabel.get(pair.generated().label());
            if (demo != null && generated != null) {
                System.out.printf("%-48s %9.2f %9.2f %7.2f %8.1f %8.1f%n", pair.generated().path(), demo.sequentialP50(),
                        generated.sequentialP50(), generated.sequentialP50() / demo.sequentialP50(), demo.sqlPerRequest(),
                        generated.sqlPerRequest());
            }
        }
    }

    /**
     * The search index is rebuilt in the background after start-up; at x100 its rebuild takes a while, and until it
     * commits the searches would read the x1 index (and the pages share the CPU with it): wait for it first.
     */
    private static void awaitSearchIndex(URI base) {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest common = HttpRequest.newBuilder(base.resolve("/api/search?q=conseil")).header("Accept", "application/json").build();
        Pattern total = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
        long waiting = System.nanoTime();
        try {
            await("the x100 search index").atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofSeconds(5)).until(() -> {
                Matcher m = total.matcher(client.send(common, HttpResponse.BodyHandlers.ofString()).body());
                return m.find() && Long.parseLong(m.group(1)) > SEARCH_INDEX_LOADED;
            });
        } catch (ConditionTimeoutException timeout) {
            throw new BenchUsageException("The search index did not hold the x100 dataset 30 minutes after start-up.");
        }
        System.out.printf("  search index rebuilt with the dataset in %.0f s%n", (System.nanoTime() - waiting) / 1e9);
    }

    /** More results for « conseil » than the demo holds (a few dozen): the generated documents are in the index. */
    private static final long SEARCH_INDEX_LOADED = 1_000;

    /** Where a run's figures are kept for the next runs to compare with (outside the run's own directory). */
    private Path resultsOf(DatasetSize size) {
        return project.resolve("cqc-bench/target/bench").resolve(size.label() + "-" + options.database() + "-figures.tsv");
    }

    /** How the page's first style sheet (our versioned one, or a Faces resource) is served: its cache headers and compression. */
    private static void staticResource(LoadDriver driver, Target page) throws Exception {
        String html = new String(driver.send(page, List.of("Accept-Encoding", "identity")).body(),
                java.nio.charset.StandardCharsets.UTF_8);
        Matcher css = Pattern.compile("href=\"/((?:jakarta\\.faces\\.resource|assets)/[^\"]+\\.css[^\"]*)\"").matcher(html);
        if (css.find()) {
            Target resource = new Target(css.group(1).replace("&amp;", "&"), "text/css", false);
            HttpResponse<byte[]> answer = driver.send(resource, List.of());
            System.out.printf("static resource %s: %s, %s%n", resource.path(),
                    answer.headers().firstValue("Cache-Control").map(c -> "Cache-Control: " + c).orElse("no Cache-Control"),
                    answer.headers().firstValue("Content-Encoding").orElse("not compressed"));
        }
    }

    private void measureSync(BenchDatabase forSync) throws Exception {
        Path file = project.resolve("cqc-bench/target/bench/rna-" + options.rnaRows() + ".csv");
        if (!Files.isRegularFile(file)) {
            long writing = System.nanoTime();
            RnaFileGenerator.write(file, options.rnaRows(), streets());
            System.out.printf("%nWrote an RNA-shaped file of %,d rows (%d MB) in %.1f s: %s%n", options.rnaRows(),
                    Files.size(file) / (1024 * 1024), (System.nanoTime() - writing) / 1e9, file);
        }
        try (Connection db = forSync.connect()) {
            DirectorySyncMeasure.prepare(db);
        }
        Map<String, String> rna = Map.of("cqc.directory.source", "rna", "cqc.directory.rna.url", file.toUri().toString(),
                "cqc.directory.sync-on-start", "false");
        try (PayaraProcess server = start("directory-sync", forSync, "256m", rna)) {
            DirectorySyncMeasure sync = new DirectorySyncMeasure(server.base());
            System.out.printf("%nDirectory sync of the %,d-row RNA file (source rna, server heap capped at 256 MB)%n", options.rnaRows());
            System.out.println(SyncFigures.HEADER);
            System.out.println(sync.run("first run (empty directory)").row());
            System.out.println(sync.run("re-sync of the unchanged file").row());
        }
    }

    private PayaraProcess start(String name, BenchDatabase database, String heap, Map<String, String> extra, String... jvmOptions)
            throws Exception {
        return started(launch(name, database, heap, extra, jvmOptions).aotCache(aotDirectory()), name);
    }

    /** A start of the packaged application on the database, with the AOT cache of its options when one is trained. */
    private PayaraProcess.Launch launch(String name, BenchDatabase database, String heap, Map<String, String> extra, String... jvmOptions) {
        Map<String, String> properties = new HashMap<>(database.serverProperties());
        properties.put("cqc.mail.outbox", work.resolve("outbox").toString());
        properties.put("cqc.directory.streets-file", project.resolve("config/quartiers-rues.csv").toString());
        properties.putAll(extra);
        Map<String, String> environment = Map.of("CQC_BOOTSTRAP_ADMIN_EMAIL", ADMIN_EMAIL,
                "CQC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD, "CQC_BOOTSTRAP_ADMIN_TOTP_SECRET", ADMIN_TOTP);
        return PayaraProcess.of(project.resolve("cqc-web/target/payara-micro.jar"), project.resolve("cqc-web/target/cqc.war"))
                .heap(heap).jvmOptions(jvmOptions).tmpDir(work.resolve("tmp")).log(work.resolve(name + "-payara.log"))
                .options("--prebootcommandfile", project.resolve("config/pre-boot-commands.asadmin").toString())
                .systemProperties(properties).environment(environment)
                .readyWithin(Duration.ofMinutes(5)).stopWithJvm();
    }

    private static PayaraProcess started(PayaraProcess.Launch launch, String name) throws Exception {
        long starting = System.nanoTime();
        PayaraProcess server;
        try {
            server = launch.start();
        } catch (PayaraProcess.NotReadyException notReady) {
            throw new BenchUsageException(notReady.getMessage().lines().findFirst().orElseThrow());
        } catch (IllegalStateException notBuilt) {
            throw new BenchUsageException(notBuilt.getMessage() + " Run ./cqc bench, which builds it first.");
        }
        System.out.printf("  application started (%s, -Xmx%s%s) in %.1f s%n", name, launch.heap(),
                server.aotCache().map(cache -> ", AOT cache " + cache.getFileName()).orElse(""), (System.nanoTime() - starting) / 1e9);
        return server;
    }

    /** What the slices wait for after the first start (the demo's directory, synced shortly after start-up): the generated data goes in after it. */
    private static void awaitDemoContent(URI base) {
        HttpClient client = HttpClient.newHttpClient();
        for (DatasetSlice slice : DatasetSlices.all()) {
            for (Awaited awaited : slice.awaitedBeforeLoading()) {
                HttpRequest request = HttpRequest.newBuilder(base.resolve("/" + awaited.target().path()))
                        .header("Accept", awaited.target().accept()).build();
                try {
                    await(awaited.what()).atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                            .until(() -> client.send(request, HttpResponse.BodyHandlers.ofString()).body().contains(awaited.answerContains()));
                } catch (ConditionTimeoutException timeout) {
                    throw new BenchUsageException("Still waiting, two minutes after start-up, for " + awaited.what() + ".");
                }
            }
        }
    }

    private List<String> streets() throws IOException {
        return Files.readAllLines(project.resolve("config/quartiers-rues.csv")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("rue;quartier"))
                .map(l -> l.substring(0, l.indexOf(';'))).toList();
    }

    private static void printMachine() throws IOException {
        String cpu = Files.exists(Path.of("/proc/cpuinfo")) ? Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("?") : "?";
        System.out.printf("Machine: %d cores (%s), %d MB of memory for the kit's JVM; Java %s; %s%n",
                Runtime.getRuntime().availableProcessors(), cpu, Runtime.getRuntime().maxMemory() / (1024 * 1024),
                System.getProperty("java.version"), Instant.now());
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
