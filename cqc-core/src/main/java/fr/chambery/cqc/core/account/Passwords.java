package fr.chambery.cqc.core.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * How passwords are kept: hashed with PBKDF2-HMAC-SHA512, 210 000 iterations, 32-byte salt (Jakarta
 * Security's {@link Pbkdf2PasswordHash}), and checked against their hash.
 */
@ApplicationScoped
public class Passwords {

    static final Map<String, String> HASH_PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void configureHash() {
        hash.initialize(HASH_PARAMETERS);
    }

    /** Whether {@code password} is the account's; an absurdly long one is not even hashed. */
    boolean matches(Account account, String password) {
        return password != null && password.length() <= PasswordPolicy.MAX * 4
                && hash.verify(password.toCharArray(), account.passwordHash());
    }

    String hashOf(String password) {
        return hash.generate(password.toCharArray());
    }

    /** Spends the time of a check when there is no account to check, so that timing tells nothing. */
    void equaliseTiming() {
        hash.generate("timing-equaliser".toCharArray());
    }
}
