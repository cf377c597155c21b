package fr.chambery.cqc.web.security;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * When a state-changing request comes from another site, from the headers a browser sets itself and a
 * page cannot forge: {@code Sec-Fetch-Site} says {@code cross-site}, or {@code Origin} is present and is not
 * this site's (an opaque origin, {@code null}, included). Reading requests, and requests without either
 * header (programs, old browsers on the same origin), are not concerned. The origin is compared by host
 * and port only: behind a TLS proxy the request reaches us in plain HTTP while the page's origin is https.
 */
final class OriginRule {

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private OriginRule() {
    }

    /**
     * @param host      the request's {@code Host} header (what the browser addressed)
     * @param publicUrl {@code cqc.public-url}, when the site sits behind a proxy that changes {@code Host}
     */
    static boolean refuses(String method, String fetchSite, String origin, String host, Optional<String> publicUrl) {
        if (!STATE_CHANGING.contains(method.toUpperCase(Locale.ROOT))) {
            return false;
        }
        if ("cross-site".equalsIgnoreCase(fetchSite)) {
            return true;
        }
        if (origin == null) {
            return false;
        }
        return !(sameAuthority(origin, host) || publicUrl.filter(url -> !url.isBlank()).map(OriginRule::originOf)
                .filter(origin.strip()::equalsIgnoreCase).isPresent());
    }

    private static boolean sameAuthority(String origin, String host) {
        if (host == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return false;
            }
            String authority = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            String expected = host.strip();
            if (uri.getPort() == -1) {
                expected = expected.replaceFirst(":(80|443)$", "");
            }
            return authority.equalsIgnoreCase(expected);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String originOf(String url) {
        URI uri = URI.create(url.strip());
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
