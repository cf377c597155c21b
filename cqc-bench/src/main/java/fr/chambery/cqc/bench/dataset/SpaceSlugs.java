package fr.chambery.cqc.bench.dataset;

/**
 * The slugs of the spaces whose pages the kit measures: the demo's network and its council Bissy (the
 * application's demo, at every size), and the spaces {@link DatasetGenerator} creates for a size ({@code reseau-P}
 * and its councils {@code reseau-P-cqc-C}), so that a slice names a generated page from the generator's own naming.
 */
public record SpaceSlugs(DatasetCounts counts) {

    /** The demo's network of councils. */
    public static final String DEMO_NETWORK = "conseils-de-quartier-citoyens";
    /** The demo's council with the most content. */
    public static final String DEMO_COUNCIL = "bissy";

    /** The {@code p}-th generated network (from 1). */
    public static String parent(int p) {
        return "reseau-" + p;
    }

    /** The {@code c}-th council (from 1) of the {@code p}-th generated network. */
    public static String council(int p, int c) {
        return parent(p) + "-cqc-" + c;
    }

    /** Whether the size generates spaces at all (x1 does not: the demo alone). */
    public boolean generated() {
        return !counts.isEmpty();
    }

    /** The network in the middle of the generated ones ({@code reseau-50} at x100). */
    public String middleNetwork() {
        return parent(middleParent());
    }

    /** The council in the middle of the middle network ({@code reseau-50-cqc-3} at x100). */
    public String middleCouncil() {
        return council(middleParent(), counts.councilsPerParent() / 2);
    }

    /** The generated council at {@code index} in the generator's order (each network's councils in turn), from 0. */
    public String councilAt(int index) {
        return council(index / counts.councilsPerParent() + 1, index % counts.councilsPerParent() + 1);
    }

    /** The index, in the generator's order, of the middle network's first council. */
    public int middleNetworksFirstCouncil() {
        return (middleParent() - 1) * counts.councilsPerParent();
    }

    private int middleParent() {
        return counts.parents() / 2;
    }
}
