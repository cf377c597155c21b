package fr.chambery.cqc.bench.versus;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StartTimesTest {

    @Test
    void theMedianOfFiveStartsIsTheMiddleOneWhateverTheirOrder() {
        StartTimes times = new StartTimes(List.of(18.5, 14.1, 30.2, 14.9, 17.9));
        assertThat(times.median()).isEqualTo(17.9);
        assertThat(times.describe()).isEqualTo("start to ready: median 17.9 s over 5 starts (18.5, 14.1, 30.2, 14.9, 17.9); target ≤ 15 s not met");
    }

    @Test
    void anEvenNumberOfStartsTakesTheMeanOfTheTwoMiddleOnes() {
        assertThat(new StartTimes(List.of(16.0, 12.0, 14.0, 20.0)).median()).isEqualTo(15.0);
        assertThat(new StartTimes(List.of(16.0, 12.0, 14.0, 20.0)).describe()).endsWith("target ≤ 15 s met");
    }

    @Test
    void noStartIsNoFigure() {
        assertThatThrownBy(() -> new StartTimes(List.of())).hasMessageContaining("no start");
    }
}
