package fr.chambery.cqc.core.search;

import java.util.List;

/**
 * What a component (or the shell, for the spaces) contributes to the site search: one {@code @ApplicationScoped}
 * bean implementing this, found by {@link SearchSources}; the search names no kind.
 *
 * <h2>Usage</h2>
 * <pre>
 * &#64;ApplicationScoped
 * public class MeetingsPublicContent implements SearchSource {
 *     public SearchKind kind() {
 *         return new SearchKind("meetings", "search.kind.meetings", 20);
 *     }
 *     public List&lt;SearchEntry&gt; entries() {
 *         return ...; // the published meetings of the visible spaces that enable meetings
 *     }
 * }
 * </pre>
 * {@link #entries()} is read in the background when the data changes, never on a visitor's request: it must
 * hold only what the public may see (published things of visible spaces that enable the component, never
 * a member's data).
 */
public interface SearchSource {

    SearchKind kind();

    /** Every entry the public may see now. */
    List<SearchEntry> entries();
}
