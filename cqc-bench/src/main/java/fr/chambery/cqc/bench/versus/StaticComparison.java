package fr.chambery.cqc.bench.versus;

import fr.chambery.cqc.bench.load.Target;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The application beside a static server, in one run: for each target, its answer is saved (compressed
 * and not) and served by nginx ({@link StaticTwin}); wrk then loads the application and nginx in turn with
 * the same connections and duration, and one row per page gives both throughputs, their ratio, the
 * application's p50 and p99 and the errors ({@link SideBySide}). Says so, and measures nothing, when nginx
 * or wrk is not installed.
 */
public final class StaticComparison {

    private final URI application;
    private final Path directory;
    private final Wrk wrk;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public StaticComparison(URI application, Path directory, int connections, Duration duration) {
        this.application = application;
        this.directory = directory;
        this.wrk = new Wrk(connections, duration);
    }

    /** Measures and prints; returns the rows (empty when nginx or wrk is missing). */
    public List<SideBySide> run(List<Target> targets) throws IOException, InterruptedException {
        System.out.printf("%nThe application beside nginx serving the same bytes (wrk: 2 threads, %s)%n", wrk.describe());
        if (!StaticTwin.available() || !Wrk.available()) {
            System.out.println("  not measured: " + (StaticTwin.available() ? "" : "nginx ") + (Wrk.available() ? "" : "wrk ")
                    + "missing (./cqc bench installs Debian's nginx-light and wrk with apt-get; it could not here).");
            return List.of();
        }
        List<StaticTwin.Copy> copies = new ArrayList<>();
        for (Target target : targets) {
            copies.add(copy(target));
        }
        List<SideBySide> rows = new ArrayList<>();
        System.out.println(SideBySide.HEADER);
        try (StaticTwin twin = StaticTwin.serve(directory, copies)) {
            for (int i = 0; i < targets.size(); i++) {
                Target target = targets.get(i);
                URI page = application.resolve("/" + target.path());
                wrk.run(page, target.accept()); // warms the page up (the first answer renders it)
                WrkFigures app = wrk.run(page, target.accept());
                WrkFigures statics = wrk.run(twin.address(i), target.accept());
                SideBySide row = new SideBySide(target.label(), app, statics);
                rows.add(row);
                System.out.println(row.row());
            }
        }
        return rows;
    }

    private StaticTwin.Copy copy(Target target) throws IOException, InterruptedException {
        HttpResponse<byte[]> identity = fetch(target, "identity");
        HttpResponse<byte[]> compressed = fetch(target, "gzip");
        if (identity.statusCode() != 200) {
            throw new IOException(target.path() + " answered " + identity.statusCode());
        }
        boolean gzip = compressed.headers().firstValue("Content-Encoding").map("gzip"::equalsIgnoreCase).orElse(false);
        return new StaticTwin.Copy(identity.headers().firstValue("Content-Type").orElse("application/octet-stream"),
                identity.body(), gzip ? compressed.body() : null);
    }

    private HttpResponse<byte[]> fetch(Target target, String encoding) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(application.resolve("/" + target.path())).header("Accept", target.accept())
                .header("Accept-Encoding", encoding).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
