package fr.chambery.cqc.core.account;

import fr.chambery.cqc.core.access.Action;
import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.access.Permissions;
import fr.chambery.cqc.core.account.CredentialsRefused.Field;
import fr.chambery.cqc.core.actionlog.ActionLog;
import fr.chambery.cqc.core.actionlog.LogEntry;
import fr.chambery.cqc.core.actionlog.Verb;
import fr.chambery.cqc.core.refusal.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * What staff members change on their own account: the password (the current one and a code of the second
 * factor, then the {@link PasswordPolicy}) and the second factor (the current password, then a code of the
 * new secret before it replaces the old). Wrong current passwords count as failed sign-ins
 * ({@link SignInThrottle}). The log names the account by its id only.
 */
@ApplicationScoped
public class OwnCredentials {

    @Inject
    Accounts accounts;

    @Inject
    Passwords passwords;

    @Inject
    SignInThrottle throttle;

    @Inject
    ActionLog log;

    Clock clock = Clock.systemUTC();

    /** @throws CredentialsRefused with the reasons, field by field; nothing changes then */
    @Transactional
    public void changePassword(Actor actor, String currentPassword, String newPassword, String code) {
        Account account = owner(actor);
        Map<Field, List<Refusal>> problems = new EnumMap<>(Field.class);
        checkCurrentPassword(account, currentPassword, problems);
        OptionalLong step = SecondFactor.verify(account.totpSecret().orElse(null), code, clock.instant(), account.totpLastStep());
        if (step.isEmpty()) {
            add(problems, Field.CODE, "refusal.credentials.code.invalid");
        }
        List<Refusal> policy = new ArrayList<>(PasswordPolicy.problems(newPassword, account.role(), account.email()));
        if (policy.isEmpty() && newPassword.equals(currentPassword)) {
            policy.add(Refusal.of("refusal.credentials.password.same"));
        }
        policy.forEach(p -> problems.computeIfAbsent(Field.NEW_PASSWORD, f -> new ArrayList<>()).add(p));
        if (!problems.isEmpty()) {
            throw new CredentialsRefused(problems);
        }
        account.useSecondFactorStep(step.getAsLong());
        account.changePasswordHash(passwords.hashOf(newPassword));
        log.record(LogEntry.by(actor).did(Verb.CHANGE_PASSWORD).on(AccountLog.ACCOUNT, account.id(), null));
    }

    /**
     * Replaces the second factor by {@code newSecret} once {@code code} shows it was read into the owner's
     * authenticator app.
     *
     * @throws CredentialsRefused with the reasons, field by field; the old secret stays then
     */
    @Transactional
    public void renewSecondFactor(Actor actor, String currentPassword, String newSecret, String code) {
        Account account = owner(actor);
        Map<Field, List<Refusal>> problems = new EnumMap<>(Field.class);
        checkCurrentPassword(account, currentPassword, problems);
        OptionalLong step = SecondFactor.verify(newSecret, code, clock.instant(), null);
        if (step.isEmpty()) {
            add(problems, Field.CODE, "refusal.credentials.code.notNewSecret");
        }
        if (!problems.isEmpty()) {
            throw new CredentialsRefused(problems);
        }
        account.enrolSecondFactor(newSecret);
        account.useSecondFactorStep(step.getAsLong());
        log.record(LogEntry.by(actor).did(Verb.RENEW_SECOND_FACTOR).on(AccountLog.ACCOUNT, account.id(), null));
    }

    private Account owner(Actor actor) {
        Permissions.require(actor, Action.MANAGE_OWN_ACCOUNT);
        return actor.email().flatMap(accounts::byEmail).filter(Account::isActive)
                .orElseThrow(() -> new IllegalStateException("The actor has no active account"));
    }

    private void checkCurrentPassword(Account account, String password, Map<Field, List<Refusal>> problems) {
        if (!throttle.allows(account.email())) {
            add(problems, Field.CURRENT_PASSWORD, "refusal.credentials.throttled");
        } else if (password == null || password.isEmpty()) {
            add(problems, Field.CURRENT_PASSWORD, "refusal.credentials.current.missing");
        } else if (!passwords.matches(account, password)) {
            throttle.failed(account.email());
            add(problems, Field.CURRENT_PASSWORD, "refusal.credentials.current.wrong");
        }
    }

    private static void add(Map<Field, List<Refusal>> problems, Field field, String key) {
        problems.computeIfAbsent(field, f -> new ArrayList<>()).add(Refusal.of(key));
    }
}
