package fr.chambery.cqc.web.infrastructure;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.omnifaces.servlet.BufferedHttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP validation of the public pages and of the API's answers: each successful GET carries a weak
 * {@code ETag} (a hash of the body, the page's CSP nonce left out, since it changes on every request)
 * and {@code Cache-Control: private, no-cache}, so that a browser keeps the page and asks again with
 * {@code If-None-Match}; an unchanged page is answered {@code 304 Not Modified} without its body. A 304
 * carries no Content-Security-Policy, so the browser keeps the one that matches the nonce of the page it
 * kept. Pages with forms posting back (sign-in, sign-up, the back office) and downloads (which have
 * their own validators) are left alone, as are answers that set a cookie.
 */
public class ConditionalResponses extends HttpFilter {

    static final String CACHE_CONTROL = "private, no-cache";
    private static final List<String> LEFT_ALONE = List.of("/admin", "/login", "/membership", "/files/", "/jakarta.faces.resource/");
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!applies(request)) {
            chain.doFilter(request, response);
            return;
        }
        BufferedHttpServletResponse buffered = new BufferedHttpServletResponse(response);
        chain.doFilter(request, buffered);
        byte[] body = buffered.getBuffer();
        if (response.isCommitted() || response.getStatus() != HttpServletResponse.SC_OK || response.containsHeader("Set-Cookie")) {
            write(response, body);
            return;
        }
        String etag = "W/\"" + fingerprint(body, response.getHeader("Content-Security-Policy")) + "\"";
        if (matches(request.getHeader("If-None-Match"), etag)) {
            response.reset();
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setHeader("ETag", etag);
            response.setHeader("Cache-Control", CACHE_CONTROL);
            response.setHeader("Vary", "Accept-Encoding");
            return;
        }
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", CACHE_CONTROL);
        write(response, body);
    }

    private static boolean applies(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return LEFT_ALONE.stream().noneMatch(path::startsWith);
    }

    private static void write(HttpServletResponse response, byte[] body) throws IOException {
        if (body.length > 0) {
            response.getOutputStream().write(body);
        }
    }

    /** The body's SHA-256 (first 16 bytes), with every occurrence of the page's nonce blanked. */
    static String fingerprint(byte[] body, String policy) {
        byte[] content = body;
        Matcher nonce = policy == null ? null : NONCE.matcher(policy);
        if (nonce != null && nonce.find()) {
            content = new String(body, StandardCharsets.ISO_8859_1).replace(nonce.group(1), "").getBytes(StandardCharsets.ISO_8859_1);
        }
        try {
            return HexFormat.of().formatHex(Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(content), 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether an {@code If-None-Match} list names this tag (weak comparison, {@code *} included). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = etag.substring(2);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals(opaque) || tag.equals("W/" + opaque)) {
                return true;
            }
        }
        return false;
    }
}
