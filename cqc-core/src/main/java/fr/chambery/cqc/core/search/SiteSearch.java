package fr.chambery.cqc.core.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * One search across everything public: the spaces and what their components contribute ({@link SearchSource}).
 * Visitors read the index; it is rebuilt in the background ({@link PublicContentSchedule}).
 */
@ApplicationScoped
public class SiteSearch {

    /** Results per page at most, for the API's {@code size}. */
    public static final int MAX_PAGE_SIZE = 50;

    @Inject
    SearchIndex index;

    @Inject
    SearchSources sources;

    /** A page of results; a {@link SearchRefusal} for a kind no component declares. */
    public SearchResults search(SearchQuery query, int page, int size) {
        query.kind().ifPresent(kind -> sources.kind(kind).orElseThrow(() -> new SearchRefusal("refusal.search.unknownKind", kind)));
        return index.find(query, page, Math.max(1, Math.min(MAX_PAGE_SIZE, size)));
    }

    public List<SearchKind> kinds() {
        return sources.kinds();
    }

    /** The public pages for the sitemap, at most {@code max}. */
    public List<String> publicPaths(int max) {
        return index.paths(max);
    }

    @Transactional
    public void rebuild() {
        index.rebuild(sources.all());
    }
}
