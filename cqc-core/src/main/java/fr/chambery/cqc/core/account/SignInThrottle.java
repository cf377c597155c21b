package fr.chambery.cqc.core.account;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Brute-force throttling of sign-in: after 5 failed attempts for one account within a minute, further
 * attempts are refused until the minute has passed (the web answers 429). Kept in memory, per instance.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int ALLOWED_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(1);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public SignInThrottle() {
        this(Clock.systemUTC());
    }

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether an attempt for this account may be checked now. */
    public boolean allows(String login) {
        Deque<Instant> recent = failures.get(key(login));
        if (recent == null) {
            return true;
        }
        synchronized (recent) {
            prune(recent);
            return recent.size() < ALLOWED_FAILURES;
        }
    }

    public void failed(String login) {
        Deque<Instant> recent = failures.computeIfAbsent(key(login), k -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent);
            recent.addLast(clock.instant());
        }
    }

    public void succeeded(String login) {
        failures.remove(key(login));
    }

    private void prune(Deque<Instant> recent) {
        Instant limit = clock.instant().minus(WINDOW);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(limit)) {
            recent.removeFirst();
        }
    }

    private static String key(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }
}
