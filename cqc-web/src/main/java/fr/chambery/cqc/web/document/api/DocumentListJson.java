package fr.chambery.cqc.web.document.api;

import java.util.List;

/**
 * One page of a space's documents, as every list pages ({@code PageJson}): in {@code items}, the
 * documents in their public order (each collection's in turn, then those outside any collection), each
 * naming its collection; or, for a search ({@code query}), the matching documents. Outside a search,
 * {@code collections} lists the space's collections in order.
 */
public record DocumentListJson(String space, String query, List<CollectionJson> collections,
                               List<DocumentJson> items, int page, int size, long total, int pages) {

    public record CollectionJson(long id, String name, String description) {
    }
}
