package fr.chambery.cqc.core.search;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Every {@link SearchSource} deployed, in the kinds' order. Start-up fails on two sources of the same kind. */
@ApplicationScoped
public class SearchSources {

    @Inject
    @Any
    Instance<SearchSource> deployed;

    private List<SearchSource> sources;

    protected SearchSources() {
    }

    /** For tests and tools outside CDI. */
    public SearchSources(Collection<? extends SearchSource> sources) {
        this.sources = ordered(sources);
    }

    @PostConstruct
    void discover() {
        sources = ordered(deployed.stream().toList());
    }

    private static List<SearchSource> ordered(Collection<? extends SearchSource> sources) {
        Set<String> keys = new HashSet<>();
        for (SearchSource source : sources) {
            if (!keys.add(source.kind().key())) {
                throw new IllegalStateException("Two search sources declare the kind '" + source.kind().key() + "'");
            }
        }
        return sources.stream().<SearchSource>map(s -> s)
                .sorted(Comparator.comparingInt((SearchSource s) -> s.kind().order()).thenComparing(s -> s.kind().key()))
                .toList();
    }

    public List<SearchSource> all() {
        return sources;
    }

    public List<SearchKind> kinds() {
        return sources.stream().map(SearchSource::kind).toList();
    }

    public Optional<SearchKind> kind(String key) {
        return kinds().stream().filter(k -> k.key().equals(key)).findFirst();
    }
}
