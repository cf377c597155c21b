package fr.chambery.cqc.core.account;

import fr.chambery.cqc.core.access.Action;
import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.access.Permissions;
import fr.chambery.cqc.core.actionlog.ActionLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Bearer tokens of the API: 256 random bits, shown once when issued, stored as SHA-256. Programs call
 * the API's write endpoints with {@code Authorization: Bearer <token>}, never with a session cookie.
 */
@ApplicationScoped
public class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    ActionLog log;

    /** Issues a token for the account; the returned value is the only copy of it. */
    @Transactional
    public String issue(Actor actor, String email, String label) {
        Permissions.require(actor, Action.MANAGE_ACCOUNTS);
        Account account = accounts.byEmail(email).orElseThrow(() -> new IllegalArgumentException("Unknown account " + email));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.persist(new ApiToken(account, label == null || label.isBlank() ? "API" : label.strip(), sha256(token), Instant.now()));
        log.record(actor, "create", "api_token", account.email(), label, null, Map.of("account", account.email(), "label", String.valueOf(label)));
        return token;
    }

    public Optional<Account> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("select t from ApiToken t where t.tokenHash = :hash and t.revokedAt is null", ApiToken.class)
                .setParameter("hash", sha256(token.strip()))
                .getResultStream().findFirst().map(ApiToken::account);
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
