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

import java.time.Clock;
import java.util.List;

/**
 * What an administrator does to an account over its life: disable it (it signs in no more, its sessions
 * end on their next request and its API tokens are refused), re-enable it, delete it (its past entries in
 * the action log keep a pseudonym instead of its address and name). The last active administrator can be
 * neither disabled nor deleted, and nobody disables or deletes their own account. The log names the
 * account by its id only.
 */
@ApplicationScoped
public class AccountLifecycle {

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    ActionLog log;

    Clock clock = Clock.systemUTC();

    /** @throws InvalidAccountException for the last active administrator or the actor's own account */
    @Transactional
    public Account disable(Actor actor, long id) {
        Permissions.require(actor, Action.MANAGE_ACCOUNTS);
        Account account = find(id);
        refuseIfLastAdministratorOrSelf(actor, account, "disable");
        if (account.isActive()) {
            account.disable(clock.instant());
            log.record(LogEntry.by(actor).did(Verb.DISABLE).on(AccountLog.ACCOUNT, account.id(), null));
        }
        return account;
    }

    @Transactional
    public Account enable(Actor actor, long id) {
        Permissions.require(actor, Action.MANAGE_ACCOUNTS);
        Account account = find(id);
        if (!account.isActive()) {
            account.enable();
            log.record(LogEntry.by(actor).did(Verb.ENABLE).on(AccountLog.ACCOUNT, account.id(), null));
        }
        return account;
    }

    /**
     * Deletes the account and its API tokens; the action log's past entries by or about it name it
     * {@link #pseudonym(long)} from now on.
     *
     * @throws InvalidAccountException for the last active administrator or the actor's own account
     */
    @Transactional
    public void delete(Actor actor, long id) {
        Permissions.require(actor, Action.MANAGE_ACCOUNTS);
        Account account = find(id);
        refuseIfLastAdministratorOrSelf(actor, account, "delete");
        em.createQuery("delete from ApiToken t where t.account.id = :id").setParameter("id", id).executeUpdate();
        String pseudonym = pseudonym(id);
        log.pseudonymise(account.email(), account.displayName(), id, pseudonym);
        em.remove(account);
        log.record(LogEntry.by(actor).did(Verb.DELETE).on(AccountLog.ACCOUNT, pseudonym, pseudonym));
    }

    /** How the action log names a deleted account: stable, and saying nothing of the person. */
    public static String pseudonym(long id) {
        return "compte supprimé n° " + id;
    }

    private Account find(long id) {
        return accounts.byId(id).orElseThrow(() -> new IllegalArgumentException("Unknown account " + id));
    }

    private void refuseIfLastAdministratorOrSelf(Actor actor, Account account, String done) {
        if (actor.email().filter(account.email()::equals).isPresent()) {
            throw new InvalidAccountException("refusal.account.self." + done);
        }
        if (accounts.isLastActiveAdministrator(account)) {
            throw new InvalidAccountException("refusal.account.lastActive." + done);
        }
    }
}
