package fr.chambery.cqc.core.account;

import fr.chambery.cqc.core.access.RateLimit;
import fr.chambery.cqc.core.grid.Grid;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * Brute-force throttling of sign-in: after 5 failed attempts for one account within a minute, further
 * attempts are refused until the minute has passed (the web answers 429). Counted on the {@link Grid}:
 * whichever instance receives the attempts.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int ALLOWED_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(1);

    @Inject
    Grid grid;

    private RateLimit failures;

    public SignInThrottle() {
    }

    SignInThrottle(Clock clock) {
        this.failures = new RateLimit(ALLOWED_FAILURES, WINDOW, clock);
    }

    @PostConstruct
    void init() {
        failures = new RateLimit(ALLOWED_FAILURES, WINDOW, Clock.systemUTC(), grid.entries("cqc-sign-in-failures", String.class, WINDOW));
    }

    /** Whether an attempt for this account may be checked now. */
    public boolean allows(String login) {
        return failures.allows(key(login));
    }

    public void failed(String login) {
        failures.record(key(login));
    }

    public void succeeded(String login) {
        failures.forget(key(login));
    }

    private static String key(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }
}
