package fr.chambery.cqc.core.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * The site's address for the links of e-mails sent outside any request (notifications, digests):
 * {@code cqc.public-url} when set, else the address the last request was made to (the web module tells it).
 */
@ApplicationScoped
public class PublicAddress {

    @Inject
    @ConfigProperty(name = "cqc.public-url")
    Optional<String> configured = Optional.empty();

    private volatile String seen = "http://localhost:8080";

    /** Without a trailing slash. */
    public String base() {
        return configured.filter(u -> !u.isBlank()).orElse(seen).replaceAll("/+$", "");
    }

    /** The address a request was made to, for when none is configured. */
    public void seen(String requestBase) {
        if (requestBase != null && !requestBase.isBlank()) {
            seen = requestBase;
        }
    }
}
