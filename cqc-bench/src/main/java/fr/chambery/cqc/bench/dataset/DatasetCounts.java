package fr.chambery.cqc.bench.dataset;

import java.util.Map;

/**
 * How many of each the generator adds around the demo: parent assemblies, councils under each, and the
 * rows of each slice, by its table.
 */
public record DatasetCounts(int parents, int councilsPerParent, Map<String, Integer> rows) {

    public DatasetCounts {
        rows = Map.copyOf(rows);
    }

    public boolean isEmpty() {
        return parents == 0;
    }

    /** The rows the slice of that table adds (none when not said). */
    public int rowsOf(String table) {
        return rows.getOrDefault(table, 0);
    }
}
