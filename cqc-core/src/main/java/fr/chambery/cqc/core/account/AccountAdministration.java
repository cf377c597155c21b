package fr.chambery.cqc.core.account;

import fr.chambery.cqc.core.access.Action;
import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.access.Permissions;
import fr.chambery.cqc.core.access.Role;
import fr.chambery.cqc.core.actionlog.ActionLog;
import fr.chambery.cqc.core.actionlog.LogEntry;
import fr.chambery.cqc.core.actionlog.Verb;
import fr.chambery.cqc.core.refusal.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What administrators do to accounts: create them under the password policy, change their role, reset
 * their second factor; each in the action log. Disabling and deleting are {@link AccountLifecycle}'s, the
 * owner's own changes {@link OwnCredentials}'.
 */
@ApplicationScoped
public class AccountAdministration {

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Passwords passwords;

    @Inject
    ActionLog log;

    Clock clock = Clock.systemUTC();

    /**
     * Creates an account.
     *
     * @throws InvalidAccountException with the reasons when the address is taken or invalid or the password
     *                                 refused
     */
    @Transactional
    public Account create(Actor actor, String email, String displayName, Role role, String password, String totpSecret,
                          Set<Long> moderatedSpaceIds) {
        Permissions.require(actor, Action.MANAGE_ACCOUNTS);
        List<Refusal> problems = new ArrayList<>(PasswordPolicy.problems(password, role, email));
        try {
            if (accounts.byEmail(email).isPresent()) {
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
        Account account = new Account(email, displayName, role, passwords.hashOf(password), clock.instant());
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

    /**
     * Gives an account another role and, for a moderator, its spaces (none: every space). The last
     * administrator keeps the role, so that someone can always manage accounts.
     *
     * @throws InvalidAccountException when that would leave no administrator
     */
    @Transactional
    public Account changeRole(Actor actor, long id, Role role, Set<Long> moderatedSpaceIds) {
        Permissions.require(actor, Action.MANAGE_ACCOUNTS);
        Account account = accounts.byId(id).orElseThrow(() -> new IllegalArgumentException("Unknown account " + id));
        if (role != Role.ADMINISTRATEUR && accounts.isLastActiveAdministrator(account)) {
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
        Account account = accounts.byId(id).orElseThrow(() -> new IllegalArgumentException("Unknown account " + id));
        String secret = SecondFactor.newSecret();
        account.enrolSecondFactor(secret);
        log.record(LogEntry.by(actor).did(Verb.RESET_SECOND_FACTOR).on(AccountLog.ACCOUNT, account.email(), account.displayName() + " <" + account.email() + ">"));
        return secret;
    }

    private static Map<String, Object> snapshot(Account account) {
        return Map.of("email", account.email(), "role", account.role().name(),
                "spaces", account.moderatedSpaceIds().stream().sorted().toList());
    }
}
