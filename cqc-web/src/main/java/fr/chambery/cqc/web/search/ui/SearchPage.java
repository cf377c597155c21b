package fr.chambery.cqc.web.search.ui;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.AssemblyCatalog;
import fr.chambery.cqc.core.search.SearchHit;
import fr.chambery.cqc.core.search.SearchKind;
import fr.chambery.cqc.core.search.SearchQuery;
import fr.chambery.cqc.core.search.SearchRefusal;
import fr.chambery.cqc.core.search.SearchResults;
import fr.chambery.cqc.core.search.SiteSearch;
import fr.chambery.cqc.web.ui.Language;
import fr.chambery.cqc.web.ui.PageNumber;
import fr.chambery.cqc.web.ui.RefusalMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code /search?q=…&space=…&kind=…&page=…}: one search across everything public, results grouped by kind,
 * filtered by space and kind, paged. A query the search refuses (empty, too long...) is said beside the field.
 */
@Named
@RequestScoped
public class SearchPage {

    static final int PAGE_SIZE = 20;

    /** The results of one kind on this page, with that kind's count for the whole search. */
    public record Group(SearchKind kind, long count, List<SearchHit> hits) {
    }

    @Inject
    SiteSearch search;

    @Inject
    AssemblyCatalog spaces;

    @Inject
    Language language;

    @Inject
    @Param(name = "q")
    String q;

    @Inject
    @Param(name = "space")
    String space;

    @Inject
    @Param(name = "kind")
    String kind;

    @Inject
    @Param(name = "page")
    String page;

    private SearchResults results;
    private String refusal;
    private Assembly chosenSpace;

    public void load() {
        if (q == null) {
            return;
        }
        try {
            chosenSpace = space == null || space.isBlank() ? null : spaces.visible(space.strip()).orElse(null);
            Optional<String> onlyKind = Optional.ofNullable(kind).filter(k -> !k.isBlank())
                    .filter(k -> search.kinds().stream().anyMatch(known -> known.key().equals(k)));
            results = search.search(SearchQuery.of(q, Optional.ofNullable(chosenSpace).map(Assembly::id), onlyKind),
                    PageNumber.of(page), PAGE_SIZE);
        } catch (SearchRefusal e) {
            refusal = RefusalMessages.text(e, language.getLocale());
        }
    }

    public String getQuery() {
        return q == null ? "" : q.strip();
    }

    public boolean isSearched() {
        return results != null;
    }

    public String getRefusal() {
        return refusal;
    }

    public SearchResults getResults() {
        return results;
    }

    public String getSpace() {
        return chosenSpace == null ? "" : chosenSpace.slug();
    }

    public String getKind() {
        return results == null ? "" : results.query().kind().orElse("");
    }

    public List<SearchKind> getKinds() {
        return search.kinds();
    }

    /** The spaces to filter by: the visible top-level ones and their visible sub-spaces. */
    public List<Assembly> getSpaces() {
        List<Assembly> all = new ArrayList<>();
        for (Assembly top : spaces.topLevel(1, 100).items()) {
            all.add(top);
            all.addAll(spaces.visibleDescendantsOf(top));
        }
        return all;
    }

    public long count(String kindKey) {
        return results == null ? 0 : results.countsByKind().getOrDefault(kindKey, 0L);
    }

    /** This page's results, by kind in the kinds' order. */
    public List<Group> getGroups() {
        List<Group> groups = new ArrayList<>();
        if (results == null) {
            return groups;
        }
        for (SearchKind k : search.kinds()) {
            List<SearchHit> hits = results.page().items().stream().filter(h -> h.kind().equals(k.key())).toList();
            if (!hits.isEmpty()) {
                groups.add(new Group(k, count(k.key()), hits));
            }
        }
        return groups;
    }

    /** The query string of this search with another kind (empty for all) and the first page. */
    public String withKind(String kindKey) {
        return "q=" + encode(getQuery()) + (getSpace().isEmpty() ? "" : "&space=" + encode(getSpace()))
                + (kindKey == null || kindKey.isEmpty() ? "" : "&kind=" + encode(kindKey));
    }

    /** The query string of this search at another page. */
    public String atPage(int number) {
        return withKind(getKind()) + "&page=" + number;
    }

    /** The result's space, or null (EL reads an {@code Optional}'s content, not the {@code Optional}). */
    public String spaceTitle(SearchHit hit) {
        return hit.spaceTitle().orElse(null);
    }

    /** The result's date, or null. */
    public Instant date(SearchHit hit) {
        return hit.date().orElse(null);
    }

    public String day(Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.getLocale())
                .format(instant.atZone(ZoneId.of("Europe/Paris")));
    }

    public String iso(Instant instant) {
        return instant.atZone(ZoneId.of("Europe/Paris")).toLocalDate().toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
