package fr.chambery.cqc.web.infrastructure;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * While the instance stops ({@link GracefulStop}), a new request is answered {@code 503} at once, touching
 * nothing: nginx passes a GET on to another instance and leaves this one aside (passive health check), and a
 * form sent in that instant gets an error the visitor can send again, never a half-done action. Declared in
 * {@code web.xml}, first of the filters.
 */
public class StoppingInstance extends HttpFilter {

    /** Seconds after which a client may try again (another instance answers at once). */
    static final String RETRY_AFTER = "5";

    @Inject
    GracefulStop stop;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (stop.stopping()) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", RETRY_AFTER);
            response.setHeader("Connection", "close");
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Ce serveur s'arrête pour une mise à jour : renvoyez votre demande dans quelques secondes.\n");
            return;
        }
        chain.doFilter(request, response);
    }
}
