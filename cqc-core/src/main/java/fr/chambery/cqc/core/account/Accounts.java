package fr.chambery.cqc.core.account;

import fr.chambery.cqc.core.access.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/**
 * The accounts as stored: found by e-mail or id, listed, and the questions asked of them all (is there an
 * administrator, is this one the last active one, may this session go on). Creating and changing them is
 * {@link AccountAdministration}'s, checking a sign-in {@link SignInVerifier}'s.
 */
@ApplicationScoped
public class Accounts {

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

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

    public Optional<Account> byId(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    public List<Account> all() {
        return em.createQuery("select a from Account a order by a.email", Account.class).getResultList();
    }

    public boolean anyAdministrator() {
        return !em.createQuery("select a.id from Account a where a.role = :role", Long.class)
                .setParameter("role", Role.ADMINISTRATEUR).setMaxResults(1).getResultList().isEmpty();
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
}
