package fr.chambery.cqc.web.infrastructure.cache;

import fr.chambery.cqc.web.ui.RefusalMessages;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Collections;

/**
 * What a rendered answer depends on besides the data: the path and query, the language the page follows
 * (its {@code cqc-lang} cookie) and the one the API follows (the first of {@code Accept-Language} the
 * platform speaks), the kinds accepted, and whether the body may come compressed.
 */
record PageKey(String target, String pageLanguage, String apiLanguage, String accept, boolean gzip) {

    static final String LANGUAGE_COOKIE = "cqc-lang";

    static PageKey of(HttpServletRequest request) {
        String query = request.getQueryString();
        String target = query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
        String pageLanguage = "";
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (LANGUAGE_COOKIE.equals(cookie.getName())) {
                    pageLanguage = cookie.getValue();
                }
            }
        }
        String apiLanguage = RefusalMessages.firstSpoken(Collections.list(request.getLocales())).getLanguage();
        String accept = request.getHeader("Accept");
        String encodings = request.getHeader("Accept-Encoding");
        return new PageKey(target, pageLanguage, apiLanguage, accept == null ? "" : accept,
                encodings != null && encodings.toLowerCase(java.util.Locale.ROOT).contains("gzip"));
    }

    /** An estimate of the bytes the key holds, for the cache's bound. */
    int weight() {
        return 64 + 2 * (target.length() + pageLanguage.length() + apiLanguage.length() + accept.length());
    }
}
