package fr.chambery.cqc.core.fabrique;

import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.membership.MemberContributions;
import fr.chambery.cqc.core.membership.Membership;
import fr.chambery.cqc.core.membership.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Set;

/**
 * The fabrique's side of a member's privacy: when she leaves a council or erases her data, her subjects
 * and comments stay, unsigned (the page then says « membre ayant quitté le conseil »), and her reports lose
 * her address; her data export lists her subjects (with the name of their attached file), comments and reports.
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
        if (membershipIds.isEmpty()) {
            return;
        }
        em.createQuery("UPDATE Sujet s SET s.authorLabel = NULL WHERE s.authorMembershipId IN :ids")
                .setParameter("ids", membershipIds).executeUpdate();
        em.createQuery("UPDATE Commentaire c SET c.authorLabel = NULL WHERE c.authorMembershipId IN :ids")
                .setParameter("ids", membershipIds).executeUpdate();
        // her reports on that council's subjects stay for the moderators, without her address
        for (Membership m : em.createQuery("SELECT m FROM Membership m WHERE m.id IN :ids", Membership.class)
                .setParameter("ids", membershipIds).getResultList()) {
            em.createNativeQuery("UPDATE fabrique_report SET reporter = ?1 WHERE reporter = ?2 "
                            + "AND subject_id IN (SELECT id FROM fabrique_subject WHERE assembly_id = ?3)")
                    .setParameter(1, "membre-parti-" + m.id()).setParameter(2, m.email()).setParameter(3, m.spaceId())
                    .executeUpdate();
        }
    }

    @Override
    public List<PersonalData.Contribution> export(Set<Long> membershipIds) {
        if (membershipIds.isEmpty()) {
            return List.of();
        }
        List<PersonalData.Contribution> contributions = new java.util.ArrayList<>();
        for (Sujet s : em.createQuery("SELECT s FROM Sujet s WHERE s.authorMembershipId IN :ids ORDER BY s.proposedAt, s.id", Sujet.class)
                .setParameter("ids", membershipIds).getResultList()) {
            contributions.add(new PersonalData.Contribution("sujet", council(s.spaceId()), s.title(), s.proposedAt().toString(),
                    FabriqueMails.stateWords(s.state()) + (s.isHidden() ? " (masqué par la modération)" : "")));
            s.attachment().ifPresent(file -> contributions.add(new PersonalData.Contribution("pièce jointe", council(s.spaceId()),
                    file.fileName() + " (" + file.format().label() + ", " + file.size() + " octets), jointe au sujet « " + s.title() + " »",
                    s.proposedAt().toString(), s.isHidden() ? "masquée avec le sujet" : "publiée")));
        }
        em.createQuery("SELECT c FROM Commentaire c WHERE c.authorMembershipId IN :ids ORDER BY c.writtenAt, c.id", Commentaire.class)
                .setParameter("ids", membershipIds).getResultList().stream()
                .map(c -> new PersonalData.Contribution(c.isReply() ? "réponse" : "commentaire", councilOfSubject(c.subjectId()), c.body(),
                        c.writtenAt().toString(), c.isHidden() ? "masqué" : "publié"))
                .forEach(contributions::add);
        for (Membership m : em.createQuery("SELECT m FROM Membership m WHERE m.id IN :ids", Membership.class)
                .setParameter("ids", membershipIds).getResultList()) {
            em.createQuery("SELECT r FROM Signalement r, Sujet s WHERE r.subjectId = s.id AND s.spaceId = :space AND r.reporter = :e "
                            + "ORDER BY r.reportedAt, r.id", Signalement.class)
                    .setParameter("space", m.spaceId()).setParameter("e", m.email()).getResultList().stream()
                    .map(r -> new PersonalData.Contribution("signalement", council(m.spaceId()), r.reason(), r.reportedAt().toString(),
                            r.isOpen() ? "en attente" : r.outcome().map(o -> o == Signalement.Issue.HIDDEN ? "masqué par la modération" : "classé").orElse("")))
                    .forEach(contributions::add);
        }
        return contributions;
    }

    private String councilOfSubject(long subjectId) {
        return council(em.find(Sujet.class, subjectId).spaceId());
    }

    private String council(long spaceId) {
        return assemblies.byId(spaceId).map(Assembly::title).orElse("");
    }
}
