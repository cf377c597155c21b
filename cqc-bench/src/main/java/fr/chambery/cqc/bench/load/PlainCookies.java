package fr.chambery.cqc.bench.load;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Keeps the server's cookies as Java's {@link CookieManager} does, but sends them back as browsers do,
 * {@code name=value; name=value}. The JDK's manager sends a cookie whose value it would quote (Payara's
 * {@code JSESSIONIDVERSION=2f:1}, set by a distributable application) in RFC 2965's form,
 * {@code $Version="1"; JSESSIONIDVERSION="2f:1";$Path="/"}, and Payara Micro then answers every request of
 * the session with an empty 200: the kit's back-office rows measured that emptiness.
 */
final class PlainCookies extends CookieHandler {

    private final CookieManager kept = new CookieManager();

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
        List<HttpCookie> cookies = kept.getCookieStore().get(uri);
        if (cookies.isEmpty()) {
            return Map.of();
        }
        return Map.of("Cookie", List.of(header(cookies)));
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
        kept.put(uri, responseHeaders);
    }

    static String header(List<HttpCookie> cookies) {
        return cookies.stream().map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(Collectors.joining("; "));
    }
}
