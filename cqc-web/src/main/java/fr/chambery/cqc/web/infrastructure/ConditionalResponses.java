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
 * kept. A page with no inline script loses PrimeFaces' nonce ({@link NoncelessPages}): its policy is then
 * {@code script-src 'self'} and its bytes the same for every visitor. Pages with forms posting back (sign-in, sign-up, the back office) and downloads (which have
 * their own validators) are left alone, as are answers that set a cookie.
 */
public class ConditionalResponses extends HttpFilter {

    static final String CACHE_CONTROL = "private, no-cache";
    private static final int SLICE = 100;
    private static final List<String> LEFT_ALONE = List.of("/admin", "/login", "/membership", "/files/", "/jakarta.faces.resource/", "/assets/");
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final String POLICY = "Content-Security-Policy";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!applies(request)) {
            chain.doFilter(request, response);
            return;
        }
        BufferedHttpServletResponse buffered = new BufferedHttpServletResponse(response) {
            @Override
            public void flushBuffer() throws IOException {
                // kept: nothing goes out, headers included, before the tag is known
            }
        };
        chain.doFilter(request, buffered);
        byte[] body = buffered.getBuffer();
        if (response.isCommitted() || response.getStatus() != HttpServletResponse.SC_OK || response.containsHeader("Set-Cookie")) {
            write(response, body);
            return;
        }
        NoncelessPages.Stripped stripped = NoncelessPages.strip(body, response.getHeader(POLICY));
        if (stripped != null) {
            body = stripped.body();
            response.setHeader(POLICY, stripped.policy());
        }
        String etag = "W/\"" + fingerprint(body, response.getHeader("Content-Security-Policy"),
                response.getHeader("Link"), response.getHeader("X-Total-Count")) + "\"";
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

    /** Writes the kept body in slices, as the page was rendered, so that the compression filter sees it as it would have. */
    private static void write(HttpServletResponse response, byte[] body) throws IOException {
        var out = response.getOutputStream();
        for (int from = 0; from < body.length; from += SLICE) {
            out.write(body, from, Math.min(SLICE, body.length - from));
        }
    }

    /**
     * The SHA-256 (first 16 bytes) of the body, with every occurrence of the page's nonce blanked, and of
     * the headers that describe the body ({@code Link}, {@code X-Total-Count} of a paged list).
     */
    static String fingerprint(byte[] body, String policy, String... describing) {
        byte[] content = body;
        Matcher nonce = policy == null ? null : NONCE.matcher(policy);
        if (nonce != null && nonce.find()) {
            content = new String(body, StandardCharsets.ISO_8859_1).replace(nonce.group(1), "").getBytes(StandardCharsets.ISO_8859_1);
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(content);
            for (String header : describing) {
                digest.update((header == null ? "\n" : header + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(Arrays.copyOf(digest.digest(), 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether an {@code If-None-Match} list names this tag (weak comparison, {@code *} included). */
    public static boolean matches(String ifNoneMatch, String etag) {
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
