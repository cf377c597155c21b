package fr.chambery.cqc.core.membership;

import fr.chambery.cqc.core.access.RateLimit;
import fr.chambery.cqc.core.grid.Grid;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;

/**
 * Against mass sign-ups: at most {@code cqc.membership.sign-ups-per-address} sign-ups (5 by default)
 * from one network address within 10 minutes. Counted on the {@link Grid}, whichever
 * instance receives them.
 */
@ApplicationScoped
public class SignUpThrottle {

    static final Duration WINDOW = Duration.ofMinutes(10);

    @Inject
    @ConfigProperty(name = "cqc.membership.sign-ups-per-address", defaultValue = "5")
    int allowed;

    @Inject
    Grid grid;

    private RateLimit sent;

    public SignUpThrottle() {
    }

    SignUpThrottle(int allowed, Clock clock) {
        this.sent = new RateLimit(allowed, WINDOW, clock);
    }

    @PostConstruct
    void init() {
        sent = new RateLimit(allowed, WINDOW, Clock.systemUTC(), grid.entries("cqc-sign-ups", String.class, WINDOW));
    }

    /** Whether one more sign-up from the address is accepted now. */
    public boolean allows(String address) {
        return sent.allows(key(address));
    }

    /** Counts a sign-up that was sent. */
    public void sent(String address) {
        sent.record(key(address));
    }

    private static String key(String address) {
        return address == null ? "" : address;
    }
}
