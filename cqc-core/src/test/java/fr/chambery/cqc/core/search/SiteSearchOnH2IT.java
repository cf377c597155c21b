package fr.chambery.cqc.core.search;

import fr.chambery.cqc.core.persistence.BothDatabases;
import fr.chambery.cqc.core.persistence.DatabaseMigrations;
import jakarta.persistence.EntityManagerFactory;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site search on the embedded H2 reads the stems through their index ({@code search_stem}, migration V20),
 * never by a scan of {@code search_entry}: H2's own plan of both statements says so, and the figures printed
 * (not asserted: the machine's load varies) compare a search and a rebuild at 2,000 and 200,000 entries.
 */
class SiteSearchOnH2IT {

    private static final SearchKind NOTES = new SearchKind("notes", "search.kind.notes", 10);
    private static final SearchKind MINUTES = new SearchKind("minutes", "search.kind.minutes", 20);

    @Test
    void bothStatementsOfASearchReadTheStemsThroughTheirIndexNeverByAScanOfTheEntries() throws SQLException {
        JdbcDataSource h2 = freshH2();
        DatabaseMigrations.migrate(h2);
        SearchQuery query = SearchQuery.of("Jardins partagés de la piscine", Optional.of(4L), Optional.of("notes"));
        try (Connection connection = h2.getConnection()) {
            for (SearchIndex.Statement statement : List.of(SearchIndex.counts(query, false), SearchIndex.page(query, false))) {
                String plan = explain(connection, statement);
                System.out.println("H2 plan of " + statement.sql() + "\n" + plan);
                assertThat(plan).as(plan)
                        .doesNotContainIgnoringCase("tableScan")
                        .contains("FROM \"PUBLIC\".\"SEARCH_ENTRY\"\n    /* PUBLIC.SEARCH_ENTRY_ID_KEY_INDEX_");
                for (int n = 1; n <= query.stems().size(); n++) {
                    // the primary key (stem, entry) of search_stem, read by the stem: H2 names it PRIMARY_KEY_<n>
                    assertThat(plan).as("stem ?" + n + " read through the index of search_stem").containsPattern(
                            "FROM \"?PUBLIC\"?\\.\"?SEARCH_STEM\"?\\s+/\\* PUBLIC\\.PRIMARY_KEY_\\w+: STEM = \\?" + n
                                    + (n == 1 ? " \\*/" : "\\s+AND ENTRY = SEARCH_ENTRY\\.ID\\s"));
                }
            }
        }
    }

    @Test
    void findsTheSameEntriesAt200000AsTheirCountSaysAndPrintsTheTimes() {
        Measure small = measure(2_000, true);
        Measure large = measure(200_000, false);
        System.out.printf("H2 site search: %,d entries (%,d stem rows): rebuild from the sources %,d ms, search %.1f ms, a word of one entry in two %.1f ms;"
                        + " %,d entries (%,d stem rows): written in bulk %,d ms, search %.1f ms (%.1f×), a word of one entry in two %.1f ms%n",
                small.entries, small.stemRows, small.rebuildMillis, small.searchMillis, small.commonMillis,
                large.entries, large.stemRows, large.rebuildMillis, large.searchMillis, large.searchMillis / small.searchMillis,
                large.commonMillis);
    }

    private record Measure(int entries, long stemRows, long rebuildMillis, double searchMillis, double commonMillis) {
    }

    /**
     * Indexes {@code size} synthetic entries, through {@link SearchIndex#rebuild} or, for a large size, in bulk
     * by SQL (the same entries and stems, fewer filler words), checks a search's counts and first page, times it.
     */
    private static Measure measure(int size, boolean throughRebuild) {
        JdbcDataSource h2 = freshH2();
        DatabaseMigrations.migrate(h2);
        EntityManagerFactory emf = BothDatabases.unit(h2);
        try {
            long start = System.nanoTime();
            BothDatabases.inTransaction(emf, em -> {
                if (throughRebuild) {
                    index(em).rebuild(List.of(source(NOTES, size / 2, 0), source(MINUTES, size / 2, size / 2)));
                } else {
                    inBulk(em, size);
                }
                return null;
            });
            long rebuild = (System.nanoTime() - start) / 1_000_000;
            long stemRows = BothDatabases.inTransaction(emf, em ->
                    ((Number) em.createNativeQuery("SELECT COUNT(*) FROM search_stem").getSingleResult()).longValue());
            // "jardins partagés" is in 10 entries of each kind whatever the size, "partagé" in one in two: the rarer
            // stem is walked, the other looked up
            SearchQuery query = SearchQuery.of("jardin partagé", Optional.empty(), Optional.of("minutes"));
            SearchResults first = BothDatabases.inTransaction(emf, em -> index(em).find(query, 1, 10));
            assertThat(first.countsByKind()).containsEntry("notes", 10L).containsEntry("minutes", 10L);
            assertThat(first.page().items()).hasSize(10)
                    .allSatisfy(hit -> assertThat(hit.title()).contains("jardins"));
            int rounds = 20;
            for (int i = 0; i < rounds; i++) {
                BothDatabases.inTransaction(emf, em -> index(em).find(query, 1, 10));
            }
            long searchStart = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                BothDatabases.inTransaction(emf, em -> index(em).find(query, 1, 10));
            }
            double search = (System.nanoTime() - searchStart) / 1_000_000.0 / rounds;
            // a word of every other entry: its counts read all its entries, on any database
            SearchQuery common = SearchQuery.of("partagé", Optional.empty(), Optional.of("minutes"));
            long commonStart = System.nanoTime();
            SearchResults all = BothDatabases.inTransaction(emf, em -> index(em).find(common, 1, 10));
            double commonMillis = (System.nanoTime() - commonStart) / 1_000_000.0;
            assertThat(all.countsByKind()).containsEntry("minutes", (long) size / 4 + 10);
            return new Measure(size, stemRows, rebuild, search, commonMillis);
        } finally {
            emf.close();
        }
    }

    /** What {@link #source} gives, written by SQL: entry {@code i} numbered {@code i + 1}, five filler stems each. */
    private static void inBulk(jakarta.persistence.EntityManager em, int size) {
        int half = size / 2;
        int every = size / 20;
        em.createNativeQuery("INSERT INTO search_entry (kind, ref, kind_order, title, path, happened_at, body, id) "
                + "SELECT CASE WHEN X < " + half + " THEN 'notes' ELSE 'minutes' END, CAST(X AS VARCHAR), "
                + "CASE WHEN X < " + half + " THEN 10 ELSE 20 END, "
                + "CASE WHEN MOD(X, " + every + ") = 7 THEN 'Les jardins partagés n° ' ELSE 'Compte rendu n° ' END || X, "
                + "'/notes/' || X, DATEADD(SECOND, X, TIMESTAMP '2026-01-01 00:00:00'), 'texte', X + 1 "
                + "FROM SYSTEM_RANGE(0, " + (size - 1) + ")").executeUpdate();
        em.createNativeQuery("INSERT INTO search_stem (stem, entry) SELECT 'mot' || MOD(X * 31 + K * 977, 5000), X + 1 "
                + "FROM SYSTEM_RANGE(0, " + (size - 1) + ") CROSS JOIN (SELECT X AS K FROM SYSTEM_RANGE(1, 5))").executeUpdate();
        em.createNativeQuery("INSERT INTO search_stem (stem, entry) SELECT 'partag', X + 1 FROM SYSTEM_RANGE(0, " + (size - 1) + ") "
                + "WHERE MOD(X, 2) = 0 OR MOD(X, " + every + ") = 7").executeUpdate();
        em.createNativeQuery("INSERT INTO search_stem (stem, entry) SELECT 'jardin', X + 1 FROM SYSTEM_RANGE(0, " + (size - 1) + ") "
                + "WHERE MOD(X, " + every + ") = 7").executeUpdate();
    }

    private static SearchIndex index(jakarta.persistence.EntityManager em) {
        SearchIndex index = new SearchIndex();
        BothDatabases.giveEntityManager(em, index);
        return index;
    }

    /** {@code count} entries of a kind, numbered from {@code from}: a few words of a vocabulary of 5,000 each. */
    private static SearchSource source(SearchKind kind, int count, int from) {
        return new SearchSource() {
            public SearchKind kind() {
                return kind;
            }

            public List<SearchEntry> entries() {
                return IntStream.range(from, from + count).mapToObj(i -> new SearchEntry(String.valueOf(i), null,
                        (i % (count / 10) == 7 ? "Les jardins partagés n° " : "Compte rendu n° ") + i, "/notes/" + i,
                        Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i), filler(i))).toList();
            }
        };
    }

    private static String filler(int i) {
        List<String> words = new ArrayList<>();
        for (int k = 1; k <= 20; k++) {
            words.add(word((i * 31 + k * 977) % 5000));
        }
        return String.join(" ", words) + (i % 2 == 0 ? " partagé" : "");
    }

    private static String word(int n) {
        StringBuilder word = new StringBuilder("mot");
        for (int v = n; v > 0; v /= 26) {
            word.append((char) ('a' + v % 26));
        }
        return word.toString();
    }

    private static String explain(Connection connection, SearchIndex.Statement statement) throws SQLException {
        // EclipseLink turns the numbered ?n into JDBC's ?; the parameters come in their order
        String sql = statement.sql().replaceAll("\\?\\d+", "?");
        try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql)) {
            for (int i = 0; i < statement.parameters().size(); i++) {
                explain.setObject(i + 1, statement.parameters().get(i));
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }

    private static JdbcDataSource freshH2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1");
        return h2;
    }
}
