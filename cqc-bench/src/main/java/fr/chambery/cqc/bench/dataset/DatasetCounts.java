package fr.chambery.cqc.bench.dataset;

/** How many of each the generator adds around the demo: parent assemblies, councils under each, and their content. */
public record DatasetCounts(int parents, int councilsPerParent, int meetings, int documents, int associations, int members) {

    public boolean isEmpty() {
        return parents == 0;
    }
}
