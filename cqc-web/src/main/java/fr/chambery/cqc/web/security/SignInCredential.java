package fr.chambery.cqc.web.security;

import jakarta.security.enterprise.credential.Credential;

/** What the sign-in form sends: e-mail, password and, for staff, the authenticator's code. */
public record SignInCredential(String email, String password, String code) implements Credential {

    @Override
    public String toString() {
        return "SignInCredential[" + email + "]";
    }
}
