package fr.chambery.cqc.bench.dataset;

import fr.chambery.cqc.bench.BenchUsageException;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The documented dataset sizes. {@code x1} is the Chambéry demo as the application loads it; {@code x100}
 * adds, around it, what one installation serving a hundred cities would hold.
 */
public enum DatasetSize {

    X1(0, 0, 0, 0, 0, 0),
    X100(100, 7, 50_000, 20_000, 200_000, 100_000);

    private final DatasetCounts counts;

    DatasetSize(int parents, int councilsPerParent, int meetings, int documents, int associations, int members) {
        this.counts = new DatasetCounts(parents, councilsPerParent, meetings, documents, associations, members);
    }

    /** What the size adds around the demo. */
    public DatasetCounts counts() {
        return counts;
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
