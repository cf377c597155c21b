package fr.chambery.cqc.web.infrastructure;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A public page that carries no inline script needs no script nonce: {@code script-src 'self'} is
 * enough. PrimeFaces' CSP mode still draws a nonce for every page and writes it on the page's
 * {@code <script src>} tags and in its policy; this takes it out of both, so that the page is the same
 * bytes for every visitor and can be kept and served again without any nonce (never a fixed one). A
 * page that does carry an inline script keeps its nonce (and is then never kept by the cache).
 */
final class NoncelessPages {

    private static final Pattern NONCE = Pattern.compile(" ?'nonce-([^']+)'");
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script\\b(?![^>]*\\bsrc\\s*=)[^>]*>", Pattern.CASE_INSENSITIVE);

    private NoncelessPages() {
    }

    /** The page and its policy without the nonce, or null when the page needs it (an inline script) or has none. */
    static Stripped strip(byte[] body, String policy) {
        if (policy == null) {
            return null;
        }
        Matcher nonce = NONCE.matcher(policy);
        if (!nonce.find()) {
            return null;
        }
        String page = new String(body, StandardCharsets.ISO_8859_1);
        if (INLINE_SCRIPT.matcher(page).find()) {
            return null;
        }
        String stripped = page.replace(" nonce=\"" + nonce.group(1) + "\"", "");
        return new Stripped(stripped.getBytes(StandardCharsets.ISO_8859_1), nonce.replaceAll(""));
    }

    record Stripped(byte[] body, String policy) {
    }
}
