package fr.chambery.cqc.bench.cluster;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FailoverGapTest {

    private static final long MS = 1_000_000;

    @Test
    void theLongestGapIsBetweenTwoSuccessesInWhateverOrderTheyCame() {
        FailoverGap gap = FailoverGap.of(List.of(30 * MS, 10 * MS, 20 * MS, 700 * MS, 710 * MS), 2, 0, 720 * MS);
        assertThat(gap.longestMillis()).isEqualTo(670.0);
        assertThat(gap.succeeded()).isEqualTo(5);
        assertThat(gap.failed()).isEqualTo(2);
    }

    @Test
    void theRunsEndsCountWhenNothingSucceededNearThem() {
        assertThat(FailoverGap.of(List.of(400 * MS), 0, 0, 500 * MS).longestMillis()).as("from the start").isEqualTo(400.0);
        assertThat(FailoverGap.of(List.of(100 * MS), 0, 0, 900 * MS).longestMillis()).as("to the end").isEqualTo(800.0);
        assertThat(FailoverGap.of(List.of(), 12, 5 * MS, 2_005 * MS).longestMillis()).as("no success at all").isEqualTo(2_000.0);
    }

    @Test
    void successesOutsideTheRunAreLeftOut() {
        FailoverGap gap = FailoverGap.of(List.of(1 * MS, 50 * MS, 60 * MS, 900 * MS), 0, 40 * MS, 100 * MS);
        assertThat(gap.succeeded()).isEqualTo(2);
        assertThat(gap.longestMillis()).isEqualTo(40.0);
    }

    @Test
    void refusesARunThatEndsBeforeItStartsAndDescribesItself() {
        assertThatThrownBy(() -> FailoverGap.of(List.of(), 0, 10, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThat(FailoverGap.of(List.of(250 * MS), 1, 0, 500 * MS).describe())
                .isEqualTo("longest time without a successful answer: 250 ms; 1 answers succeeded, 1 failed");
    }
}
