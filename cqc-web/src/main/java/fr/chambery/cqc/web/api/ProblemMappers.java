package fr.chambery.cqc.web.api;

import fr.chambery.cqc.core.access.AccessDeniedException;
import fr.chambery.cqc.core.assembly.ConcurrentEditException;
import fr.chambery.cqc.core.assembly.UnknownAssemblyException;
import fr.chambery.cqc.core.refusal.DomainRefusal;
import fr.chambery.cqc.core.refusal.Refusal;
import fr.chambery.cqc.web.ui.RefusalMessages;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.ext.Provider;

import java.util.Locale;
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
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(fr.chambery.cqc.core.document.DocumentRefusedException e) {
            return switch (e.reason()) {
                case TOO_LARGE -> problem(Response.Status.REQUEST_ENTITY_TOO_LARGE, headers, "problem.document.tooLarge", e);
                case TYPE_NOT_ALLOWED, CONTRADICTS_NAME -> problem(Response.Status.UNSUPPORTED_MEDIA_TYPE, headers, "problem.document.type", e);
                case UNREADABLE -> problem(UNPROCESSABLE, headers, "problem.document.unreadable", e);
                case NOT_FOUND -> problem(Response.Status.NOT_FOUND, headers, "problem.document.notFound", e);
                default -> problem(Response.Status.BAD_REQUEST, headers, "problem.document.refused", e);
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

    /** A problem whose title comes from the bundles and whose detail is already worded. */
    static Response problem(Response.StatusType status, Locale language, String titleKey, String detail) {
        return ProblemJson.response(status, RefusalMessages.text(language, titleKey), detail);
    }

    /** A refusal worded in the caller's language, under a title from the bundles. */
    static Response problem(Response.StatusType status, HttpHeaders headers, String titleKey, Refusal refusal) {
        Locale language = ApiLanguage.of(headers);
        return problem(status, language, titleKey, RefusalMessages.text(refusal, language));
    }

    @Provider
    public static class UnknownAssembly implements ExceptionMapper<UnknownAssemblyException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(UnknownAssemblyException e) {
            return problem(Response.Status.NOT_FOUND, headers, "problem.space.unknown", e);
        }
    }

    @Provider
    public static class Denied implements ExceptionMapper<AccessDeniedException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(AccessDeniedException e) {
            Locale language = ApiLanguage.of(headers);
            if (e.isAnonymous()) {
                return Response.fromResponse(problem(Response.Status.UNAUTHORIZED, language, "problem.unauthenticated",
                        RefusalMessages.text(language, "problem.unauthenticated.detail")))
                        .header("WWW-Authenticate", "Bearer realm=\"cqc\"").build();
            }
            return problem(Response.Status.FORBIDDEN, language, "problem.denied", RefusalMessages.text(language, "problem.denied.detail"));
        }
    }

    @Provider
    public static class Concurrent implements ExceptionMapper<ConcurrentEditException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ConcurrentEditException e) {
            return problem(Response.Status.CONFLICT, headers, "problem.space.concurrent", e);
        }
    }

    @Provider
    public static class MalformedJson implements ExceptionMapper<jakarta.ws.rs.ProcessingException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(jakarta.ws.rs.ProcessingException e) {
            Locale language = ApiLanguage.of(headers);
            return problem(Response.Status.BAD_REQUEST, language, "problem.json", RefusalMessages.text(language, "problem.json.detail"));
        }
    }

    /**
     * Input the domain refuses (a malformed slug, an unknown type, a meeting ending before it starts...) or
     * that a resource refuses before calling it ({@link InvalidRequestException}): 400, worded in the caller's
     * language.
     */
    @Provider
    public static class Refused implements ExceptionMapper<DomainRefusal> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(DomainRefusal e) {
            return problem(Response.Status.BAD_REQUEST, headers, "problem.invalid", e);
        }
    }

    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {

        @Inject
        CurrentActor actor;

        @Context
        Request request;

        @Context
        HttpHeaders headers;

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
            Locale language = ApiLanguage.of(headers);
            String title = switch (e) {
                case NotFoundException ignored -> RefusalMessages.text(language, "problem.notFound");
                case NotAcceptableException ignored -> RefusalMessages.text(language, "problem.notAcceptable");
                case NotAllowedException ignored -> RefusalMessages.text(language, "problem.notAllowed");
                case NotSupportedException ignored -> RefusalMessages.text(language, "problem.notSupported");
                default -> status.getReasonPhrase();
            };
            String detail = switch (e) {
                case NotAcceptableException ignored -> RefusalMessages.text(language, "problem.notAcceptable.detail");
                case NotFoundException ignored -> RefusalMessages.text(language, "problem.notFound.detail");
                default -> status.getReasonPhrase();
            };
            return ProblemJson.response(status, title, detail);
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(Throwable e) {
            LOG.log(Level.SEVERE, "Unexpected API failure", e);
            Locale language = ApiLanguage.of(headers);
            return problem(Response.Status.INTERNAL_SERVER_ERROR, language, "problem.unexpected",
                    RefusalMessages.text(language, "problem.unexpected.detail"));
        }
    }
}
