package fr.chambery.cqc.web.security;

import fr.chambery.cqc.core.account.Accounts;
import fr.chambery.cqc.core.account.SignInThrottle;
import fr.chambery.cqc.web.ui.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The sign-in form. Five failed attempts for one account within a minute make the next ones answer
 * 429 until the minute is over. A successful sign-in gets a new session id.
 */
@Named
@RequestScoped
public class SignIn {

    private String email;
    private String password;
    private String code;

    @Inject
    SecurityContext security;

    @Inject
    SignInThrottle throttle;

    @Inject
    Accounts accounts;

    public void submit() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        if (!throttle.allows(email)) {
            response.setStatus(429);
            response.setHeader("Retry-After", "60");
            error(faces, "signIn.throttled");
            return;
        }
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new SignInCredential(email, password, code))
                .newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> {
                throttle.succeeded(email);
                renewSession(request);
                faces.responseComplete();
            }
            case SUCCESS -> {
                throttle.succeeded(email);
                renewSession(request);
                boolean staff = security.isCallerInRole("ADMINISTRATEUR") || security.isCallerInRole("MODERATEUR");
                external.redirect(external.getRequestContextPath() + (staff ? "/admin" : "/"));
            }
            default -> {
                throttle.failed(email);
                // A failed attempt leaves Jakarta Security's form state in the session, which then answers
                // the back office with an empty page: start the next attempt from a clean session.
                external.invalidateSession();
                error(faces, "signIn.failed");
            }
        }
    }

    private void renewSession(HttpServletRequest request) {
        request.changeSessionId();
        SessionPolicy.markSignedIn(request, accounts.byEmail(email).orElseThrow().id());
    }

    private static void error(FacesContext faces, String key) {
        Messages.error(null, Messages.text(key));
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
}
