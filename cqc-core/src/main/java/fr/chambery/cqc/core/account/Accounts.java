package fr.chambery.cqc.core.account;

import fr.chambery.cqc.core.access.Role;
import fr.chambery.cqc.core.refusal.Refusal;
import fr.chambery.cqc.core.access.Action;
import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.access.Permissions;
import fr.chambery.cqc.core.actionlog.ActionLog;
import fr.chambery.cqc.core.actionlog.LogEntry;
import fr.chambery.cqc.core.actionlog.Verb;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Accounts: creating them under the password policy, and checking a sign-in (password, then the second
 * factor of staff; a disabled account signs in no more). Disabling and deleting are {@link AccountLifecycle}'s,
 * the owner's own changes {@link OwnCredentials}'. Passwords are hashed with PBKDF2-HMAC-SHA512, 210 000 iterations, 32-byte salt
 * (Jakarta Security's {@link Pbkdf2PasswordHash}).
 */
@ApplicationScoped
public class Accounts {

    static final Map<String, String> HASH_PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    ActionLog log;

    Clock clock = Clock.systemUTC();

    @PostConstruct
    void configureHash() {
        hash.initialize(HASH_PARAMETERS);
    }

    /** Whether {@code password} is the account's (PBKDF2 check, for its owner's changes). */
    boolean passwordMatches(Account account, String password) {
        return password != null && password.length() <= PasswordPolicy.MAX * 4
                && hash.verify(password.toCharArray(), account.passwordHash());
    }

    String hashOf(String password) {
        return hash.generate(password.toCharArray());
    }

    public Optional<Account> byEmail(String email) {
        String key;
        try {
            key = Account.normalise(email);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return em.createQuery("select a from Account a where a.email = :email", Account.class)
                .setParameter("email", key).getResultStream().findFirst();
    }

    public boolean anyAdministrator() {
        return !em.createQuery("select a.id from Account a where a.role = :role", Long.class)
                .setParameter("role", Role.ADMINISTRATEUR).setMaxResults(1).getResultList().isEmpty();
    }

    public List<Account> all() {
        return em.createQuery("select a from Account a order by a.email", Account.class).getResultList();
    }

    /**
     * Creates an account.
     *
     * @throws InvalidAccountException with the reasons, in French, when the address is taken or invalid or
     *                                 the password refused
     */
    @Transactional
    public Account create(Actor actor, String email, String displayName, Role role, String password, String totpSecret,
                          Set<Long> moderatedSpaceIds) {
        Permissions.require(actor, Action.MANAGE_ACCOUNTS);
        List<Refusal> problems = new ArrayList<>(PasswordPolicy.problems(password, role, email));
        try {
            if (byEmail(email).isPresent()) {
                problems.add(Refusal.of("refusal.account.email.taken"));
            }
            Account.normalise(email);
        } catch (IllegalArgumentException e) {
            problems.add(Refusal.of("refusal.account.email.invalid"));
        }
        if (role.isStaff() && totpSecret == null) {
            problems.add(Refusal.of("refusal.account.secondFactor.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidAccountException(problems);
        }
        Account account = new Account(email, displayName, role, hash.generate(password.toCharArray()), clock.instant());
        if (totpSecret != null) {
            account.enrolSecondFactor(totpSecret);
        }
        if (role == Role.MODERATEUR) {
            account.assignSpaces(moderatedSpaceIds);
        }
        em.persist(account);
        log.record(LogEntry.by(actor).did(Verb.CREATE).on(AccountLog.ACCOUNT, account.email(), account.displayName() + " <" + account.email() + ">")
                .to(snapshot(account)));
        return account;
    }

    public Optional<Account> byId(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    /**
     * Gives an account another role and, for a moderator, its spaces (none: every space). The last
     * administrator keeps the role, so that someone can always manage accounts.
     *
     * @throws InvalidAccountException when that would leave no administrator
     */
    @Transactional
    public Account changeRole(Actor actor, long id, Role role, Set<Long> moderatedSpaceIds) {
        Permissions.require(actor, Action.MANAGE_ACCOUNTS);
        Account account = byId(id).orElseThrow(() -> new IllegalArgumentException("Unknown account " + id));
        if (role != Role.ADMINISTRATEUR && isLastActiveAdministrator(account)) {
            throw new InvalidAccountException("refusal.account.lastAdministrator");
        }
        if (role.isStaff() && !account.hasSecondFactor()) {
            throw new InvalidAccountException("refusal.account.secondFactor.missing");
        }
        Map<String, Object> before = snapshot(account);
        account.changeRole(role, role == Role.MODERATEUR ? moderatedSpaceIds : Set.of());
        log.record(LogEntry.by(actor).did(Verb.UPDATE).on(AccountLog.ACCOUNT, account.email(), account.displayName() + " <" + account.email() + ">")
                .from(before).to(snapshot(account)));
        return account;
    }

    /** Gives the account a new TOTP secret, returned to be handed over once; the old one stops working. */
    @Transactional
    public String resetSecondFactor(Actor actor, long id) {
        Permissions.require(actor, Action.MANAGE_ACCOUNTS);
        Account account = byId(id).orElseThrow(() -> new IllegalArgumentException("Unknown account " + id));
        String secret = SecondFactor.newSecret();
        account.enrolSecondFactor(secret);
        log.record(LogEntry.by(actor).did(Verb.RESET_SECOND_FACTOR).on(AccountLog.ACCOUNT, account.email(), account.displayName() + " <" + account.email() + ">"));
        return secret;
    }

    /** Whether this account is the only active administrator: it must stay one, and stay active. */
    boolean isLastActiveAdministrator(Account account) {
        if (account.role() != Role.ADMINISTRATEUR || !account.isActive()) {
            return false;
        }
        return em.createQuery("select count(a) from Account a where a.role = :role and a.disabledAt is null", Long.class)
                .setParameter("role", Role.ADMINISTRATEUR).getSingleResult() <= 1;
    }

    /**
     * Whether a session signed in as this account may go on: the account still exists and is active. Asked
     * on every request of a signed-in session, so it reads one column by primary key.
     */
    public boolean mayStaySignedIn(long id) {
        return !em.createQuery("select a.id from Account a where a.id = :id and a.disabledAt is null", Long.class)
                .setParameter("id", id).getResultList().isEmpty();
    }

    private static Map<String, Object> snapshot(Account account) {
        return Map.of("email", account.email(), "role", account.role().name(),
                "spaces", account.moderatedSpaceIds().stream().sorted().toList());
    }

    /**
     * The account that {@code email}, {@code password} and, for staff, {@code code} sign in; empty when any
     * of them is wrong (which one is not said). An accepted code is used up.
     */
    @Transactional
    public Optional<Account> signIn(String email, String password, String code) {
        Optional<Account> found = byEmail(email);
        if (found.isEmpty() || password == null || password.length() > PasswordPolicy.MAX * 4) {
            hash.generate("timing-equaliser".toCharArray());
            return Optional.empty();
        }
        Account account = found.get();
        if (!hash.verify(password.toCharArray(), account.passwordHash()) || !account.isActive()) {
            return Optional.empty();
        }
        if (account.role().isStaff() || account.hasSecondFactor()) {
            var step = SecondFactor.verify(account.totpSecret().orElse(null), code, clock.instant(), account.totpLastStep());
            if (step.isEmpty()) {
                return Optional.empty();
            }
            account.useSecondFactorStep(step.getAsLong());
        }
        return Optional.of(account);
    }
}
