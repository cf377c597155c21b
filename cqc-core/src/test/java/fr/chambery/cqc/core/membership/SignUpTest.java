package fr.chambery.cqc.core.membership;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SignUpTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void acceptsAPersonOfSixteenOnTheirBirthday() {
        assertThat(form("camille@example.org", LocalDate.of(2010, 11, 27), true).problems(TODAY)).isEmpty();
    }

    @Test
    void refusesUnderSixteenInvalidEmailsAndMissingConsent() {
        var problems = form("camille@", LocalDate.of(2010, 11, 28), false).problems(TODAY);
        assertThat(problems).containsOnlyKeys("email", "birthDate", "consent");
        assertThat(problems.get("birthDate")).contains("à partir de 16 ans");
        assertThat(problems.get("consent")).contains("Votre accord");
        for (String bad : List.of("camille", "camille@localhost", "Camille <camille@example.org>", "camille@@example.org", "a b@example.org", " ")) {
            assertThat(SignUp.isEmail(bad)).as(bad).isFalse();
        }
        assertThat(SignUp.isEmail("camille.exemple+cqc@quartier.chambery.fr")).isTrue();
    }

    @Test
    void refusesImpossibleBirthDatesAndMissingFields() {
        assertThat(new SignUp("bissy", " ", "camille@example.org", TODAY.plusDays(1), null, List.of(), true).problems(TODAY))
                .containsOnlyKeys("name", "birthDate", "lien");
    }

    @Test
    void tokensServeOnceAndExpire() {
        Instant now = Instant.parse("2026-11-27T10:00:00Z");
        MembershipToken.Issued issued = MembershipToken.issue(MembershipToken.Purpose.CONFIRMATION, 1L, "camille@example.org", now);
        assertThat(issued.secret()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(MembershipToken.hashOf(issued.secret())).hasSize(64).isNotEqualTo(issued.secret());
        MembershipToken token = issued.token();
        assertThat(token.isValid(MembershipToken.Purpose.GESTION, now)).as("another purpose").isFalse();
        assertThat(token.isValid(MembershipToken.Purpose.CONFIRMATION, now.plusSeconds(47 * 3600))).isTrue();
        assertThat(token.isValid(MembershipToken.Purpose.CONFIRMATION, now.plusSeconds(48 * 3600))).as("expired").isFalse();
        token.use(now);
        assertThat(token.isValid(MembershipToken.Purpose.CONFIRMATION, now)).as("used").isFalse();
    }

    @Test
    void throttlesMassSignUpsFromOneAddress() {
        Instant[] now = {Instant.parse("2026-11-27T10:00:00Z")};
        Clock clock = new Clock() {
            @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return now[0]; }
        };
        SignUpThrottle throttle = new SignUpThrottle(2, clock);
        throttle.sent("192.0.2.1");
        throttle.sent("192.0.2.1");
        assertThat(throttle.allows("192.0.2.1")).isFalse();
        assertThat(throttle.allows("192.0.2.2")).isTrue();
        now[0] = now[0].plus(SignUpThrottle.WINDOW).plusSeconds(1);
        assertThat(throttle.allows("192.0.2.1")).as("after the window").isTrue();
    }

    private static SignUp form(String email, LocalDate birth, boolean consent) {
        return new SignUp("bissy", "Camille", email, birth, LienAuQuartier.HABITANT, List.of(), consent);
    }
}
