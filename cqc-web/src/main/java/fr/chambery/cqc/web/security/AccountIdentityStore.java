package fr.chambery.cqc.web.security;

import fr.chambery.cqc.core.account.SignInVerifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.Set;

/**
 * The identity store of Jakarta Security: the accounts in the database, checked by the core (PBKDF2
 * password, then the TOTP code of staff). The caller's group is its role.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    SignInVerifier verifier;

    public CredentialValidationResult validate(SignInCredential credential) {
        return verifier.signIn(credential.email(), credential.password(), credential.code())
                .map(account -> new CredentialValidationResult(account.email(), Set.of(account.role().name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
