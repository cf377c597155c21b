package fr.chambery.cqc.core.fabrique;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The debate's throttle: per member, proposals over a sliding hour, comments over a sliding minute. */
class ContributionThrottleTest {

    private Instant now = Instant.parse("2026-11-27T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    };

    @Test
    void aMemberPublishesAtMostTheAllowedSubjectsWithinAnHourOthersStillMay() {
        ContributionThrottle throttle = new ContributionThrottle(2, 5, clock);
        throttle.admitProposal(1);
        throttle.proposed(1);
        throttle.admitProposal(1);
        throttle.proposed(1);
        assertThatThrownBy(() -> throttle.admitProposal(1)).isInstanceOfSatisfying(ContributionThrottled.class, r -> {
            assertThat(r.key()).isEqualTo("refusal.fabrique.throttled.proposals");
            assertThat(r.arguments()).containsExactly(2);
        });
        assertThatCode(() -> throttle.admitProposal(2)).as("another member").doesNotThrowAnyException();
        assertThatCode(() -> throttle.admitComment(1)).as("comments are counted apart").doesNotThrowAnyException();
        now = now.plus(ContributionThrottle.PROPOSALS_WINDOW).plusSeconds(1);
        assertThatCode(() -> throttle.admitProposal(1)).as("an hour later").doesNotThrowAnyException();
    }

    @Test
    void aMemberPublishesAtMostTheAllowedCommentsWithinAMinute() {
        ContributionThrottle throttle = new ContributionThrottle(5, 3, clock);
        for (int i = 0; i < 3; i++) {
            throttle.admitComment(7);
            throttle.commented(7);
        }
        assertThatThrownBy(() -> throttle.admitComment(7)).isInstanceOfSatisfying(ContributionThrottled.class, r -> {
            assertThat(r.key()).isEqualTo("refusal.fabrique.throttled.comments");
            assertThat(r.arguments()).containsExactly(3);
        });
        assertThatCode(() -> throttle.admitProposal(7)).doesNotThrowAnyException();
        now = now.plusSeconds(61);
        assertThatCode(() -> throttle.admitComment(7)).as("a minute later").doesNotThrowAnyException();
    }
}
