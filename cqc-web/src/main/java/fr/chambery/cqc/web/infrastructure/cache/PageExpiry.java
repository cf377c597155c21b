package fr.chambery.cqc.web.infrastructure.cache;

import jakarta.servlet.ServletRequest;

import java.time.Instant;
import java.util.Optional;

/**
 * When a page being rendered will change by the clock alone, with no write to advance the data's version:
 * a priorisation's page once its round closes at the plénière's end. A page says so while it renders
 * ({@link #changesAt}); the {@link PageCache} serves what it kept of it only until then.
 */
public final class PageExpiry {

    static final String ATTRIBUTE = PageExpiry.class.getName();

    private PageExpiry() {
    }

    /** The page rendered for this request changes at {@code when}; the earliest instant said wins. */
    public static void changesAt(ServletRequest request, Instant when) {
        Instant said = (Instant) request.getAttribute(ATTRIBUTE);
        if (said == null || when.isBefore(said)) {
            request.setAttribute(ATTRIBUTE, when);
        }
    }

    static Optional<Instant> of(ServletRequest request) {
        return Optional.ofNullable((Instant) request.getAttribute(ATTRIBUTE));
    }
}
