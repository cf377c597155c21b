package fr.chambery.cqc.bench.dataset;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

/** The slices on the class path ({@link ServiceLoader}), in their order; two slices of one table refused. */
public final class DatasetSlices {

    private DatasetSlices() {
    }

    public static List<DatasetSlice> all() {
        List<DatasetSlice> slices = ServiceLoader.load(DatasetSlice.class).stream().map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparingInt((DatasetSlice slice) -> slice.declaration().order())
                        .thenComparing(slice -> slice.declaration().table())).toList();
        Set<String> tables = new HashSet<>();
        for (DatasetSlice slice : slices) {
            if (!tables.add(slice.declaration().table())) {
                throw new IllegalStateException("Two dataset slices fill the table " + slice.declaration().table());
            }
        }
        return slices;
    }
}
