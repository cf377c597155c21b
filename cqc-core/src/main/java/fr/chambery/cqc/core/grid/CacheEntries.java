package fr.chambery.cqc.core.grid;

import javax.cache.Cache;
import java.io.Serializable;
import java.util.Optional;

/** Entries in a JCache cache: on Payara's data grid, every member reads and changes the same ones. */
final class CacheEntries<V extends Serializable> implements SharedEntries<V> {

    private final Cache<String, V> cache;

    CacheEntries(Cache<String, V> cache) {
        this.cache = cache;
    }

    @Override
    public Optional<V> get(String key) {
        return Optional.ofNullable(cache.get(key));
    }

    @Override
    public boolean putIfAbsent(String key, V value) {
        return cache.putIfAbsent(key, value);
    }

    @Override
    public boolean replace(String key, V expected, V value) {
        return cache.replace(key, expected, value);
    }

    @Override
    public void remove(String key) {
        cache.remove(key);
    }
}
