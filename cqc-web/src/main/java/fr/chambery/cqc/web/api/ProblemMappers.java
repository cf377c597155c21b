package fr.chambery.cqc.web.api;

import fr.chambery.cqc.core.access.AccessDeniedException;
import fr.chambery.cqc.core.assembly.ConcurrentEditException;
import fr.chambery.cqc.core.assembly.UnknownAssemblyException;
import fr.chambery.cqc.web.security.ApiWriteGuard;
import fr.chambery.cqc.web.security.CurrentActor;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.ext.Provider;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every failure of the API answers with a problem body, never a stack trace. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    /** A refused upload or edit: 413 too large, 415 wrong type, 422 unreadable, 404 unknown, else 400. */
    @Provider
    public static class DocumentRefused implements ExceptionMapper<fr.chambery.cqc.core.document.DocumentRefusedException> {
        @Override
        public Response toResponse(fr.chambery.cqc.core.document.DocumentRefusedException e) {
            return switch (e.reason()) {
                case TOO_LARGE -> ProblemJson.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, "Fichier trop volumineux", e.getMessage());
                case TYPE_NOT_ALLOWED, CONTRADICTS_NAME -> ProblemJson.response(Response.Status.UNSUPPORTED_MEDIA_TYPE, "Type de fichier refusé", e.getMessage());
                case UNREADABLE -> ProblemJson.response(UNPROCESSABLE, "Fichier refusé", e.getMessage());
                case NOT_FOUND -> ProblemJson.response(Response.Status.NOT_FOUND, "Document introuvable", e.getMessage());
                default -> ProblemJson.response(Response.Status.BAD_REQUEST, "Document refusé", e.getMessage());
            };
        }
    }

    private static final Response.StatusType UNPROCESSABLE = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    @Provider
    public static class UnknownAssembly implements ExceptionMapper<UnknownAssemblyException> {
        @Override
        public Response toResponse(UnknownAssemblyException e) {
            return ProblemJson.response(Response.Status.NOT_FOUND, "Assemblée introuvable",
                    "Aucune assemblée publiée ne porte l'identifiant « " + e.slug() + " ».");
        }
    }

    @Provider
    public static class Denied implements ExceptionMapper<AccessDeniedException> {
        @Override
        public Response toResponse(AccessDeniedException e) {
            if (e.isAnonymous()) {
                return Response.fromResponse(ProblemJson.response(Response.Status.UNAUTHORIZED, "Authentification requise",
                        "Les appels qui modifient des données demandent un jeton : Authorization: Bearer <jeton>."))
                        .header("WWW-Authenticate", "Bearer realm=\"cqc\"").build();
            }
            return ProblemJson.response(Response.Status.FORBIDDEN, "Accès refusé",
                    "Le compte de ce jeton ne permet pas cette action sur cet espace.");
        }
    }

    @Provider
    public static class Concurrent implements ExceptionMapper<ConcurrentEditException> {
        @Override
        public Response toResponse(ConcurrentEditException e) {
            return ProblemJson.response(Response.Status.CONFLICT, "Modification concurrente",
                    "L'espace a changé depuis la version indiquée : relisez-le, puis renvoyez vos modifications avec sa version actuelle.");
        }
    }

    @Provider
    public static class MalformedJson implements ExceptionMapper<jakarta.ws.rs.ProcessingException> {
        @Override
        public Response toResponse(jakarta.ws.rs.ProcessingException e) {
            return ProblemJson.response(Response.Status.BAD_REQUEST, "Corps JSON invalide",
                    "Le corps de la requête n'est pas un JSON conforme au schéma (voir /openapi).");
        }
    }

    @Provider
    public static class InvalidArgument implements ExceptionMapper<IllegalArgumentException> {
        @Override
        public Response toResponse(IllegalArgumentException e) {
            return ProblemJson.response(Response.Status.BAD_REQUEST, "Requête invalide", e.getMessage());
        }
    }

    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {

        @Inject
        CurrentActor actor;

        @Context
        Request request;

        @Override
        public Response toResponse(WebApplicationException e) {
            if (e instanceof NotSupportedException) {
                // a write whose body has the wrong type is refused while matching, before ApiWriteGuard:
                // a caller without rights still hears 401 or 403 first
                Optional<Response> refusal = ApiWriteGuard.refusal(request.getMethod(), actor.onApi());
                if (refusal.isPresent()) {
                    return refusal.get();
                }
            }
            if (e.getResponse().hasEntity()) {
                return e.getResponse();
            }
            Response.StatusType status = e.getResponse().getStatusInfo();
            String title = switch (e) {
                case NotFoundException ignored -> "Ressource introuvable";
                case NotAcceptableException ignored -> "Format de réponse non disponible";
                case NotAllowedException ignored -> "Méthode non autorisée";
                case NotSupportedException ignored -> "Format de requête non pris en charge";
                default -> status.getReasonPhrase();
            };
            String detail = switch (e) {
                case NotAcceptableException ignored -> "Cette API répond en application/json (et application/problem+json pour les erreurs).";
                case NotFoundException ignored -> "Aucune ressource à cette adresse.";
                default -> e.getMessage();
            };
            return ProblemJson.response(status, title, detail);
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(Throwable e) {
            LOG.log(Level.SEVERE, "Unexpected API failure", e);
            return ProblemJson.response(Response.Status.INTERNAL_SERVER_ERROR, "Erreur interne",
                    "Une erreur inattendue est survenue ; elle a été consignée.");
        }
    }
}
