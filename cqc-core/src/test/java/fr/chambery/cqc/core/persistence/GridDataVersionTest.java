package fr.chambery.cqc.core.persistence;

import fr.chambery.cqc.core.grid.LocalEntries;
import fr.chambery.cqc.core.grid.SharedEntries;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class GridDataVersionTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void aWriteOnOneInstanceMovesTheVersionTheOtherReads() {
        SharedEntries<Long> grid = new LocalEntries<>();
        GridDataVersion one = new GridDataVersion(grid, NOW);
        GridDataVersion other = new GridDataVersion(grid, NOW);
        long before = other.current();
        one.advance();
        assertThat(other.current()).isEqualTo(before + 1);
    }

    @Test
    void concurrentAdvancesAreAllCounted() throws InterruptedException {
        SharedEntries<Long> grid = new LocalEntries<>();
        GridDataVersion one = new GridDataVersion(grid, NOW);
        GridDataVersion other = new GridDataVersion(grid, NOW);
        long before = one.current();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 500; i++) {
            GridDataVersion version = i % 2 == 0 ? one : other;
            pool.submit(version::advance);
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(other.current()).isEqualTo(before + 500);
    }

    @Test
    void aVersionLostWithTheGridStartsAgainAboveEveryEarlierOne() {
        SharedEntries<Long> grid = new LocalEntries<>();
        GridDataVersion version = new GridDataVersion(grid, NOW);
        for (int i = 0; i < 1000; i++) {
            version.advance();
        }
        long earlier = version.current();
        grid.remove(GridDataVersion.KEY);
        long later = new GridDataVersion(grid, Clock.offset(NOW, java.time.Duration.ofSeconds(1))).current();
        assertThat(later).isGreaterThan(earlier);
    }
}
