package fr.chambery.cqc.core.account;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {

    private static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-11-27T10:00:00Z");

        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @Test
    void theSixthAttemptWithinAMinuteAfterFiveFailuresIsRefused() {
        MovingClock clock = new MovingClock();
        SignInThrottle throttle = new SignInThrottle(clock);
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.allows("Camille@Example.org")).isTrue();
            throttle.failed("camille@example.org");
            clock.now = clock.now.plusSeconds(5);
        }
        assertThat(throttle.allows("camille@example.org")).isFalse();
        assertThat(throttle.allows("dominique@example.org")).as("other accounts").isTrue();

        clock.now = clock.now.plus(Duration.ofSeconds(40));
        assertThat(throttle.allows("camille@example.org")).as("the first failure is a minute old").isTrue();
    }

    @Test
    void aSuccessClearsTheCount() {
        SignInThrottle throttle = new SignInThrottle(new MovingClock());
        for (int i = 0; i < 4; i++) {
            throttle.failed("camille@example.org");
        }
        throttle.succeeded("camille@example.org");
        throttle.failed("camille@example.org");
        assertThat(throttle.allows("camille@example.org")).isTrue();
    }
}
