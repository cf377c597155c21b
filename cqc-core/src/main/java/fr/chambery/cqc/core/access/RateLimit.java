package fr.chambery.cqc.core.access;

import fr.chambery.cqc.core.grid.LocalEntries;
import fr.chambery.cqc.core.grid.SharedEntries;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * At most {@code allowed} events per key within a sliding window. The events' times live in
 * {@link SharedEntries}: in memory for one instance, on the data grid for several, where two instances
 * recording at once both count (compare-and-set). Only the last {@code allowed} times are kept: they are
 * all the window needs.
 */
public final class RateLimit {

    private final int allowed;
    private final Duration window;
    private final Clock clock;
    private final SharedEntries<String> times;

    /** Kept in this JVM. */
    public RateLimit(int allowed, Duration window, Clock clock) {
        this(allowed, window, clock, new LocalEntries<>());
    }

    /** Kept in {@code times} (each entry a key's recent times, in epoch milliseconds). */
    public RateLimit(int allowed, Duration window, Clock clock, SharedEntries<String> times) {
        this.allowed = allowed;
        this.window = window;
        this.clock = clock;
        this.times = times;
    }

    /** Whether one more event for the key stays within the limit. */
    public boolean allows(String key) {
        return recent(times.get(key)).size() < allowed;
    }

    public void record(String key) {
        while (true) {
            Optional<String> before = times.get(key);
            List<Long> after = new ArrayList<>(recent(before));
            after.add(clock.millis());
            String written = encode(after.subList(Math.max(0, after.size() - allowed), after.size()));
            if (before.isEmpty() ? times.putIfAbsent(key, written) : times.replace(key, before.get(), written)) {
                return;
            }
        }
    }

    public void forget(String key) {
        times.remove(key);
    }

    private List<Long> recent(Optional<String> stored) {
        long limit = clock.millis() - window.toMillis();
        return stored.filter(s -> !s.isEmpty()).stream()
                .flatMap(s -> Arrays.stream(s.split(",")))
                .map(Long::valueOf)
                .filter(time -> time > limit)
                .toList();
    }

    private static String encode(List<Long> times) {
        return times.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
