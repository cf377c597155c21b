package fr.chambery.cqc.web.security;

import fr.chambery.cqc.core.account.Account;
import fr.chambery.cqc.core.account.Accounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.util.Optional;
import java.util.Set;

/**
 * A staff member's session that reaches an instance other than the one she signed in on (her instance
 * was stopped or killed; the cluster, docs/cluster.md): the session's attributes come from Payara's data
 * grid, but the container's record of who is signed in stays in the instance that made it. The session
 * holds the account's id ({@link SessionPolicy}, set only by the sign-in); if that account is still active,
 * the sign-in is taken up here, with the account's current role, instead of sending her to the sign-in form.
 */
@ApplicationScoped
public class ContinuedSessions {

    @Inject
    Accounts accounts;

    /** The sign-in taken up on this instance, or nothing to take up. */
    Optional<AuthenticationStatus> resume(HttpServletRequest request, HttpMessageContext context) {
        if (request.getUserPrincipal() != null || context.isAuthenticationRequest()) {
            return Optional.empty();
        }
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SessionPolicy.ACCOUNT_ID) instanceof Long id)) {
            return Optional.empty();
        }
        Optional<Account> account = accounts.byId(id).filter(a -> a.disabledAt().isEmpty());
        if (account.isEmpty()) {
            return Optional.empty();
        }
        Set<String> groups = Set.of(account.get().role().name());
        context.setRegisterSession(account.get().email(), groups);
        return Optional.of(context.notifyContainerAboutLogin(account.get().email(), groups));
    }
}
