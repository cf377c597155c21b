package fr.chambery.cqc.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Sign-in through the French form at {@code /login}; the back office ({@code /admin/*}, see web.xml)
 * asks for it. Roles are the accounts' roles.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login", useForwardToLogin = false, errorPage = ""))
@DeclareRoles({"ADMINISTRATEUR", "MODERATEUR", "CITOYEN"})
@ApplicationScoped
public class SecurityConfiguration {
}
