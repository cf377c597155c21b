package fr.chambery.cqc.web.security;

import fr.chambery.cqc.core.access.Action;
import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.access.Permissions;
import fr.chambery.cqc.web.api.ProblemJson;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Every write of the API (POST, PUT, PATCH, DELETE) asks first who is calling, before its body is read,
 * parsed or validated: without a token, 401; with the token of an account that may not enter the back
 * office (a citizen), 403. Whatever the body (malformed JSON, missing fields, wrong type), a caller
 * without rights learns nothing more. The finer rule (which space, which action) is then
 * {@code Permissions}' in the resource. A resource method marked {@link PermitAll} is open.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ApiWriteGuard implements ContainerRequestFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Inject
    CurrentActor actor;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource.getResourceMethod() != null && (resource.getResourceMethod().isAnnotationPresent(PermitAll.class)
                || resource.getResourceClass().isAnnotationPresent(PermitAll.class))) {
            return;
        }
        refusal(request.getMethod(), actor.onApi()).ifPresent(request::abortWith);
    }

    /** The answer to a write by {@code caller} who may not write at all; empty for a reading or a staff caller. */
    public static Optional<Response> refusal(String method, Actor caller) {
        if (!WRITES.contains(method.toUpperCase(Locale.ROOT)) || Permissions.can(caller, Action.ENTER_BACK_OFFICE)) {
            return Optional.empty();
        }
        if (caller.role().isEmpty()) {
            return Optional.of(BearerAuthentication.unauthorized(
                    "Les appels qui modifient des données demandent un jeton : Authorization: Bearer <jeton>."));
        }
        return Optional.of(ProblemJson.response(Response.Status.FORBIDDEN, "Accès refusé",
                "Le compte de ce jeton ne permet pas de modifier des données."));
    }
}
