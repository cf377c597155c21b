package fr.chambery.cqc.web.security;

import fr.chambery.cqc.core.access.AccessDeniedException;
import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.account.Account;
import fr.chambery.cqc.core.account.Accounts;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A refusal from {@code Permissions} that reaches a servlet (a download, an export) answers 403 with the
 * French page, never 500 with a stack trace. It is expected, so it is logged in one line, naming the
 * account by its id and never by its e-mail. (Faces actions have {@code AccessDeniedHandler}, the API its
 * exception mapper: both answer 403 too.) Declared in {@code web.xml}, after the security headers.
 */
public class Refusals extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(Refusals.class.getName());

    @Inject
    CurrentActor current;

    @Inject
    Accounts accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            Optional<AccessDeniedException> refusal = refusalIn(e);
            if (refusal.isEmpty()) {
                throw e;
            }
            LOG.info(() -> line(request, refusal.get()));
            if (!response.isCommitted()) {
                response.reset();
                response.sendError(HttpServletResponse.SC_FORBIDDEN, "Accès refusé");
            }
        }
    }

    static Optional<AccessDeniedException> refusalIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException refusal) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }

    private String line(HttpServletRequest request, AccessDeniedException refusal) {
        Actor actor = current.inBackOffice();
        String who = actor.email().flatMap(accounts::byEmail).map(Account::id).map(id -> "account " + id)
                .orElse("an anonymous visitor");
        return "Refused (403): " + who + " (" + actor.role().map(Enum::name).orElse("no role") + ") may not "
                + refusal.action() + " (" + request.getMethod() + " " + request.getServletPath() + ")";
    }
}
