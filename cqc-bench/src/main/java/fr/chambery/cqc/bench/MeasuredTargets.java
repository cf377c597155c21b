package fr.chambery.cqc.bench;

import fr.chambery.cqc.bench.dataset.DatasetSlice;
import fr.chambery.cqc.bench.dataset.DatasetSlices;
import fr.chambery.cqc.bench.dataset.SpaceSlugs;
import fr.chambery.cqc.bench.load.SameRun;
import fr.chambery.cqc.bench.load.Target;
import fr.chambery.cqc.bench.load.Targets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Everything the kit measures at a size, gathered from the core's declaration ({@link CoreTargets}) and each
 * component's {@link DatasetSlice#targets}: the core first, then the slices in their declared order
 * ({@link DatasetSlices#all()}), each in the order it lists its targets; a request two of them name is measured once,
 * where it first comes. Names no component.
 */
final class MeasuredTargets {

    private final SpaceSlugs slugs;
    private final List<Targets> declared;

    MeasuredTargets(SpaceSlugs slugs, List<DatasetSlice> slices) {
        this.slugs = slugs;
        this.declared = Stream.concat(Stream.of(CoreTargets.of(slugs)), slices.stream().map(slice -> slice.targets(slugs))).toList();
    }

    /** The targets of the size's spaces, from the slices on the class path. */
    static MeasuredTargets of(SpaceSlugs slugs) {
        return new MeasuredTargets(slugs, DatasetSlices.all());
    }

    /** The main table's requests: every declaration's at every size, then, when the size generates spaces, their generated ones. */
    List<Target> measured(boolean signedIn) {
        Stream<Target> all = Stream.concat(gathered(Targets::atEverySize), slugs.generated() ? gathered(Targets::whenGenerated) : Stream.of());
        return distinct(all.filter(target -> signedIn || !target.signedIn()));
    }

    /** The pages measured beside nginx; the first is the core's assembly page. */
    List<Target> besideStatic() {
        return distinct(gathered(Targets::besideStatic));
    }

    /** The same-run tables (printed when the size generates spaces). */
    List<SameRun> sameRun() {
        return declared.stream().flatMap(t -> t.sameRun().stream()).toList();
    }

    private Stream<Target> gathered(Function<Targets, List<Target>> part) {
        return declared.stream().flatMap(t -> part.apply(t).stream());
    }

    private static List<Target> distinct(Stream<Target> targets) {
        Map<String, Target> byLabel = new LinkedHashMap<>();
        targets.forEach(target -> byLabel.putIfAbsent(target.label(), target));
        return List.copyOf(byLabel.values());
    }
}
