package fr.chambery.cqc.core.fabrique;

import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.membership.MemberContributions;
import fr.chambery.cqc.core.membership.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Set;

/**
 * The fabrique's side of a member's privacy: when she leaves a council or erases her data, her subjects
 * stay, unsigned (the page then says « membre ayant quitté le conseil »); her data export lists them.
 */
@ApplicationScoped
public class FabriqueContributions implements MemberContributions {

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    @Inject
    Assemblies assemblies;

    /**
     * Her name leaves her subjects; the link to her sign-up goes with the sign-up itself, deleted next in
     * the same transaction ({@code ON DELETE SET NULL}, V12).
     */
    @Override
    public void forget(Set<Long> membershipIds) {
        em.createQuery("UPDATE Sujet s SET s.authorLabel = NULL WHERE s.authorMembershipId IN :ids")
                .setParameter("ids", membershipIds).executeUpdate();
    }

    @Override
    public List<PersonalData.Contribution> export(Set<Long> membershipIds) {
        return em.createQuery("SELECT s FROM Sujet s WHERE s.authorMembershipId IN :ids ORDER BY s.proposedAt, s.id", Sujet.class)
                .setParameter("ids", membershipIds).getResultList().stream()
                .map(s -> new PersonalData.Contribution("sujet", council(s.spaceId()), s.title(), s.proposedAt().toString(),
                        s.isHidden() ? s.state().name() + " (masqué)" : s.state().name()))
                .toList();
    }

    private String council(long spaceId) {
        return assemblies.byId(spaceId).map(Assembly::title).orElse("");
    }
}
