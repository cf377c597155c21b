package fr.chambery.cqc.core.document;

import java.util.List;

/** What a space shows under « Documents à consulter »: its collections in order, then the other documents. */
public record SpaceDocuments(List<Collected> collections, List<DocumentEntry> others) {

    /** A collection with its published documents. */
    public record Collected(DocumentCollection collection, List<DocumentEntry> documents) {
    }

    public int count() {
        return others.size() + collections.stream().mapToInt(c -> c.documents().size()).sum();
    }

    public boolean isEmpty() {
        return count() == 0;
    }
}
