package fr.chambery.cqc.core.fabrique;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.membership.MemberContributions;
import fr.chambery.cqc.core.membership.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Set;

/**
 * A member's supports and her privacy: when she leaves a council or erases her data, her supports stay
 * counted with no one behind them (the results do not change); her data export lists them.
 */
@ApplicationScoped
public class SupportContributions implements MemberContributions {

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    @Override
    public void forget(Set<Long> membershipIds) {
        // native: EclipseLink binds a JPQL « = NULL » as text, which PostgreSQL refuses for a bigint column
        for (long id : membershipIds) {
            em.createNativeQuery("UPDATE fabrique_support SET membership_id = NULL WHERE membership_id = ?1")
                    .setParameter(1, id).executeUpdate();
        }
    }

    @Override
    public List<PersonalData.Contribution> export(Set<Long> membershipIds) {
        if (membershipIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        SELECT s, j, a FROM Soutien s, Sujet j, Assembly a
                        WHERE s.subjectId = j.id AND j.spaceId = a.id AND s.membershipId IN :ids ORDER BY s.givenAt, s.id""", Object[].class)
                .setParameter("ids", membershipIds).getResultList().stream()
                .map(row -> new PersonalData.Contribution("soutien", ((Assembly) row[2]).title(), ((Sujet) row[1]).title(),
                        ((Soutien) row[0]).givenAt().toString(), "donné"))
                .toList();
    }
}
