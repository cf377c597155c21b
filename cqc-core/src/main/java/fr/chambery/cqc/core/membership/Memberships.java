package fr.chambery.cqc.core.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** The sign-ups and their links, as stored. */
@ApplicationScoped
public class Memberships {

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    public Optional<Membership> of(long spaceId, String email) {
        return em.createQuery("SELECT m FROM Membership m WHERE m.spaceId = :s AND m.email = :e", Membership.class)
                .setParameter("s", spaceId).setParameter("e", email).getResultStream().findFirst();
    }

    public List<Membership> ofEmail(String email) {
        return em.createQuery("SELECT m FROM Membership m WHERE m.email = :e ORDER BY m.signedUpAt", Membership.class)
                .setParameter("e", email).getResultList();
    }

    /** A council's sign-ups, confirmed first, then by name. */
    public List<Membership> ofSpace(long spaceId) {
        return em.createQuery("SELECT m FROM Membership m WHERE m.spaceId = :s ORDER BY m.confirmedAt DESC, m.name", Membership.class)
                .setParameter("s", spaceId).getResultList();
    }

    public long confirmedCount(long spaceId) {
        return em.createQuery("SELECT COUNT(m) FROM Membership m WHERE m.spaceId = :s AND m.confirmedAt IS NOT NULL", Long.class)
                .setParameter("s", spaceId).getSingleResult();
    }

    public Optional<MembershipToken> token(String secret) {
        return secret == null || secret.isBlank() ? Optional.empty()
                : Optional.ofNullable(em.find(MembershipToken.class, MembershipToken.hashOf(secret)));
    }

    /** Every link and member session of the address (its data is erased). */
    public void forgetEmail(String email) {
        em.createQuery("DELETE FROM MembershipToken t WHERE t.email = :e").setParameter("e", email).executeUpdate();
        em.createQuery("DELETE FROM MemberSession s WHERE s.email = :e").setParameter("e", email).executeUpdate();
    }
}
