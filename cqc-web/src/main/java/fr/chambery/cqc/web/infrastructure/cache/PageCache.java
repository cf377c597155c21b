package fr.chambery.cqc.web.infrastructure.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.chambery.cqc.core.persistence.DataVersion;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

import java.time.Instant;
import java.util.Optional;

/**
 * The rendered public pages and API answers (Caffeine), bounded in bytes by {@code cqc.page-cache.max-bytes}
 * (0 turns the cache off); an answer larger than {@code cqc.page-cache.max-entry-bytes} is not kept. An
 * entry is served only while the {@link DataVersion} it was rendered from is the current one, and before the
 * instant its page said it changes at by the clock alone ({@link PageExpiry}); the next
 * rendering of the same key replaces it. Hits and misses are the application metrics
 * {@code cqc_page_cache_hits_total} and {@code cqc_page_cache_misses_total} on {@code /metrics}.
 */
@ApplicationScoped
public class PageCache {

    @Inject
    DataVersion version;

    @Inject
    MetricRegistry registry;

    @Inject
    @ConfigProperty(name = "cqc.page-cache.max-bytes", defaultValue = "33554432")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "cqc.page-cache.max-entry-bytes", defaultValue = "1048576")
    int maxEntryBytes;

    private Cache<PageKey, RenderedPage> pages;
    private Counter hits;
    private Counter misses;

    @PostConstruct
    void create() {
        pages = Caffeine.newBuilder()
                .maximumWeight(Math.max(0, maxBytes))
                .<PageKey, RenderedPage>weigher((key, page) -> key.weight() + page.weight())
                .build();
        hits = registry.counter(Metadata.builder().withName("cqc.page-cache.hits")
                .withDescription("Anonymous requests answered from the cache of rendered pages").build());
        misses = registry.counter(Metadata.builder().withName("cqc.page-cache.misses")
                .withDescription("Anonymous requests rendered because the cache held no current answer").build());
    }

    boolean isOn() {
        return maxBytes > 0;
    }

    int maxEntryBytes() {
        return maxEntryBytes;
    }

    /** The data's version now: read before rendering, kept with what is rendered. */
    long currentVersion() {
        return version.current();
    }

    /** The kept answer for this key if it was rendered from the current data and has not expired; counts a hit or a miss. */
    Optional<RenderedPage> current(PageKey key) {
        RenderedPage page = pages.getIfPresent(key);
        if (page != null && page.version() == version.current() && !page.isExpiredAt(Instant.now())) {
            hits.inc();
            return Optional.of(page);
        }
        misses.inc();
        return Optional.empty();
    }

    void keep(PageKey key, RenderedPage page) {
        if (page.version() == version.current()) {
            pages.put(key, page);
        }
    }
}
