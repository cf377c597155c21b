package fr.chambery.cqc.core.access;

import fr.chambery.cqc.core.grid.LocalEntries;
import fr.chambery.cqc.core.grid.SharedEntries;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void twoInstancesOnTheSameEntriesShareOneLimit() {
        SharedEntries<String> grid = new LocalEntries<>();
        RateLimit first = new RateLimit(5, Duration.ofMinutes(1), NOW, grid);
        RateLimit second = new RateLimit(5, Duration.ofMinutes(1), NOW, grid);
        for (int i = 0; i < 5; i++) {
            assertThat(first.allows("k") && second.allows("k")).isTrue();
            (i % 2 == 0 ? first : second).record("k");
        }
        assertThat(first.allows("k")).isFalse();
        assertThat(second.allows("k")).isFalse();
        second.forget("k");
        assertThat(first.allows("k")).as("forgotten on one, forgotten on both").isTrue();
    }

    @Test
    void concurrentRecordsAreAllCounted() throws InterruptedException {
        SharedEntries<String> grid = new LocalEntries<>();
        RateLimit limit = new RateLimit(1000, Duration.ofMinutes(1), NOW, grid);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 999; i++) {
            pool.submit(() -> limit.record("k"));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(limit.allows("k")).as("999 of 1000").isTrue();
        limit.record("k");
        assertThat(limit.allows("k")).as("1000 of 1000: none lost to a race").isFalse();
    }

    @Test
    void onlyTheWindowsTimesCount() {
        Instant start = Instant.parse("2026-11-30T10:00:00Z");
        SharedEntries<String> grid = new LocalEntries<>();
        new RateLimit(2, Duration.ofMinutes(1), Clock.fixed(start, ZoneOffset.UTC), grid).record("k");
        new RateLimit(2, Duration.ofMinutes(1), Clock.fixed(start.plusSeconds(30), ZoneOffset.UTC), grid).record("k");
        assertThat(new RateLimit(2, Duration.ofMinutes(1), Clock.fixed(start.plusSeconds(59), ZoneOffset.UTC), grid).allows("k")).isFalse();
        assertThat(new RateLimit(2, Duration.ofMinutes(1), Clock.fixed(start.plusSeconds(61), ZoneOffset.UTC), grid).allows("k")).isTrue();
    }
}
