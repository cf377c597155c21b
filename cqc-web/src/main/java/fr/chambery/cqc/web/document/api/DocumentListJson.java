package fr.chambery.cqc.web.document.api;

import java.util.List;

/**
 * A space's documents: its collections in order, each with its documents, then the documents outside
 * any collection; or, for a search, the matching documents in {@code results}.
 */
public record DocumentListJson(String space, String query, List<CollectionJson> collections,
                               List<DocumentJson> documents, List<DocumentJson> results) {

    public record CollectionJson(long id, String name, String description, List<DocumentJson> documents) {
    }
}
