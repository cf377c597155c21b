package fr.chambery.cqc.web.security;

import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.account.Account;
import fr.chambery.cqc.core.account.Accounts;
import fr.chambery.cqc.core.membership.MemberSignIn;
import fr.chambery.cqc.core.membership.MemberSignIn.SignedInMember;
import fr.chambery.cqc.web.membership.session.MemberCookie;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;

import java.security.Principal;
import java.util.Optional;

/**
 * Who is asking, for {@code fr.chambery.cqc.core.access.Permissions}: in the back office, the account
 * signed in with the session; on the public pages, the member signed in by an e-mail link (her cookie,
 * read again on each request), else that staff account; on the API, only the account of the bearer token
 * (a session cookie never authorises an API call, so a forged cross-site request carries no rights).
 */
@RequestScoped
public class CurrentActor {

    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    @Inject
    HttpServletRequest request;

    @Inject
    MemberCookie memberCookie;

    @Inject
    MemberSignIn memberSignIn;

    private Optional<SignedInMember> member;
    private Actor session;
    private Actor bearer = Actor.ANONYMOUS;

    /** The account signed in through the form, if it is still active; or anonymous. */
    public Actor inBackOffice() {
        if (session == null) {
            session = Optional.ofNullable(security.getCallerPrincipal())
                    .map(Principal::getName)
                    .flatMap(accounts::byEmail)
                    .filter(Account::isActive)
                    .map(Actor::of)
                    .orElse(Actor.ANONYMOUS);
        }
        return session;
    }

    /**
     * On the public pages: the member of a valid member cookie, with the councils where her sign-up is
     * confirmed now (so a member who left or erased her data acts no more); else the staff account signed
     * in to the back office; else anonymous.
     */
    public Actor onPublicPages() {
        return member().map(SignedInMember::actor).orElseGet(this::inBackOffice);
    }

    /** The member signed in by an e-mail link, if her session is still open; looked up once per request. */
    public Optional<SignedInMember> member() {
        if (member == null) {
            member = memberCookie.read(request).flatMap(memberSignIn::resume);
        }
        return member;
    }

    /** The account of the request's bearer token, or anonymous. */
    public Actor onApi() {
        return bearer;
    }

    void authenticatedByToken(Actor actor) {
        this.bearer = actor;
    }
}
