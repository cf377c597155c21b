package fr.chambery.cqc.bench;

import fr.chambery.cqc.bench.dataset.DatasetSize;
import fr.chambery.cqc.bench.load.Figures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The flat-cost check of the kit: a larger dataset's figures beside those of the last x1 run on the same
 * database, page by page: sequential p50 and its ratio (the target is 1.2 or less), SQL statements per
 * request (the target is the same number). Printed, never asserted.
 */
final class Comparison {

    private Comparison() {
    }

    static void save(List<Figures> figures, Path file) throws IOException {
        StringBuilder out = new StringBuilder();
        for (Figures f : figures) {
            out.append(f.target().label()).append('\t').append(f.sequentialP50()).append('\t').append(f.sqlPerRequest()).append('\n');
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
    }

    static void print(Path baseline, List<Figures> figures, DatasetSize size) throws IOException {
        if (!Files.isRegularFile(baseline)) {
            System.out.println("\n(no x1 figures on this database yet: run ./cqc bench x1 first to compare)");
            return;
        }
        Map<String, double[]> x1 = new HashMap<>();
        for (String line : Files.readAllLines(baseline)) {
            String[] cells = line.split("\t");
            x1.put(cells[0], new double[] {Double.parseDouble(cells[1]), Double.parseDouble(cells[2])});
        }
        System.out.printf("%nFlat cost: %s against the last x1 run (%s)%n", size.label(), baseline.getFileName());
        System.out.printf("%-66s %9s %9s %7s %8s %8s%n", "request", "x1 p50", size.label() + " p50", "ratio", "x1 SQL", size.label() + " SQL");
        for (Figures f : figures) {
            double[] base = x1.get(f.target().label());
            if (base != null) {
                System.out.printf("%-66s %9.2f %9.2f %7.2f %8.1f %8.1f%n", f.target().label(), base[0], f.sequentialP50(),
                        f.sequentialP50() / base[0], base[1], f.sqlPerRequest());
            }
        }
    }
}
