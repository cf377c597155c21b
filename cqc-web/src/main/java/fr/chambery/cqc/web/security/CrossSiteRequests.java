package fr.chambery.cqc.web.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition.CustomFormAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanismHandler;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Refuses a state-changing request (POST, PUT, PATCH, DELETE) sent by a page of another site, before
 * anything else runs: before sign-in is asked for, so no session is created and the cookie of a signed-in
 * staff member is never replaced (a cross-site form arrives without it, SameSite=Lax, and the sign-in
 * redirect would otherwise set a new one). Such a request is refused with 403 when the browser says so
 * ({@code Sec-Fetch-Site: cross-site}) or when its {@code Origin} is not this site's ({@code cqc.public-url},
 * or the request's own {@code Host}). A program calling the API with a bearer token sends neither header
 * and goes through. A staff member's session continued from another instance is taken up here
 * ({@link ContinuedSessions}); every other request goes on to the sign-in form mechanism of
 * {@link SecurityConfiguration}.
 * <p>
 * It is the Jakarta Security handler the container calls for every request, ahead of the servlet filters.
 */
@Alternative
@Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class CrossSiteRequests implements HttpAuthenticationMechanismHandler {

    @Inject
    @CustomFormAuthenticationMechanism
    HttpAuthenticationMechanism signInForm;

    @Inject
    ContinuedSessions continued;

    @Inject
    @ConfigProperty(name = "cqc.public-url")
    Optional<String> publicUrl;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        if (OriginRule.refuses(request.getMethod(), request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"),
                request.getHeader("Host"), publicUrl)) {
            refuse(response);
            return AuthenticationStatus.SEND_FAILURE;
        }
        Optional<AuthenticationStatus> resumed = continued.resume(request, context);
        if (resumed.isPresent()) {
            return resumed.get();
        }
        return signInForm.validateRequest(request, response, context);
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context) throws AuthenticationException {
        return signInForm.secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        signInForm.cleanSubject(request, response, context);
    }

    private static void refuse(HttpServletResponse response) {
        try {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Content-Security-Policy", SecurityHeaders.FILE_POLICY);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.getOutputStream().write(("Requête refusée : elle a été envoyée depuis un autre site. "
                    + "Si vous êtes à l'origine de cette action, refaites-la depuis les pages du site.")
                    .getBytes(StandardCharsets.UTF_8));
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
