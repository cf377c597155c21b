package fr.chambery.cqc.bench.dataset;

import fr.chambery.cqc.bench.load.Awaited;
import fr.chambery.cqc.bench.load.Targets;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A component's share of the benchmark dataset: the rows of its own tables, spread over the generated
 * spaces, as a component's {@code DemoSeed} is its share of the demo. {@link DatasetGenerator} creates the
 * spaces, enables on each the components whose slices ask for its kind, then runs the slices in their
 * order; it names no component.
 *
 * <h2>Usage</h2>
 * One implementation per feature, in {@code fr.chambery.cqc.bench.dataset.{feature}}, listed in
 * {@code META-INF/services/fr.chambery.cqc.bench.dataset.DatasetSlice} (found by {@link java.util.ServiceLoader}):
 * <pre>
 * public final class MeetingsSlice implements DatasetSlice {
 *     public Declaration declaration() {
 *         return new Declaration("meeting", MeetingsComponent.KEY, EnumSet.allOf(GeneratedSpaces.Kind.class), 10,
 *                 Map.of(DatasetSize.X100, 50_000)); // table, component, spaces, order, rows per size
 *     }
 *     public int load(Connection db, GeneratedSpaces spaces, int count, Random random) throws SQLException { ... }
 *     public Targets targets(SpaceSlugs slugs) { // what ./cqc bench measures of the component
 *         return new Targets(List.of(Target.page("assemblies/" + SpaceSlugs.DEMO_NETWORK + "/meetings?when=all")),
 *                 List.of(Target.page("assemblies/" + slugs.middleNetwork() + "/meetings?when=all")),
 *                 List.of(Target.page("assemblies/" + SpaceSlugs.DEMO_NETWORK + "/meetings")), List.of());
 *     }
 * }
 * </pre>
 * The kit ({@code Bench}) measures the core's targets, then each slice's in the slices' order, and names no component.
 */
public interface DatasetSlice {

    /**
     * What the generator needs to know of a slice: the table it fills (which names it in the counts and the
     * summary), its component's key, the kinds of generated space on which the component is enabled, its
     * place among the slices (smallest first: a slice reading another's rows comes after it), and how many
     * rows each documented size adds around the demo (none for a size not named).
     */
    record Declaration(String table, String componentKey, Set<GeneratedSpaces.Kind> enabledOn, int order,
                       Map<DatasetSize, Integer> rows) {

        public Declaration {
            enabledOn = Set.copyOf(enabledOn);
            rows = Map.copyOf(rows);
        }

        public int rowsAt(DatasetSize size) {
            return rows.getOrDefault(size, 0);
        }
    }

    Declaration declaration();

    /**
     * Writes {@code count} rows over the generated spaces in JDBC batches, drawing every value from
     * {@code random} (the generator's seeded one); answers how many rows it wrote.
     */
    int load(Connection db, GeneratedSpaces spaces, int count, Random random) throws SQLException;

    /**
     * The pages and API calls of the component the kit measures (its rows in the main and flat-cost tables, beside
     * nginx, and its same-run tables), the generated ones named from {@code slugs}; nothing by default.
     */
    default Targets targets(SpaceSlugs slugs) {
        return Targets.NONE;
    }

    /** What the kit waits for after the first start, before loading: the component's demo content filled in after start-up; nothing by default. */
    default List<Awaited> awaitedBeforeLoading() {
        return List.of();
    }
}
