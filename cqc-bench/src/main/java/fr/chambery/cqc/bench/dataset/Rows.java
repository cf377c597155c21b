package fr.chambery.cqc.bench.dataset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;

/** What every slice writes its rows with: the batch size, the dataset's "now", a batch helper and hashes. */
public final class Rows {

    /** Rows sent to the database at once. */
    public static final int BATCH = 1_000;

    /** The dataset's present: generated dates fall around it. */
    public static final Instant EPOCH = Instant.parse("2026-11-27T08:00:00Z");

    private Rows() {
    }

    /** Adds the row to the batch, sent every {@link #BATCH} rows (send the rest at the end). */
    public static void batch(PreparedStatement insert, int i) throws SQLException {
        insert.addBatch();
        if ((i + 1) % BATCH == 0) {
            insert.executeBatch();
        }
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
