package fr.chambery.cqc.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * How long a signed-in session lives: 30 minutes idle (web.xml) and 12 hours in all, whatever the
 * activity. The session cookie is HttpOnly (web.xml), SameSite=Lax (payara-web.xml), and, when
 * {@code cqc.security.secure-cookies} is on (production, behind HTTPS), Secure and named with the
 * {@code __Host-} prefix (path {@code /}, no domain): a browser then refuses it from a plain-HTTP page or a
 * sibling sub-domain.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SessionPolicy extends HttpFilter {

    static final String SIGNED_IN_AT = "cqc.signedInAt";
    static final Duration ABSOLUTE_LIFETIME = Duration.ofHours(12);

    static final String SECURE_COOKIE_NAME = "__Host-JSESSIONID";

    /** Sets the session cookie's Secure flag and {@code __Host-} name from configuration, before the first session. */
    @WebListener
    public static class SecureCookies implements ServletContextListener {
        @Override
        public void contextInitialized(ServletContextEvent event) {
            boolean secure = ConfigProvider.getConfig().getOptionalValue("cqc.security.secure-cookies", Boolean.class).orElse(false);
            var cookie = event.getServletContext().getSessionCookieConfig();
            cookie.setSecure(secure);
            if (secure) {
                cookie.setName(SECURE_COOKIE_NAME);
                cookie.setPath("/");
            }
        }
    }

    static void markSignedIn(HttpServletRequest request) {
        request.getSession().setAttribute(SIGNED_IN_AT, Instant.now());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN_AT) instanceof Instant signedIn
                && signedIn.plus(ABSOLUTE_LIFETIME).isBefore(Instant.now())) {
            session.invalidate();
            request.logout();
            response.sendRedirect(request.getContextPath() + "/login?expiree");
            return;
        }
        chain.doFilter(request, response);
    }
}
