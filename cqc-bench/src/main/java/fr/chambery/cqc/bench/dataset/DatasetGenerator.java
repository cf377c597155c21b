package fr.chambery.cqc.bench.dataset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import static fr.chambery.cqc.bench.dataset.FrenchWords.pick;

/**
 * Loads a dataset size around the Chambéry demo, straight into the application's schema (already
 * migrated by a first start), in JDBC batches: parent assemblies with their councils and components,
 * meetings, documents with their files' metadata (no files), associations and members. A fixed seed
 * makes two runs load the same rows; ids come from the database's identity columns, so the application
 * inserts after them as usual.
 */
public final class DatasetGenerator {

    /** The seed of every generated value. */
    public static final long SEED = 20261127L;
    private static final int BATCH = 1_000;
    private static final Instant EPOCH = Instant.parse("2026-11-27T08:00:00Z");
    private static final List<String> COUNCIL_COMPONENTS = List.of("meetings", "documents", "membership", "associations");
    private static final List<String> PARENT_COMPONENTS = List.of("meetings", "documents");
    private static final List<String> MEETING_TYPES = List.of("PLENIERE", "GROUPE_DE_TRAVAIL", "COORDINATION_INTERNE", "FORMATION");

    private final Connection db;
    private final Random random = new Random(SEED);
    private final List<Long> parents = new ArrayList<>();
    private final List<Long> councils = new ArrayList<>();
    private final List<String> councilNames = new ArrayList<>();

    public DatasetGenerator(Connection db) {
        this.db = db;
    }

    /** Loads the size's rows in one transaction per table; prints what it did and how long it took. */
    public void load(DatasetCounts size) throws SQLException {
        if (size.isEmpty()) {
            return;
        }
        db.setAutoCommit(false);
        step("assemblies", () -> spaces(size));
        step("meetings", () -> meetings(size.meetings()));
        step("documents", () -> documents(size.documents()));
        step("associations", () -> associations(size.associations()));
        step("members", () -> members(size.members()));
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
        System.out.printf("  %-13s %,9d rows in %5.1f s%n", what, rows, (System.nanoTime() - start) / 1e9);
    }

    private int spaces(DatasetCounts size) throws SQLException {
        int rows = 0;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO assembly (slug, title, subtitle, short_description, description, "
                + "parent_id, created_at, published_at, weight, reference) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
             PreparedStatement component = db.prepareStatement("INSERT INTO assembly_component (assembly_id, component_key) VALUES (?, ?)")) {
            for (int p = 1; p <= size.parents(); p++) {
                String city = pick(random, FrenchWords.CITIES) + " " + p;
                long parent = space(insert, "reseau-" + p, "Conseils de quartier de " + city, "Les conseils citoyens de " + city, null, p);
                parents.add(parent);
                rows++;
                enable(component, parent, PARENT_COMPONENTS);
                for (int c = 1; c <= size.councilsPerParent(); c++) {
                    String quartier = FrenchWords.QUARTIERS.get((p + c) % FrenchWords.QUARTIERS.size()) + " " + c;
                    long council = space(insert, "reseau-" + p + "-cqc-" + c, "CQC " + quartier + " (" + city + ")",
                            "Le conseil de quartier citoyen " + quartier, parent, c);
                    councils.add(council);
                    councilNames.add(quartier);
                    rows++;
                    enable(component, council, COUNCIL_COMPONENTS);
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

    private static void enable(PreparedStatement component, long space, List<String> keys) throws SQLException {
        for (String key : keys) {
            component.setLong(1, space);
            component.setString(2, key);
            component.addBatch();
        }
    }

    /** Spread over every generated space, councils first, so that each holds its share. */
    private long spaceOf(int index) {
        int all = councils.size() + parents.size();
        int slot = index % all;
        return slot < councils.size() ? councils.get(slot) : parents.get(slot - councils.size());
    }

    private int meetings(int count) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO meeting (assembly_id, type, title, description, starts_at, "
                + "ends_at, time_zone, address, published_at, cancelled) VALUES (?, ?, ?, ?, ?, ?, 'Europe/Paris', ?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                String type = MEETING_TYPES.get(random.nextInt(10) < 2 ? 0 : 1 + random.nextInt(MEETING_TYPES.size() - 1));
                Instant starts = EPOCH.plus(Duration.ofHours(random.nextInt(24 * 365 * 4) - 24 * 365 * 3));
                insert.setLong(1, spaceOf(i));
                insert.setString(2, type);
                insert.setString(3, switch (type) {
                    case "PLENIERE" -> "Plénière n°" + (i / 100 + 1);
                    case "COORDINATION_INTERNE" -> "Coordination interne";
                    case "FORMATION" -> "Formation à l'animation de réunion";
                    default -> "Groupe de travail " + pick(random, FrenchWords.THEMES).toLowerCase();
                });
                insert.setString(4, "<p>Ordre du jour à venir.</p>");
                insert.setTimestamp(5, Timestamp.from(starts));
                insert.setTimestamp(6, Timestamp.from(starts.plus(Duration.ofHours(2))));
                insert.setString(7, (1 + random.nextInt(80)) + " " + pick(random, FrenchWords.STREET_TYPES) + " " + pick(random, FrenchWords.STREET_NAMES));
                insert.setTimestamp(8, random.nextInt(20) == 0 ? null : Timestamp.from(starts.minus(Duration.ofDays(30))));
                insert.setBoolean(9, random.nextInt(40) == 0);
                batch(insert, i);
            }
            insert.executeBatch();
        }
        return count;
    }

    private int documents(int count) throws SQLException {
        int spaces = councils.size() + parents.size();
        List<Long> collections = new ArrayList<>();
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO document_collection (assembly_id, name, position) VALUES (?, ?, ?)",
                new String[] {"id"})) {
            List<String> names = List.of("Comptes rendus", "Guides méthodologiques");
            for (int s = 0; s < spaces; s++) {
                for (int position = 0; position < names.size(); position++) {
                    insert.setLong(1, spaceOf(s));
                    insert.setString(2, names.get(position));
                    insert.setInt(3, position);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                while (keys.next()) {
                    collections.add(keys.getLong(1));
                }
            }
        }
        try (PreparedStatement document = db.prepareStatement("INSERT INTO document (assembly_id, collection_id, title, description, "
                + "position, current_version, published_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)", new String[] {"id"});
             PreparedStatement index = db.prepareStatement("INSERT INTO document_index (document_id, search_text) VALUES (?, ?)");
             PreparedStatement version = db.prepareStatement("INSERT INTO document_version (document_id, number, content_hash, media_type, "
                     + "size_bytes, file_name, uploaded_at, uploaded_by) VALUES (?, 1, ?, ?, ?, ?, ?, 'generateur@example.org')")) {
            for (int from = 0; from < count; from += BATCH) {
                List<String> titles = new ArrayList<>();
                List<Timestamp> dates = new ArrayList<>();
                for (int i = from; i < Math.min(count, from + BATCH); i++) {
                    int slot = i % spaces;
                    String title = pick(random, FrenchWords.DOCUMENT_TITLES) + " " + (i / spaces + 1);
                    Timestamp at = Timestamp.from(EPOCH.minus(Duration.ofHours(random.nextInt(24 * 900))));
                    document.setLong(1, spaceOf(slot));
                    document.setLong(2, collections.get(slot * 2 + random.nextInt(2)));
                    document.setString(3, title);
                    document.setString(4, "Document du conseil, à consulter avant la prochaine plénière.");
                    document.setInt(5, i / spaces);
                    document.setTimestamp(6, random.nextInt(10) == 0 ? null : at);
                    document.setTimestamp(7, at);
                    document.setTimestamp(8, at);
                    document.addBatch();
                    titles.add(title);
                    dates.add(at);
                }
                document.executeBatch();
                int k = 0;
                try (ResultSet keys = document.getGeneratedKeys()) {
                    while (keys.next()) {
                        long id = keys.getLong(1);
                        boolean pdf = random.nextInt(3) > 0;
                        index.setLong(1, id);
                        index.setString(2, titles.get(k).toLowerCase() + " document du conseil a consulter avant la prochaine pleniere");
                        index.addBatch();
                        version.setLong(1, id);
                        version.setString(2, sha256("document " + id));
                        version.setString(3, pdf ? "application/pdf" : "application/vnd.oasis.opendocument.text");
                        version.setLong(4, 20_000 + random.nextInt(5_000_000));
                        version.setString(5, "document-" + id + (pdf ? ".pdf" : ".odt"));
                        version.setTimestamp(6, dates.get(k));
                        version.addBatch();
                        k++;
                    }
                }
                if (k != titles.size()) {
                    throw new SQLException("The database gave " + k + " generated ids for " + titles.size() + " documents.");
                }
                index.executeBatch();
                version.executeBatch();
            }
        }
        return count;
    }

    private int associations(int count) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO association (identity_key, rna_number, directory_id, name, theme, "
                + "purpose, address, postcode, phone, email, website, quartier_id, quartier_source, status, missed_runs, content_hash, "
                + "first_seen_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ANNUAIRE', ?, 0, ?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                String rna = String.format("W%09d", 100_000_000 + i);
                String name = pick(random, FrenchWords.ASSOCIATION_KINDS) + " " + pick(random, FrenchWords.ASSOCIATION_OBJECTS) + " " + (i % 997);
                Timestamp seen = Timestamp.from(EPOCH.minus(Duration.ofDays(random.nextInt(700))));
                int status = random.nextInt(100);
                insert.setString(1, "rna:" + rna);
                insert.setString(2, rna);
                insert.setString(3, "gen-" + i);
                insert.setString(4, name);
                insert.setString(5, pick(random, FrenchWords.THEMES));
                insert.setString(6, "Faire vivre le quartier : " + name.toLowerCase() + ".");
                insert.setString(7, (1 + random.nextInt(120)) + " " + pick(random, FrenchWords.STREET_TYPES) + " " + pick(random, FrenchWords.STREET_NAMES));
                insert.setString(8, String.format("%05d", 1_000 + random.nextInt(94_000)));
                insert.setString(9, random.nextBoolean() ? null : String.format("04 79 %02d %02d %02d", random.nextInt(100), random.nextInt(100), random.nextInt(100)));
                insert.setString(10, random.nextBoolean() ? null : "contact" + i + "@example.org");
                insert.setString(11, random.nextInt(3) == 0 ? "https://asso" + i + ".example.org" : null);
                insert.setLong(12, councils.get(i % councils.size()));
                insert.setString(13, status < 95 ? "LISTEE" : status < 98 ? "NON_LISTEE" : "DISSOUTE");
                insert.setString(14, sha256("association " + i));
                insert.setTimestamp(15, seen);
                insert.setTimestamp(16, seen);
                batch(insert, i);
            }
            insert.executeBatch();
        }
        return count;
    }

    private int members(int count) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO membership (assembly_id, email, name, lien, consent_version, "
                + "consented_at, signed_up_at, confirmed_at) VALUES (?, ?, ?, ?, '2026-11', ?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                Timestamp at = Timestamp.from(EPOCH.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 600))));
                insert.setLong(1, councils.get(i % councils.size()));
                insert.setString(2, "habitant" + i + "@example.org");
                insert.setString(3, pick(random, FrenchWords.FIRST_NAMES) + " " + (char) ('A' + random.nextInt(26)) + ".");
                insert.setString(4, random.nextInt(4) == 0 ? "USAGER" : "HABITANT");
                insert.setTimestamp(5, at);
                insert.setTimestamp(6, at);
                insert.setTimestamp(7, random.nextInt(10) == 0 ? null : at);
                batch(insert, i);
            }
            insert.executeBatch();
        }
        return count;
    }

    private static void batch(PreparedStatement insert, int i) throws SQLException {
        insert.addBatch();
        if ((i + 1) % BATCH == 0) {
            insert.executeBatch();
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many rows each generated table holds now, for the summary. */
    public static String counts(Connection db) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Statement s = db.createStatement()) {
            for (String table : List.of("assembly", "meeting", "document", "association", "membership")) {
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    r.next();
                    out.append(out.isEmpty() ? "" : ", ").append(String.format("%,d %s", r.getLong(1), table));
                }
            }
        }
        return out.toString();
    }
}
