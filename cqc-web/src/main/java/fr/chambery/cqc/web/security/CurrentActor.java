package fr.chambery.cqc.web.security;

import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.account.Account;
import fr.chambery.cqc.core.account.Accounts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;
import java.util.Optional;

/**
 * Who is asking, for {@code fr.chambery.cqc.core.access.Permissions}: in the back office, the account
 * signed in with the session; on the API, only the account of the bearer token (a session cookie never
 * authorises an API call, so a forged cross-site request carries no rights).
 */
@RequestScoped
public class CurrentActor {

    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    private Actor session;
    private Actor bearer = Actor.ANONYMOUS;

    /** The account signed in through the form, if it is still active; or anonymous. */
    public Actor inBackOffice() {
        if (session == null) {
            session = Optional.ofNullable(security.getCallerPrincipal())
                    .map(Principal::getName)
                    .flatMap(accounts::byEmail)
                    .filter(Account::isActive)
                    .map(Account::actor)
                    .orElse(Actor.ANONYMOUS);
        }
        return session;
    }

    /** The account of the request's bearer token, or anonymous. */
    public Actor onApi() {
        return bearer;
    }

    void authenticatedByToken(Actor actor) {
        this.bearer = actor;
    }
}
