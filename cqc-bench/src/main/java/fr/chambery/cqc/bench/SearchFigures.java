package fr.chambery.cqc.bench;

import fr.chambery.cqc.bench.dataset.DatasetSize;
import fr.chambery.cqc.bench.load.Target;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The site search at x1 and at x100, on each database the kit runs on: for the representative queries (a common
 * word, a rare word, two words, a word with an accent typed without it) and the search pages, the sequential p50
 * and SQL statements per request of the last run of each size, and their ratio (the target: the same statements,
 * and at most 2× the time). Read from the figures each run saves; printed, never asserted.
 */
final class SearchFigures {

    /** The queries, through the API (what a program and the header's field ask) at every size. */
    static final List<Target> QUERIES = List.of(
            Target.api("api/search?q=conseil"),
            Target.api("api/search?q=laurier"),
            Target.api("api/search?q=animation+reunion"),
            Target.api("api/search?q=pleniere"));

    static final List<String> DATABASES = List.of("h2", "postgresql");

    private SearchFigures() {
    }

    /** Whether the kit's search section shows this request. */
    static boolean isSearch(String label) {
        return label.startsWith("search?") || label.startsWith("api/search?");
    }

    /** The lines to print, from the figures saved in {@code directory} ({@code x1-h2-figures.tsv} and the like). */
    static List<String> lines(Path directory) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("Search: x1 against x100 on each database (the last run of each; the target: the same SQL, at most 2x the time)");
        lines.add(String.format("%-10s %-40s %9s %9s %7s %8s %8s", "database", "request", "x1 p50", "x100 p50", "ratio", "x1 SQL", "x100 SQL"));
        for (String database : DATABASES) {
            Path x1 = figuresOf(directory, DatasetSize.X1, database);
            Path x100 = figuresOf(directory, DatasetSize.X100, database);
            if (!Files.isRegularFile(x1) || !Files.isRegularFile(x100)) {
                lines.add(String.format("%-10s (no %s run on %s yet: ./cqc bench %s --database %s)", database,
                        Files.isRegularFile(x1) ? "x100" : "x1", database, Files.isRegularFile(x1) ? "x100" : "x1", database));
                continue;
            }
            Map<String, double[]> small = read(x1);
            Map<String, double[]> large = read(x100);
            for (Map.Entry<String, double[]> row : small.entrySet()) {
                double[] at100 = large.get(row.getKey());
                if (isSearch(row.getKey()) && at100 != null) {
                    double[] at1 = row.getValue();
                    lines.add(String.format("%-10s %-40s %9.2f %9.2f %7.2f %8.1f %8.1f", database, row.getKey(), at1[0], at100[0],
                            at100[0] / at1[0], at1[1], at100[1]));
                }
            }
        }
        return lines;
    }

    static Path figuresOf(Path directory, DatasetSize size, String database) {
        return directory.resolve(size.label() + "-" + database + "-figures.tsv");
    }

    /** A run's figures by request, in its order: p50 and SQL per request ({@link Comparison#save}'s lines). */
    private static Map<String, double[]> read(Path file) throws IOException {
        Map<String, double[]> figures = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] cells = line.split("\t");
            if (cells.length == 3) {
                figures.put(cells[0], new double[] {Double.parseDouble(cells[1]), Double.parseDouble(cells[2])});
            }
        }
        return figures;
    }
}
