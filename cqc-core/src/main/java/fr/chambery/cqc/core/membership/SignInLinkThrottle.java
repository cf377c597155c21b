package fr.chambery.cqc.core.membership;

import fr.chambery.cqc.core.access.RateLimit;
import fr.chambery.cqc.core.grid.Grid;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * Against probing and mail-bombing through the members' sign-in form: at most
 * {@code cqc.members.sign-in-links-per-address} requests (5 by default) from one network address, and as
 * many for one e-mail address, within 10 minutes. Counted on the {@link Grid}, as the sign-up's.
 */
@ApplicationScoped
public class SignInLinkThrottle {

    static final Duration WINDOW = Duration.ofMinutes(10);

    @Inject
    @ConfigProperty(name = "cqc.members.sign-in-links-per-address", defaultValue = "5")
    int allowed;

    @Inject
    Grid grid;

    private RateLimit asked;

    public SignInLinkThrottle() {
    }

    SignInLinkThrottle(int allowed, Clock clock) {
        this.asked = new RateLimit(allowed, WINDOW, clock);
    }

    @PostConstruct
    void init() {
        asked = new RateLimit(allowed, WINDOW, Clock.systemUTC(), grid.entries("cqc-sign-in-links", String.class, WINDOW));
    }

    /** Whether one more link may be asked now from this network address for this e-mail. */
    public boolean allows(String networkAddress, String email) {
        return asked.allows(fromKey(networkAddress)) && asked.allows(forKey(email));
    }

    /** Counts a request, whatever its answer. */
    public void asked(String networkAddress, String email) {
        asked.record(fromKey(networkAddress));
        asked.record(forKey(email));
    }

    private static String fromKey(String address) {
        return "from:" + (address == null ? "" : address);
    }

    private static String forKey(String email) {
        return "for:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }
}
