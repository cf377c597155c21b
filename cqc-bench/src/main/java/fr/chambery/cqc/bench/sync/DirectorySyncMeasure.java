package fr.chambery.cqc.bench.sync;

import fr.chambery.cqc.bench.BenchUsageException;
import fr.chambery.cqc.bench.load.ServerMetrics;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;

/**
 * Runs the directory sync through the API ({@code POST /api/directory/runs} with an administrator's
 * token), follows it to its end while sampling the server's heap, and reads its counts and the SQL
 * writes it cost.
 */
public final class DirectorySyncMeasure {

    private static final String TOKEN = "jeton-du-banc-d-essai-de-la-synchronisation";
    private final URI base;
    private final ServerMetrics metrics;
    private final HttpClient client = HttpClient.newHttpClient();

    public DirectorySyncMeasure(URI base) {
        this.base = base;
        this.metrics = new ServerMetrics(base);
    }

    /**
     * Prepares a database for the measure (the server stopped): the demo without its directory, so that
     * only the file's associations are synced, and an administrator whose API token the kit knows.
     */
    public static void prepare(Connection db) throws SQLException {
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            s.executeUpdate("DELETE FROM sync_rejection");
            s.executeUpdate("DELETE FROM association");
            s.executeUpdate("UPDATE sync_lock SET run_id = 0");
        }
        long account;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO account (email, display_name, password_hash, role, created_at) "
                + "VALUES ('banc-synchro@example.org', 'Banc d''essai', 'aucun mot de passe', 'ADMINISTRATEUR', ?)", new String[] {"id"})) {
            insert.setTimestamp(1, Timestamp.from(Instant.now()));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                account = keys.getLong(1);
            }
        }
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO api_token (account_id, label, token_hash, created_at) VALUES (?, 'banc d''essai', ?, ?)")) {
            insert.setLong(1, account);
            insert.setString(2, sha256(TOKEN));
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
        db.commit();
    }

    public SyncFigures run(String label) throws IOException, InterruptedException {
        long writesBefore = metrics.sqlWrites();
        HttpResponse<String> started = client.send(request("/api/directory/runs").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new BenchUsageException("The server refused to start a sync (" + started.statusCode() + "): " + started.body());
        }
        long id = number(started.body(), "id");
        AtomicLong heapPeak = new AtomicLong();
        AtomicReference<String> latest = new AtomicReference<>();
        // the heap is sampled at each look, so the peak is read while the run works
        await("sync run " + id + " finished").atMost(Duration.ofHours(1)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    heapPeak.accumulateAndGet(metrics.heapUsedBytes(), Math::max);
                    latest.set(client.send(request("/api/directory/runs/" + id).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
                    return !text(latest.get(), "state").equals("EN_COURS");
                });
        String run = latest.get();
        heapPeak.accumulateAndGet(metrics.heapUsedBytes(), Math::max);
        return new SyncFigures(label, text(run, "state"), number(run, "durationMillis"), (int) number(run, "processed"),
                (int) number(run, "created"), (int) number(run, "updated"), (int) number(run, "unchanged"), (int) number(run, "unlisted"),
                (int) number(run, "rejected"), metrics.sqlWrites() - writesBefore, heapPeak.get());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + TOKEN).header("Accept", "application/json");
    }

    private static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(-?\\d+)").matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static String text(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!m.find()) {
            throw new BenchUsageException("Unexpected answer from the sync API: " + json);
        }
        return m.group(1);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
