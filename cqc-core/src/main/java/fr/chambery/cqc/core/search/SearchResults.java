package fr.chambery.cqc.core.search;

import fr.chambery.cqc.core.persistence.ResultPage;

import java.util.Map;

/**
 * One page of results, ordered by kind then newest first, and how many results each kind has for the same
 * words and space (the kind filter's counts).
 */
public record SearchResults(SearchQuery query, ResultPage<SearchHit> page, Map<String, Long> countsByKind) {

    public long total() {
        return countsByKind.values().stream().mapToLong(Long::longValue).sum();
    }
}
