package fr.chambery.cqc.bench.dataset;

import fr.chambery.cqc.bench.BenchUsageException;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The documented dataset sizes. {@code x1} is the Chambéry demo as the application loads it; {@code x100}
 * adds, around it, what one installation serving a hundred cities would hold: a hundred networks of seven
 * councils, and the rows each component's {@link DatasetSlice} declares for the size.
 */
public enum DatasetSize {

    X1(0, 0),
    X100(100, 7);

    private final int parents;
    private final int councilsPerParent;

    DatasetSize(int parents, int councilsPerParent) {
        this.parents = parents;
        this.councilsPerParent = councilsPerParent;
    }

    /** What the size adds around the demo: its spaces, and the rows each slice declares for it. */
    public DatasetCounts counts() {
        return new DatasetCounts(parents, councilsPerParent, DatasetSlices.all().stream()
                .map(DatasetSlice::declaration)
                .collect(Collectors.toMap(DatasetSlice.Declaration::table, declaration -> declaration.rowsAt(this))));
    }

    public String label() {
        return name().toLowerCase();
    }

    /** The size named {@code x1} or {@code x100} (any case); a clear refusal otherwise. */
    public static DatasetSize parse(String name) {
        return Arrays.stream(values()).filter(s -> s.label().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new BenchUsageException("Unknown dataset size « " + name + " »: the sizes are "
                        + Arrays.stream(values()).map(DatasetSize::label).collect(Collectors.joining(", ")) + "."));
    }
}
