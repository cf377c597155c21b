package fr.chambery.cqc.web.membership.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The cookie of a member's session: the session's random secret only (the server keeps its SHA-256),
 * HttpOnly, SameSite=Lax, and, when {@code cqc.security.secure-cookies} is on, Secure and named with the
 * {@code __Host-} prefix (path {@code /}, no domain), as the staff's session cookie. It is not the servlet
 * session: a visitor gets none.
 */
@ApplicationScoped
public class MemberCookie {

    /** Its name (behind HTTPS, with the {@code __Host-} prefix); the page cache keeps nothing for a request carrying it. */
    public static final String NAME = "cqc-membre";
    static final String SECURE_NAME = "__Host-" + NAME;

    @Inject
    @ConfigProperty(name = "cqc.security.secure-cookies", defaultValue = "false")
    boolean secure;

    /** The secret the browser sent, if any. */
    public Optional<String> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> c.getName().equals(name())).map(Cookie::getValue)
                .filter(v -> !v.isBlank()).findFirst();
    }

    public void write(HttpServletRequest request, HttpServletResponse response, String secret, Duration lifetime) {
        response.addCookie(cookie(request, secret, (int) lifetime.toSeconds()));
    }

    public void clear(HttpServletRequest request, HttpServletResponse response) {
        response.addCookie(cookie(request, "", 0));
    }

    private Cookie cookie(HttpServletRequest request, String value, int maxAge) {
        Cookie cookie = new Cookie(name(), value);
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setPath(secure || request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(maxAge);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    String name() {
        return secure ? SECURE_NAME : NAME;
    }
}
