package fr.chambery.cqc.core.membership;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in form's throttle: per network address and per e-mail, over a sliding 10 minutes. */
class SignInLinkThrottleTest {

    private Instant now = Instant.parse("2026-11-27T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    };

    @Test
    void oneNetworkAddressAsksForAtMostTheAllowedLinksWhateverTheEmails() {
        SignInLinkThrottle throttle = new SignInLinkThrottle(2, clock);
        throttle.asked("192.0.2.1", "a@example.org");
        throttle.asked("192.0.2.1", "b@example.org");
        assertThat(throttle.allows("192.0.2.1", "c@example.org")).isFalse();
        assertThat(throttle.allows("192.0.2.2", "c@example.org")).as("another address").isTrue();
        now = now.plus(SignInLinkThrottle.WINDOW).plusSeconds(1);
        assertThat(throttle.allows("192.0.2.1", "c@example.org")).as("10 minutes later").isTrue();
    }

    @Test
    void oneEmailGetsAtMostTheAllowedLinksWhateverTheNetworkAddresses() {
        SignInLinkThrottle throttle = new SignInLinkThrottle(2, clock);
        throttle.asked("192.0.2.1", "camille@example.org");
        throttle.asked("192.0.2.2", " Camille@Example.org ");
        assertThat(throttle.allows("192.0.2.3", "camille@example.org")).as("mail-bombing from many addresses").isFalse();
        assertThat(throttle.allows("192.0.2.3", "dominique@example.org")).isTrue();
    }
}
