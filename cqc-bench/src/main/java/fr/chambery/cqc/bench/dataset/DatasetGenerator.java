package fr.chambery.cqc.bench.dataset;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static fr.chambery.cqc.bench.dataset.FrenchWords.pick;
import static fr.chambery.cqc.bench.dataset.Rows.EPOCH;

/**
 * Loads a dataset size around the Chambéry demo, straight into the application's schema (already
 * migrated by a first start), in JDBC batches: parent assemblies with their councils, each enabling the
 * components whose {@link DatasetSlice} asks for its kind, then each slice's rows, in the slices' order.
 * A fixed seed makes two runs load the same rows; ids come from the database's identity columns, so the
 * application inserts after them as usual.
 */
public final class DatasetGenerator {

    /** The seed of every generated value. */
    public static final long SEED = 20261127L;

    private final Connection db;
    private final List<DatasetSlice> slices;
    private final Random random = new Random(SEED);
    private final GeneratedSpaces spaces = new GeneratedSpaces();

    public DatasetGenerator(Connection db) {
        this(db, DatasetSlices.all());
    }

    DatasetGenerator(Connection db, List<DatasetSlice> slices) {
        this.db = db;
        this.slices = slices;
    }

    /** Loads the size's rows in one transaction per table; prints what it did and how long it took. */
    public void load(DatasetCounts size) throws SQLException {
        if (size.isEmpty()) {
            return;
        }
        db.setAutoCommit(false);
        step("assembly", () -> spaces(size));
        for (DatasetSlice slice : slices) {
            String table = slice.declaration().table();
            step(table, () -> slice.load(db, spaces, size.rowsOf(table), random));
        }
        step("statistics", this::analyze);
    }

    /** What an operator does after a bulk load: the planner's statistics brought up to date (H2 and PostgreSQL). */
    private int analyze() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("ANALYZE");
        }
        return 0;
    }

    private interface Work {
        int run() throws SQLException;
    }

    private void step(String what, Work work) throws SQLException {
        long start = System.nanoTime();
        int rows = work.run();
        db.commit();
        System.out.printf("  %-16s %,9d rows in %5.1f s%n", what, rows, (System.nanoTime() - start) / 1e9);
    }

    private int spaces(DatasetCounts size) throws SQLException {
        int rows = 0;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO assembly (slug, title, subtitle, short_description, description, "
                + "parent_id, created_at, published_at, weight, reference) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
             PreparedStatement component = db.prepareStatement("INSERT INTO assembly_component (assembly_id, component_key) VALUES (?, ?)")) {
            for (int p = 1; p <= size.parents(); p++) {
                String city = pick(random, FrenchWords.CITIES) + " " + p;
                long parent = space(insert, SpaceSlugs.parent(p), "Conseils de quartier de " + city, "Les conseils citoyens de " + city, null, p);
                spaces.add(GeneratedSpaces.Kind.PARENT, parent);
                rows++;
                enable(component, parent, GeneratedSpaces.Kind.PARENT);
                for (int c = 1; c <= size.councilsPerParent(); c++) {
                    String quartier = FrenchWords.QUARTIERS.get((p + c) % FrenchWords.QUARTIERS.size()) + " " + c;
                    long council = space(insert, SpaceSlugs.council(p, c), "CQC " + quartier + " (" + city + ")",
                            "Le conseil de quartier citoyen " + quartier, parent, c);
                    spaces.add(GeneratedSpaces.Kind.COUNCIL, council);
                    rows++;
                    enable(component, council, GeneratedSpaces.Kind.COUNCIL);
                }
            }
            component.executeBatch();
        }
        return rows;
    }

    private long space(PreparedStatement insert, String slug, String title, String subtitle, Long parent, int weight) throws SQLException {
        Instant created = EPOCH.minus(Duration.ofDays(400 + random.nextInt(400)));
        insert.setString(1, slug);
        insert.setString(2, title);
        insert.setString(3, subtitle);
        insert.setString(4, "<p>" + subtitle + " : habitants, usagers et associations du quartier.</p>");
        insert.setString(5, "<p>Un espace d'échange et de proposition entre les habitants et la ville. "
                + "Il se réunit en plénière, en groupes de travail et en coordination interne.</p>");
        if (parent == null) {
            insert.setNull(6, Types.BIGINT);
        } else {
            insert.setLong(6, parent);
        }
        insert.setTimestamp(7, Timestamp.from(created));
        insert.setTimestamp(8, Timestamp.from(created.plus(Duration.ofDays(1))));
        insert.setInt(9, weight);
        insert.setString(10, "gen-" + slug);
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    /** Enables on the space every component whose slice asks for spaces of its kind. */
    private void enable(PreparedStatement component, long space, GeneratedSpaces.Kind kind) throws SQLException {
        for (DatasetSlice slice : slices) {
            if (slice.declaration().enabledOn().contains(kind)) {
                component.setLong(1, space);
                component.setString(2, slice.declaration().componentKey());
                component.addBatch();
            }
        }
    }

    /** How many rows the spaces' table and each slice's table hold now, for the summary. */
    public static String counts(Connection db) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Statement s = db.createStatement()) {
            for (String table : tables()) {
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    r.next();
                    out.append(out.isEmpty() ? "" : ", ").append(String.format("%,d %s", r.getLong(1), table));
                }
            }
        }
        return out.toString();
    }

    private static List<String> tables() {
        return Stream.concat(Stream.of("assembly"), DatasetSlices.all().stream().map(slice -> slice.declaration().table())).toList();
    }
}
