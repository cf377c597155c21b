package fr.chambery.cqc.web.infrastructure.cache;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An answer as it went out: its headers (content type, encoding, ETag, Cache-Control, Vary,
 * Content-Language, a list's Link and X-Total-Count, the policy) and body bytes, compressed when they
 * were, the data's version it was rendered from, and when it changes by the clock alone (null: never, see
 * {@link PageExpiry}).
 */
record RenderedPage(long version, Instant expires, Map<String, List<String>> headers, byte[] body) {

    boolean isExpiredAt(Instant now) {
        return expires != null && !now.isBefore(expires);
    }

    String etag() {
        List<String> values = headers.get("ETag");
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    int weight() {
        int weight = 64 + body.length;
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            weight += 2 * header.getKey().length();
            for (String value : header.getValue()) {
                weight += 2 * value.length();
            }
        }
        return weight;
    }
}
