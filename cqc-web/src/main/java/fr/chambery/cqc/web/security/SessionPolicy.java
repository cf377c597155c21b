package fr.chambery.cqc.web.security;

import fr.chambery.cqc.core.account.Accounts;
import jakarta.inject.Inject;
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
 * activity, and no longer than its account stays active: on every request of a signed-in session the
 * account is looked up by id, and a disabled or deleted account's session ends there. The session cookie
 * is HttpOnly (web.xml), SameSite=Lax (payara-web.xml), and, when {@code cqc.security.secure-cookies} is on
 * (production, behind HTTPS), Secure and named with the {@code __Host-} prefix (path {@code /}, no domain):
 * a browser then refuses it from a plain-HTTP page or a sibling sub-domain.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SessionPolicy extends HttpFilter {

    static final String SIGNED_IN_AT = "cqc.signedInAt";
    static final String ACCOUNT_ID = "cqc.accountId";
    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Inject
    Accounts accounts;
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

    static void markSignedIn(HttpServletRequest request, long accountId) {
        request.getSession().setAttribute(SIGNED_IN_AT, Instant.now());
        request.getSession().setAttribute(ACCOUNT_ID, accountId);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN_AT) instanceof Instant signedIn
                && signedIn.plus(ABSOLUTE_LIFETIME).isBefore(Instant.now())) {
            end(session, request, response, "expiree");
            return;
        }
        if (session != null && session.getAttribute(ACCOUNT_ID) instanceof Long account
                && !request.getRequestURI().startsWith(request.getContextPath() + RESOURCES)
                && !accounts.mayStaySignedIn(account)) {
            end(session, request, response, "fin");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void end(HttpSession session, HttpServletRequest request, HttpServletResponse response, String reason)
            throws ServletException, IOException {
        session.invalidate();
        request.logout();
        response.sendRedirect(request.getContextPath() + "/login?" + reason);
    }
}
