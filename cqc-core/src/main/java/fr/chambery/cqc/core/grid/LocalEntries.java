package fr.chambery.cqc.core.grid;

import java.io.Serializable;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Entries kept in this JVM: right for one instance (the embedded default, the unit tests). */
public final class LocalEntries<V extends Serializable> implements SharedEntries<V> {

    private final ConcurrentMap<String, V> values = new ConcurrentHashMap<>();

    @Override
    public Optional<V> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public boolean putIfAbsent(String key, V value) {
        return values.putIfAbsent(key, value) == null;
    }

    @Override
    public boolean replace(String key, V expected, V value) {
        return values.replace(key, expected, value);
    }

    @Override
    public void remove(String key) {
        values.remove(key);
    }
}
