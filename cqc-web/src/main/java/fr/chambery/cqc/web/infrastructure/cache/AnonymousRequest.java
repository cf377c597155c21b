package fr.chambery.cqc.web.infrastructure.cache;

import fr.chambery.cqc.web.membership.session.MemberCookie;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.util.List;
import java.util.regex.Pattern;
import java.util.Locale;

/**
 * The one question asked before a page is served from, or stored in, the cache of rendered pages: is
 * this request an anonymous visitor's read of a public page or API answer? It is not when it carries a
 * session cookie ({@code JSESSIONID}, {@code __Host-JSESSIONID}: a staff member, a form under way), any
 * cookie whose name contains the member session's ({@link MemberCookie#NAME}), {@code member} or {@code cqc_m}
 * (a signed-in member), or an
 * {@code Authorization} header (a program's token); nor when it is not a GET or HEAD, or asks for the
 * back office, the sign-in, the members' pages, a stored file, a Faces resource, what the search index and the
 * open-data archive serve (rebuilt in the background, they do not advance the data's version), or sets the language
 * ({@code ?lang=}, which answers with a cookie).
 */
public final class AnonymousRequest {

    private static final List<String> SESSION_COOKIES = List.of("jsessionid", "__host-jsessionid");
    private static final List<String> MEMBER_COOKIE_MARKS = List.of(MemberCookie.NAME, "member", "cqc_m");
    private static final List<String> NEVER_CACHED = List.of("/admin", "/login", "/membership", "/files/",
            "/jakarta.faces.resource/", "/assets/", "/api/test-fixtures",
            // built from the search index and the open-data archive, which are rebuilt in the background
            "/search", "/api/search", "/open-data", "/sitemap.xml");

    private static final Pattern LANG = Pattern.compile("(^|&)lang(=|&|$)");

    private AnonymousRequest() {
    }

    /** Whether the request may be answered from the cache, and its answer kept there. */
    public static boolean isCacheable(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (NEVER_CACHED.stream().anyMatch(path::startsWith) || setsTheLanguage(request)) {
            return false;
        }
        return isAnonymous(request);
    }

    /**
     * Whether the query names {@code lang}: read from the raw query string, since asking the request for a
     * parameter here, before the pages set the request's encoding, would decode every parameter as ISO-8859-1
     * for the rest of the request (a search for « partagés » would then find nothing).
     */
    private static boolean setsTheLanguage(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && LANG.matcher(query).find();
    }

    /** Whether the request carries nothing that names a person: no session, no member cookie, no credentials. */
    public static boolean isAnonymous(HttpServletRequest request) {
        if (request.getHeader("Authorization") != null) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return true;
        }
        for (Cookie cookie : cookies) {
            String name = cookie.getName().toLowerCase(Locale.ROOT);
            if (SESSION_COOKIES.contains(name) || MEMBER_COOKIE_MARKS.stream().anyMatch(name::contains)) {
                return false;
            }
        }
        return true;
    }
}
