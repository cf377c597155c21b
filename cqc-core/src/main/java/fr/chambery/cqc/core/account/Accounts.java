package fr.chambery.cqc.core.account;

import fr.chambery.cqc.core.access.Action;
import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.access.Permissions;
import fr.chambery.cqc.core.actionlog.ActionLog;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Accounts: creating them under the password policy, and checking a sign-in (password, then the second
 * factor of staff). Passwords are hashed with PBKDF2-HMAC-SHA512, 210 000 iterations, 32-byte salt
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
        List<String> problems = new java.util.ArrayList<>(PasswordPolicy.problems(password, role, email));
        try {
            if (byEmail(email).isPresent()) {
                problems.add("Un compte existe déjà pour cette adresse.");
            }
            Account.normalise(email);
        } catch (IllegalArgumentException e) {
            problems.add("L'adresse électronique n'est pas valide.");
        }
        if (role.isStaff() && totpSecret == null) {
            problems.add("Un compte de l'équipe doit avoir un second facteur.");
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
        log.record(actor, "create", "account", account.email(), account.displayName() + " <" + account.email() + ">", null,
                Map.of("email", account.email(), "role", role.name(), "spaces", account.moderatedSpaceIds().stream().sorted().toList()));
        return account;
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
        if (!hash.verify(password.toCharArray(), account.passwordHash())) {
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
