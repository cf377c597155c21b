package fr.chambery.cqc.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;

/** Sign-out: ends the authentication and the session, back to the public pages. */
@Named
@RequestScoped
public class SignOut {

    @Inject
    ExternalContext external;

    public void submit() throws ServletException, IOException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/assemblies");
    }
}
