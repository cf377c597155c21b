package fr.chambery.cqc.bench;

import fr.chambery.cqc.bench.dataset.DatasetSize;
import fr.chambery.cqc.bench.dataset.DatasetSlice;
import fr.chambery.cqc.bench.dataset.DatasetSlices;
import fr.chambery.cqc.bench.dataset.GeneratedSpaces;
import fr.chambery.cqc.bench.dataset.SpaceSlugs;
import fr.chambery.cqc.bench.load.SameRun;
import fr.chambery.cqc.bench.load.Target;
import fr.chambery.cqc.bench.load.Targets;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the kit measures comes from the core's declaration and the components' slices: together they name every
 * request the kit named itself before (the lists below are those Bench held, copied as they were), in the order of
 * the declarations, and a new slice's targets are measured with no change to the kit.
 */
class MeasuredTargetsTest {

    /** Bench's publicTargets(false) and SearchFigures.QUERIES, as they were. */
    private static final List<Target> PUBLIC_AT_EVERY_SIZE = List.of(
            Target.page("assemblies"),
            Target.page("assemblies/conseils-de-quartier-citoyens"),
            Target.page("assemblies/bissy"),
            Target.page("assemblies/bissy?association=jardin&theme=Environnement"),
            Target.page("assemblies/conseils-de-quartier-citoyens/meetings?when=all&type=PLENIERE"),
            Target.page("assemblies/conseils-de-quartier-citoyens/meetings?when=past&council=bissy"),
            Target.page("assemblies/conseils-de-quartier-citoyens/documents"),
            Target.page("assemblies/conseils-de-quartier-citoyens/documents?q=reunion"),
            Target.page("search?q=reunion"),
            Target.page("search?q=jardins&kind=associations"),
            Target.api("api/assemblies"),
            Target.api("api/assemblies?parent=conseils-de-quartier-citoyens"),
            Target.api("api/assemblies/conseils-de-quartier-citoyens"),
            Target.api("api/assemblies/conseils-de-quartier-citoyens/meetings?when=upcoming"),
            Target.api("api/assemblies/bissy/associations?q=jardin"),
            Target.api("api/search?q=jardin"),
            Target.page("assemblies/bissy/fabrique/programme"),
            Target.api("api/assemblies/bissy/subjects"),
            Target.api("api/assemblies/bissy/programme"),
            Target.api("api/search?q=conseil"),
            Target.api("api/search?q=laurier"),
            Target.api("api/search?q=animation+reunion"),
            Target.api("api/search?q=pleniere"));

    /** Bench's targets(): the back office, signed in. */
    private static final List<Target> BACK_OFFICE = List.of(
            Target.backOffice("admin/"),
            Target.backOffice("admin/?parent=conseils-de-quartier-citoyens"));

    /** Bench's FABRIQUE_PAIRS, as they were. */
    private static final String[][] FABRIQUE_PAIRS = {
            {"assemblies/bissy", "assemblies/reseau-50-cqc-1"},
            {"assemblies/bissy/fabrique/programme", "assemblies/reseau-50-cqc-1/fabrique/programme"},
            {"api/assemblies/bissy/subjects", "api/assemblies/reseau-50-cqc-1/subjects"},
            {"api/assemblies/bissy/programme", "api/assemblies/reseau-50-cqc-1/programme"}};

    /** Bench's publicTargets(true) beyond the demo's: the pairs' generated side, then these. */
    private static final List<Target> GENERATED = List.of(
            Target.page("assemblies/reseau-50-cqc-1"),
            Target.page("assemblies/reseau-50-cqc-1/fabrique/programme"),
            Target.api("api/assemblies/reseau-50-cqc-1/subjects"),
            Target.api("api/assemblies/reseau-50-cqc-1/programme"),
            Target.page("assemblies/reseau-50"),
            Target.page("assemblies/reseau-50-cqc-3"),
            Target.page("assemblies/reseau-50-cqc-3?association=club"),
            Target.page("assemblies/reseau-50/meetings?when=all"),
            Target.page("assemblies/reseau-50/documents"),
            Target.api("api/assemblies/reseau-50-cqc-3/associations?q=club"));

    /** StaticComparison.PAGES, as they were. */
    private static final List<Target> BESIDE_NGINX = List.of(
            Target.page("assemblies/conseils-de-quartier-citoyens"),
            Target.page("assemblies/bissy"),
            Target.page("assemblies/conseils-de-quartier-citoyens/meetings"),
            Target.page("assemblies/conseils-de-quartier-citoyens/documents"),
            Target.api("api/assemblies/conseils-de-quartier-citoyens"));

    private static MeasuredTargets at(DatasetSize size) {
        return MeasuredTargets.of(new SpaceSlugs(size.counts()));
    }

    @Test
    void atX1TheDeclarationsNameTheDemosPagesAndTheBackOfficeTheKitListedItself() {
        assertThat(at(DatasetSize.X1).measured(false)).containsExactlyInAnyOrderElementsOf(PUBLIC_AT_EVERY_SIZE);
        assertThat(at(DatasetSize.X1).measured(true))
                .containsExactlyInAnyOrderElementsOf(Stream.concat(PUBLIC_AT_EVERY_SIZE.stream(), BACK_OFFICE.stream()).toList());
        assertThat(at(DatasetSize.X1).sameRun()).as("no generated space to compare with").isEmpty();
    }

    @Test
    void atX100TheyAddTheGeneratedPagesTheKitListedItselfNamedFromTheGeneratorsSlugs() {
        List<Target> expected = new ArrayList<>(PUBLIC_AT_EVERY_SIZE);
        expected.addAll(BACK_OFFICE);
        expected.addAll(GENERATED);
        assertThat(at(DatasetSize.X100).measured(true)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(at(DatasetSize.X100).measured(false)).doesNotContainAnyElementsOf(BACK_OFFICE).hasSize(expected.size() - BACK_OFFICE.size());
    }

    @Test
    void theSameRunTableIsTheFabriquesPairsWithItsTitle() {
        List<SameRun> tables = at(DatasetSize.X100).sameRun();
        assertThat(tables).singleElement().satisfies(table -> {
            assertThat(table.title()).isEqualTo("Fabrique: the demo's Bissy beside a council of 1,000 subjects and 10,000 supports, same run");
            assertThat(table.demo()).isEqualTo("Bissy");
            assertThat(table.pairs()).extracting(p -> List.of(p.demo().path(), p.generated().path()))
                    .containsExactly(Stream.of(FABRIQUE_PAIRS).map(List::of).toArray(List[]::new));
        });
    }

    @Test
    void besideNginxTheCoresAssemblyPageComesFirstForLighthouseThenTheComponentsLists() {
        for (DatasetSize size : DatasetSize.values()) {
            assertThat(at(size).besideStatic()).as(size.label()).containsExactlyInAnyOrderElementsOf(BESIDE_NGINX)
                    .first().isEqualTo(Target.page("assemblies/conseils-de-quartier-citoyens"));
        }
    }

    @Test
    void theOrderIsTheCoresThenEachSlicesInTheirOrderTheDemosRequestsBeforeTheGeneratedOnes() {
        SpaceSlugs slugs = new SpaceSlugs(DatasetSize.X100.counts());
        List<Targets> declarations = new ArrayList<>(List.of(CoreTargets.of(slugs)));
        DatasetSlices.all().forEach(slice -> declarations.add(slice.targets(slugs)));
        List<Target> measured = at(DatasetSize.X100).measured(true);

        assertThat(measured).isEqualTo(at(DatasetSize.X100).measured(true)).doesNotHaveDuplicates();
        assertThat(measured.subList(0, CoreTargets.of(slugs).everySize().size())).isEqualTo(CoreTargets.of(slugs).everySize());
        int lastDemo = Stream.concat(PUBLIC_AT_EVERY_SIZE.stream(), BACK_OFFICE.stream()).mapToInt(measured::indexOf).max().orElseThrow();
        int firstGenerated = GENERATED.stream().mapToInt(measured::indexOf).min().orElseThrow();
        assertThat(lastDemo).isLessThan(firstGenerated);
        List<Integer> declarers = measured.stream().map(target -> declarerOf(target, declarations)).toList();
        assertThat(declarers.subList(0, firstGenerated)).isSorted();
        assertThat(declarers.subList(firstGenerated, declarers.size())).isSorted();
    }

    @Test
    void theDemosDirectoryTheKitAwaitedBeforeLoadingIsAwaitedThroughTheSlices() {
        assertThat(DatasetSlices.all().stream().flatMap(slice -> slice.awaitedBeforeLoading().stream()))
                .singleElement().satisfies(awaited -> {
                    assertThat(awaited.target()).isEqualTo(Target.api("api/assemblies/bissy/associations"));
                    assertThat(awaited.answerContains()).isEqualTo("\"name\"");
                });
    }

    @Test
    void aNewComponentsSliceIsMeasuredWithNoChangeToTheKit() {
        DatasetSlice petitions = new DatasetSlice() {
            @Override
            public Declaration declaration() {
                return new Declaration("petition", "petitions", EnumSet.of(GeneratedSpaces.Kind.COUNCIL), 60, Map.of());
            }

            @Override
            public int load(Connection db, GeneratedSpaces spaces, int count, Random random) {
                return 0;
            }

            @Override
            public Targets targets(SpaceSlugs slugs) {
                return new Targets(List.of(Target.page("assemblies/bissy/petitions")),
                        List.of(Target.api("api/assemblies/" + slugs.middleCouncil() + "/petitions")),
                        List.of(Target.page("assemblies/bissy/petitions")), List.of());
            }
        };
        MeasuredTargets measured = new MeasuredTargets(new SpaceSlugs(DatasetSize.X100.counts()), List.of(petitions));

        assertThat(measured.measured(false)).contains(Target.page("assemblies/bissy/petitions"),
                Target.api("api/assemblies/reseau-50-cqc-3/petitions")).endsWith(Target.api("api/assemblies/reseau-50-cqc-3/petitions"));
        assertThat(measured.besideStatic()).endsWith(Target.page("assemblies/bissy/petitions"));
    }

    /** The first declaration naming the target (0: the core's, then the slices in their order). */
    private static int declarerOf(Target target, List<Targets> declarations) {
        for (int i = 0; i < declarations.size(); i++) {
            Targets t = declarations.get(i);
            if (t.atEverySize().contains(target) || t.whenGenerated().contains(target)) {
                return i;
            }
        }
        throw new AssertionError(target + " comes from no declaration");
    }
}
