package fr.chambery.cqc.bench.load;

import java.util.List;

/**
 * A table printed at x100: pages of a demo space beside the same pages of a generated space a slice loaded in full,
 * measured in the same run (sequential p50, their ratio, SQL statements per request).
 *
 * @param title what the table shows, printed above it
 * @param demo  the demo space's name, in the column headers
 * @param pairs the rows, in order
 */
public record SameRun(String title, String demo, List<Pair> pairs) {

    public SameRun {
        pairs = List.copyOf(pairs);
    }

    /** A demo page and its generated twin. */
    public record Pair(Target demo, Target generated) {
    }
}
