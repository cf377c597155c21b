package fr.chambery.cqc.core.account;

import fr.chambery.cqc.core.access.Action;
import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.access.Permissions;
import fr.chambery.cqc.core.actionlog.ActionLog;
import fr.chambery.cqc.core.actionlog.LogEntry;
import fr.chambery.cqc.core.actionlog.Verb;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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

    /** How precisely a token's last use is kept. */
    static final Duration USE_PRECISION = Duration.ofMinutes(1);

    Clock clock = Clock.systemUTC();

    /** Issues a token for the account; the returned value is the only copy of it. */
    @Transactional
    public String issue(Actor actor, String email, String label) {
        Permissions.require(actor, Action.MANAGE_ACCOUNTS);
        Account account = accounts.byEmail(email).orElseThrow(() -> new IllegalArgumentException("Unknown account " + email));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.persist(new ApiToken(account, label == null || label.isBlank() ? "API" : label.strip(), sha256(token), clock.instant()));
        log.record(LogEntry.by(actor).did(Verb.CREATE).on(AccountLog.API_TOKEN, account.email(), label)
                .to(Map.of("account", account.email(), "label", String.valueOf(label))));
        return token;
    }

    /**
     * The account a token acts as: only an unrevoked token of an active account. Its use is recorded (to the
     * minute, so that a busy client does not write on every call).
     */
    @Transactional
    public Optional<Account> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Optional<ApiToken> found = em.createQuery("select t from ApiToken t where t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", sha256(token.strip()))
                .getResultStream().findFirst()
                .filter(t -> !t.isRevoked() && t.account().isActive());
        found.ifPresent(this::recordUse);
        return found.map(ApiToken::account);
    }

    private void recordUse(ApiToken token) {
        Instant now = clock.instant();
        em.createQuery("update ApiToken t set t.lastUsedAt = :now where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :since)")
                .setParameter("now", now).setParameter("id", token.id()).setParameter("since", now.minus(USE_PRECISION))
                .executeUpdate();
    }

    /** The tokens of an account, newest first, revoked ones included. */
    public List<ApiToken> of(Actor actor, long accountId) {
        Permissions.require(actor, Action.MANAGE_ACCOUNTS);
        return em.createQuery("select t from ApiToken t where t.account.id = :account order by t.createdAt desc, t.id desc", ApiToken.class)
                .setParameter("account", accountId).getResultList();
    }

    /** Revokes a token: the next call with it is answered 401. Revoking twice changes nothing. */
    @Transactional
    public void revoke(Actor actor, long tokenId) {
        Permissions.require(actor, Action.MANAGE_ACCOUNTS);
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null) {
            throw new IllegalArgumentException("Unknown API token " + tokenId);
        }
        if (token.isRevoked()) {
            return;
        }
        token.revoke(clock.instant());
        log.record(LogEntry.by(actor).did(Verb.REVOKE).on(AccountLog.API_TOKEN, token.id(), null)
                .to(Map.of("account", token.account().id())));
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
