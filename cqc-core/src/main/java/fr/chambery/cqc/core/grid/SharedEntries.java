package fr.chambery.cqc.core.grid;

import java.io.Serializable;
import java.util.Optional;

/**
 * Named values that every instance of the application sees alike: on Payara's data grid when the
 * instances form one ({@link Grid}), in this JVM otherwise. Changes are compare-and-set, so that two
 * instances changing one value at once both count.
 *
 * @param <V> a value with value equality (a {@code String}, a {@code Long}): {@link #replace} compares it
 */
public interface SharedEntries<V extends Serializable> {

    Optional<V> get(String key);

    /** Stores the value if the key has none; whether it did. */
    boolean putIfAbsent(String key, V value);

    /** Stores the value if the key still holds {@code expected}; whether it did. */
    boolean replace(String key, V expected, V value);

    void remove(String key);
}
