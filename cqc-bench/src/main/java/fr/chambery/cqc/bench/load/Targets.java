package fr.chambery.cqc.bench.load;

import java.util.List;
import java.util.stream.Stream;

/**
 * What one part of the application asks the kit to measure: the core's spaces, search and back office, or a
 * component through its {@code DatasetSlice}. The kit gathers them, core first and then the slices in their
 * order, and names no component itself.
 *
 * @param everySize    pages and API calls measured at every size (the demo's spaces): the main table, and the
 *                     flat-cost table that sets a larger size's figures beside the last x1 run's, request by request
 * @param generated    measured only when the size generates spaces (x100), named from the generator's slugs
 * @param besideStatic measured beside nginx serving the same bytes (wrk); the core's come first, and its first is
 *                     the page Lighthouse audits
 * @param sameRun      tables of a demo page beside the same page of a generated space, in one run; their targets are
 *                     measured with the others (the demo's at every size, the generated ones when generated)
 */
public record Targets(List<Target> everySize, List<Target> generated, List<Target> besideStatic, List<SameRun> sameRun) {

    /** Nothing to measure: a component whose pages the kit leaves alone. */
    public static final Targets NONE = new Targets(List.of(), List.of(), List.of(), List.of());

    public Targets {
        everySize = List.copyOf(everySize);
        generated = List.copyOf(generated);
        besideStatic = List.copyOf(besideStatic);
        sameRun = List.copyOf(sameRun);
    }

    /** What is measured at every size: {@link #everySize()}, then the demo's side of each same-run pair. */
    public List<Target> atEverySize() {
        return Stream.concat(everySize.stream(), sameRun.stream().flatMap(t -> t.pairs().stream()).map(SameRun.Pair::demo)).toList();
    }

    /** What is measured when spaces are generated: {@link #generated()}, then the generated side of each same-run pair. */
    public List<Target> whenGenerated() {
        return Stream.concat(generated.stream(), sameRun.stream().flatMap(t -> t.pairs().stream()).map(SameRun.Pair::generated)).toList();
    }
}
