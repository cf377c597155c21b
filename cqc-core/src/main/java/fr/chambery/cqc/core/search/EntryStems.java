package fr.chambery.cqc.core.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The embedded database's word index ({@code search_stem}, H2's migration V20): one row per stem of each
 * entry, its primary key (stem, entry) the index a search reads. Written during a rebuild in JDBC batches of
 * {@value #ROWS_PER_BATCH} rows on the transaction's own connection (EclipseLink's native queries handle a
 * statement of many parameters in a time that grows with their square); read by a condition requiring each stem
 * of the query, every stem a bound parameter.
 */
final class EntryStems {

    static final int ROWS_PER_BATCH = 1_000;

    private final EntityManager em;
    private final List<String> stems = new ArrayList<>();
    private final List<Long> entries = new ArrayList<>();

    EntryStems(EntityManager em) {
        this.em = em;
    }

    /** The stems of the entry numbered {@code entry}; written when enough wait, or at {@link #flush()}. */
    void add(long entry, Set<String> entryStems) {
        for (String stem : entryStems) {
            stems.add(stem);
            entries.add(entry);
            if (stems.size() == ROWS_PER_BATCH) {
                flush();
            }
        }
    }

    /** Writes the rows still waiting, in the caller's transaction. */
    void flush() {
        if (stems.isEmpty()) {
            return;
        }
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO search_stem (stem, entry) VALUES (?, ?)")) {
            for (int i = 0; i < stems.size(); i++) {
                insert.setString(1, stems.get(i));
                insert.setLong(2, entries.get(i));
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("Cannot write the stems of the search index", e);
        }
        stems.clear();
        entries.clear();
    }

    /**
     * The condition on {@code search_entry} that its row holds every stem, each stem read through the index of
     * {@code search_stem}; the stems' values are appended to {@code parameters}, numbered after those already
     * there. The entries of one stem are walked ({@code id IN}: the longest stem, the rarest most often), and each
     * is checked to hold the others by a lookup of (stem, entry) ({@code EXISTS}), so that a common word of the
     * query costs a lookup per entry of the rare one rather than a read of all its own entries.
     */
    static String holdingAll(Set<String> stems, List<Object> parameters) {
        List<String> ordered = stems.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder())).toList();
        StringBuilder where = new StringBuilder();
        for (String stem : ordered) {
            parameters.add(stem);
            int n = parameters.size();
            where.append(where.isEmpty()
                    ? "id IN (SELECT entry FROM search_stem WHERE stem = ?" + n + ")"
                    : " AND EXISTS (SELECT 1 FROM search_stem WHERE stem = ?" + n + " AND entry = search_entry.id)");
        }
        return where.toString();
    }
}
