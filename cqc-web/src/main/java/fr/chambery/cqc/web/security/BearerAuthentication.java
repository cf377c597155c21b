package fr.chambery.cqc.web.security;

import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.account.ApiTokens;
import fr.chambery.cqc.web.api.ProblemJson;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads {@code Authorization: Bearer <token>} on every API call, first of all (before the request is even
 * matched to a resource): a valid token makes its account the actor of the request; an invalid one is
 * answered 401 at once. {@link ApiWriteGuard} then decides, still before any body is read.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthentication implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    @Inject
    ApiTokens tokens;

    @Inject
    CurrentActor actor;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return;
        }
        if (!header.startsWith(BEARER)) {
            request.abortWith(unauthorized("Seuls les jetons Bearer sont acceptés."));
            return;
        }
        tokens.authenticate(header.substring(BEARER.length()))
                .ifPresentOrElse(account -> actor.authenticatedByToken(account.actor()),
                        () -> request.abortWith(unauthorized("Ce jeton d'API n'est pas valide ou a été révoqué.")));
    }

    static Response unauthorized(String detail) {
        return Response.fromResponse(ProblemJson.response(Response.Status.UNAUTHORIZED, "Authentification requise", detail))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"cqc\"").build();
    }
}
