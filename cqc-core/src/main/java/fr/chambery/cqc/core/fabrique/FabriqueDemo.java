package fr.chambery.cqc.core.fabrique;

import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.demo.DemoSeed;
import fr.chambery.cqc.core.demo.DemoSpaces;
import fr.chambery.cqc.core.membership.SignUp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;

/**
 * La fabrique citoyenne on the assembly and its councils. Two invented members confirmed in each council
 * (e-mails at example.org) propose its subjects: in Bissy a few open subjects with comments and a reply,
 * elsewhere one subject each.
 */
@ApplicationScoped
public class FabriqueDemo implements DemoSeed {

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    @Inject
    Debat debat;

    @Override
    public String componentKey() {
        return FabriqueComponent.KEY;
    }

    @Override
    public Set<DemoSpaces.Kind> enabledOn() {
        return EnumSet.allOf(DemoSpaces.Kind.class);
    }

    /** After the sign-ups (5) and the meetings (20). */
    @Override
    public int order() {
        return 40;
    }

    @Override
    @Transactional
    public void seed(DemoSpaces spaces) {
        for (DemoSpaces.Council council : spaces.councils()) {
            Assembly space = council.space();
            Actor camille = member(space, "camille." + space.slug() + "@example.org", "Camille Exemple");
            Actor dominique = member(space, "dominique." + space.slug() + "@example.org", "Dominique Démo");
            if (space.slug().equals("bissy")) {
                bissy(space, camille, dominique);
            } else {
                propose(camille, space, "Plus de bancs le long des promenades " + council.of(),
                        "Les personnes âgées du quartier aimeraient pouvoir s'asseoir sur le chemin des commerces.\n"
                                + "Proposition : repérer ensemble les endroits où un banc manque.", Theme.CADRE_DE_VIE, null);
            }
        }
    }

    private void bissy(Assembly space, Actor camille, Actor dominique) {
        Sujet jardin = propose(camille, space, "Un jardin partagé près de l'école",
                "Une parcelle en friche derrière l'école pourrait devenir un jardin partagé.\n\n"
                        + "Les associations du quartier sont prêtes à aider ; il faudrait l'accord de la Ville et un point d'eau.",
                Theme.VIE_SOCIALE, "Derrière l'école de Bissy");
        Sujet passage = propose(dominique, space, "Sécuriser le passage piéton de la rue principale",
                "Les voitures roulent vite devant la boulangerie ; un plateau ralentisseur ou un passage surélevé rassurerait les parents.",
                Theme.AMENAGEMENT_DU_QUARTIER, "Rue principale, devant la boulangerie");
        propose(camille, space, "Une boîte à livres sur la place",
                "Une boîte à livres, fabriquée avec les jeunes du centre social, pour échanger des livres librement.",
                Theme.CADRE_DE_VIE, "Place de l'église");
        propose(dominique, space, "Horaires de la mairie de quartier le samedi",
                "Ouvrir la mairie de quartier un samedi matin par mois, pour celles et ceux qui travaillent en semaine.",
                Theme.SERVICES_DE_PROXIMITE, null);
        Commentaire eau = debat.comment(dominique, jardin.id(), null,
                "Très bonne idée ! Le centre social a déjà des outils à prêter.");
        debat.comment(camille, jardin.id(), eau.id(), "Merci ! On pourrait en parler à la prochaine plénière.");
        debat.comment(camille, passage.id(), null, "Oui, surtout à la sortie de l'école, vers 16 h 30.");
    }

    private Sujet propose(Actor author, Assembly space, String title, String description, Theme theme, String place) {
        return debat.propose(author, space.slug(), new Proposition(title, description, theme.name(), place));
    }

    /** An invented sign-up, already confirmed, and the member it makes. */
    private Actor member(Assembly space, String email, String name) {
        Instant now = Instant.now();
        em.createNativeQuery("INSERT INTO membership (assembly_id, email, name, lien, consent_version, consented_at, signed_up_at, confirmed_at) "
                        + "VALUES (?1, ?2, ?3, 'HABITANT', ?4, ?5, ?5, ?5)")
                .setParameter(1, space.id()).setParameter(2, email).setParameter(3, name)
                .setParameter(4, SignUp.CONSENT_VERSION).setParameter(5, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate();
        return Actor.member(email, Set.of(space.id()));
    }
}
