package fr.chambery.cqc.core.fabrique;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.VisibleSpaces;
import fr.chambery.cqc.core.opendata.OpenDataField;
import fr.chambery.cqc.core.opendata.OpenDataSet;
import fr.chambery.cqc.core.search.SearchEntry;
import fr.chambery.cqc.core.search.SearchKind;
import fr.chambery.cqc.core.search.SearchSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The projets' share of the search and the open data: the programmes de travail of the visible spaces that
 * enable the fabrique, each projet with its status, progress, updates and the City's answer.
 */
@ApplicationScoped
public class ProjetsPublicContent implements SearchSource, OpenDataSet {

    public static final SearchKind KIND = new SearchKind("projets", "search.kind.projets", 55);

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    protected ProjetsPublicContent() {
    }

    /** For tests outside CDI. */
    public ProjetsPublicContent(EntityManager em) {
        this.em = em;
    }

    private record Shown(Projet projet, Assembly space, String updates) {
        String path() {
            return "/assemblies/" + space.slug() + "/fabrique/projets/" + projet.id();
        }
    }

    private List<Shown> shown() {
        Map<Long, Assembly> spaces = new VisibleSpaces(em).enabling(FabriqueComponent.KEY);
        if (spaces.isEmpty()) {
            return List.of();
        }
        List<Projet> projets = em.createQuery("select p from Projet p where p.spaceId in :ids order by p.retainedAt, p.id", Projet.class)
                .setParameter("ids", spaces.keySet()).getResultList();
        if (projets.isEmpty()) {
            return List.of();
        }
        Map<Long, String> updates = em.createQuery("select u from ProjetUpdate u where u.projetId in :ids order by u.writtenAt, u.id", ProjetUpdate.class)
                .setParameter("ids", projets.stream().map(Projet::id).toList()).getResultList().stream()
                .collect(Collectors.groupingBy(ProjetUpdate::projetId, Collectors.mapping(ProjetUpdate::body, Collectors.joining("\n"))));
        return projets.stream().map(p -> new Shown(p, spaces.get(p.spaceId()), updates.getOrDefault(p.id(), ""))).toList();
    }

    @Override
    public SearchKind kind() {
        return KIND;
    }

    @Override
    public List<SearchEntry> entries() {
        return shown().stream().map(s -> new SearchEntry(s.projet().id().toString(), s.space(), s.projet().title(), s.path(),
                s.projet().retainedAt(), String.join("\n", s.updates(), s.projet().cityAnswer().orElse("")))).toList();
    }

    @Override
    public String name() {
        return "projets";
    }

    @Override
    public String title() {
        return "Projets des programmes de travail";
    }

    @Override
    public String description() {
        return "Les projets que les conseils de quartier citoyens ont retenus dans leur programme de travail, et leur suivi avec la Ville.";
    }

    @Override
    public List<OpenDataField> fields() {
        return List.of(OpenDataField.integer("id", "Identifiant du projet"),
                OpenDataField.integer("espace_id", "Identifiant du conseil"),
                OpenDataField.string("espace", "Titre du conseil"),
                OpenDataField.integer("sujet_id", "Identifiant du sujet retenu dont il vient"),
                OpenDataField.integer("annee", "Année du programme de travail"),
                OpenDataField.string("titre", "Titre du projet"),
                OpenDataField.string("statut", "Statut (clé : a_l_etude, en_cours, realise, abandonne)"),
                OpenDataField.integer("avancement", "Avancement, en pourcentage (0 à 100)"),
                new OpenDataField("besoin_ville", OpenDataField.Type.BOOLEAN, "Vrai s'il nécessite le concours de la Ville"),
                OpenDataField.string("raison_abandon", "Raison de l'abandon, s'il est abandonné"),
                new OpenDataField("retenu_le", OpenDataField.Type.DATETIME, "Date où il a été retenu (UTC)"),
                new OpenDataField("realise_le", OpenDataField.Type.DATETIME, "Date de sa réalisation (UTC)"),
                OpenDataField.string("reponse_ville", "Réponse de la Ville, en texte brut"),
                new OpenDataField("reponse_ville_le", OpenDataField.Type.DATETIME, "Date de la réponse de la Ville (UTC)"),
                OpenDataField.string("points_d_etape", "Les points d'étape publiés, du plus ancien au plus récent"),
                new OpenDataField("page", OpenDataField.Type.LINK, "Adresse de sa page"));
    }

    @Override
    public List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        for (Shown s : shown()) {
            Projet p = s.projet();
            rows.add(Arrays.asList(p.id(), s.space().id(), s.space().title(), p.subjectId(), p.year(), p.title(),
                    p.status().name().toLowerCase(Locale.ROOT), p.progress(), p.needsCity(), p.abandonReason().orElse(null),
                    p.retainedAt(), p.realisedAt().orElse(null), p.cityAnswer().orElse(null), p.cityAnsweredAt().orElse(null),
                    s.updates(), s.path()));
        }
        return rows;
    }
}
