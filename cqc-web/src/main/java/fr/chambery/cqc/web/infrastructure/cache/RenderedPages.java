package fr.chambery.cqc.web.infrastructure.cache;

import fr.chambery.cqc.web.infrastructure.ConditionalResponses;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Render once, serve many: an anonymous visitor's GET or HEAD of a public page or API answer
 * ({@link AnonymousRequest}) is answered from the {@link PageCache} with the bytes, compressed as they
 * were, and the headers of the last rendering of the same {@link PageKey}, as long as the data has not
 * changed since and the page has not reached the instant it said it changes at ({@link PageExpiry}); otherwise it is rendered and, when it is a 200 that sets no cookie, opened no session
 * and carries no script nonce (a nonce is never served twice), kept. {@code If-None-Match} on a kept answer gets a 304. Every answer it looks at carries
 * {@code X-Cache: hit} or {@code miss}. Declared in web.xml after the security headers and before the
 * compression.
 */
public class RenderedPages extends HttpFilter {

    static final String X_CACHE = "X-Cache";
    private static final Set<String> NOT_KEPT = Set.of("set-cookie", "date", "content-length", "transfer-encoding",
            "x-cache", "content-type", "connection", "keep-alive");

    @Inject
    PageCache cache;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!cache.isOn() || !AnonymousRequest.isCacheable(request)) {
            chain.doFilter(request, response);
            return;
        }
        PageKey key = PageKey.of(request);
        var kept = cache.current(key);
        if (kept.isPresent()) {
            serve(request, response, kept.get());
            return;
        }
        long version = cache.currentVersion();
        response.setHeader(X_CACHE, "miss");
        CapturedResponse captured = new CapturedResponse(response, cache.maxEntryBytes());
        chain.doFilter(request, captured);
        captured.finish();
        byte[] body = captured.body();
        if ("GET".equals(request.getMethod()) && body != null && keepable(request, response)) {
            cache.keep(key, new RenderedPage(version, PageExpiry.of(request).orElse(null), headersOf(response), body));
        }
    }

    private static boolean keepable(HttpServletRequest request, HttpServletResponse response) {
        String cacheControl = response.getHeader("Cache-Control");
        String policy = response.getHeader("Content-Security-Policy");
        return response.getStatus() == HttpServletResponse.SC_OK && !response.containsHeader("Set-Cookie")
                && (policy == null || !policy.contains("'nonce-"))
                && request.getSession(false) == null && response.getContentType() != null
                && (cacheControl == null || !cacheControl.contains("no-store"));
    }

    private static Map<String, List<String>> headersOf(HttpServletResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of(response.getContentType()));
        for (String name : response.getHeaderNames()) {
            if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name, List.copyOf(response.getHeaders(name)));
            }
        }
        return Map.copyOf(headers);
    }

    private static void serve(HttpServletRequest request, HttpServletResponse response, RenderedPage page) throws IOException {
        response.setHeader(X_CACHE, "hit");
        String etag = page.etag();
        if (etag != null && ConditionalResponses.matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            for (String name : List.of("ETag", "Cache-Control", "Vary")) {
                List<String> values = page.headers().get(name);
                if (values != null) {
                    values.forEach(value -> response.addHeader(name, value));
                }
            }
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        page.headers().forEach((name, values) -> {
            if (name.equals("Content-Type")) {
                response.setContentType(values.getFirst());
            } else {
                response.setHeader(name, values.getFirst());
                values.stream().skip(1).forEach(value -> response.addHeader(name, value));
            }
        });
        response.setContentLength(page.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(page.body());
        }
    }
}
