package fr.chambery.cqc.core.grid;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.ModifiedExpiryPolicy;
import java.io.Serializable;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * What the instances share besides the database: Payara's data grid (Hazelcast) through JCache when
 * the instance runs clustered, this JVM's memory when it runs alone ({@code --nocluster}, where Payara
 * has no grid and produces no cache manager). The throttles and the data's version keep their state here,
 * so that a limit or a change holds whichever instance a request reaches.
 */
@ApplicationScoped
public class Grid {

    private static final Logger LOG = Logger.getLogger(Grid.class.getName());

    @Inject
    Instance<CacheManager> caches;

    private CacheManager manager;
    private final Map<String, SharedEntries<?>> opened = new ConcurrentHashMap<>();

    @PostConstruct
    void connect() {
        manager = caches.isResolvable() ? caches.get() : null;
        LOG.info(manager == null ? "No data grid (a single instance): throttles and the data's version are kept in this JVM"
                : "On Payara's data grid: throttles and the data's version are shared by every instance");
    }

    /** Whether the state is shared with other instances (the instance runs clustered). */
    public boolean shared() {
        return manager != null;
    }

    /**
     * The entries named {@code name}, each forgotten {@code lifetime} after its last change; the same
     * entries for every caller and, on the grid, for every instance.
     */
    @SuppressWarnings("unchecked")
    public <V extends Serializable> SharedEntries<V> entries(String name, Class<V> type, Duration lifetime) {
        return (SharedEntries<V>) opened.computeIfAbsent(name, n -> manager == null ? new LocalEntries<V>()
                : new CacheEntries<>(cache(n, type, lifetime)));
    }

    private <V extends Serializable> Cache<String, V> cache(String name, Class<V> type, Duration lifetime) {
        Cache<String, V> cache = manager.getCache(name, String.class, type);
        if (cache != null) {
            return cache;
        }
        try {
            return manager.createCache(name, new MutableConfiguration<String, V>().setTypes(String.class, type)
                    .setExpiryPolicyFactory(ModifiedExpiryPolicy.factoryOf(
                            new javax.cache.expiry.Duration(TimeUnit.SECONDS, Math.max(1, lifetime.toSeconds())))));
        } catch (CacheException createdMeanwhile) {
            return manager.getCache(name, String.class, type);
        }
    }
}
