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

/**
 * The subjects' share of the search and the open data: the subjects of the visible spaces that enable the
 * fabrique, hidden ones left out. Never their author: a member's name is personal data.
 */
@ApplicationScoped
public class SujetsPublicContent implements SearchSource, OpenDataSet {

    public static final SearchKind KIND = new SearchKind("subjects", "search.kind.subjects", 50);

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    protected SujetsPublicContent() {
    }

    /** For tests outside CDI. */
    public SujetsPublicContent(EntityManager em) {
        this.em = em;
    }

    private record Shown(Sujet subject, Assembly space) {
        String path() {
            return "/assemblies/" + space.slug() + "/fabrique/sujets/" + subject.id();
        }
    }

    private List<Shown> shown() {
        Map<Long, Assembly> spaces = new VisibleSpaces(em).enabling(FabriqueComponent.KEY);
        if (spaces.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from Sujet s where s.spaceId in :ids and s.hiddenAt is null order by s.proposedAt, s.id",
                        Sujet.class).setParameter("ids", spaces.keySet()).getResultList().stream()
                .map(s -> new Shown(s, spaces.get(s.spaceId()))).toList();
    }

    @Override
    public SearchKind kind() {
        return KIND;
    }

    @Override
    public List<SearchEntry> entries() {
        return shown().stream().map(s -> new SearchEntry(s.subject().id().toString(), s.space(), s.subject().title(),
                s.path(), s.subject().proposedAt(),
                String.join("\n", s.subject().description(), s.subject().place().orElse("")))).toList();
    }

    @Override
    public String name() {
        return "sujets";
    }

    @Override
    public String title() {
        return "Sujets de la fabrique citoyenne";
    }

    @Override
    public String description() {
        return "Les sujets proposés par les membres des conseils de quartier citoyens, avec leur état (masqués exceptés, sans leurs auteurs).";
    }

    @Override
    public List<OpenDataField> fields() {
        return List.of(OpenDataField.integer("id", "Identifiant du sujet"),
                OpenDataField.integer("espace_id", "Identifiant du conseil"),
                OpenDataField.string("espace", "Titre du conseil"),
                OpenDataField.string("titre", "Titre du sujet"),
                OpenDataField.string("description", "Description, en texte brut"),
                OpenDataField.string("theme", "Thème (clé : cadre_de_vie, services_de_proximite, vie_sociale, amenagement_du_quartier, autre)"),
                OpenDataField.string("lieu", "Lieu dans le quartier, s'il est indiqué"),
                OpenDataField.string("etat", "État (clé : propose, retenu, non_retenu, fusionne, retire)"),
                OpenDataField.integer("fusionne_dans", "Identifiant du sujet dans lequel il a été fusionné"),
                new OpenDataField("propose_le", OpenDataField.Type.DATETIME, "Date de la proposition (UTC)"),
                new OpenDataField("page", OpenDataField.Type.LINK, "Adresse de sa page"));
    }

    @Override
    public List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        for (Shown s : shown()) {
            Sujet sujet = s.subject();
            rows.add(Arrays.asList(sujet.id(), s.space().id(), s.space().title(), sujet.title(), sujet.description(),
                    sujet.theme().name().toLowerCase(Locale.ROOT), sujet.place().orElse(null),
                    sujet.state().name().toLowerCase(Locale.ROOT), sujet.mergedIntoId().orElse(null),
                    sujet.proposedAt(), s.path()));
        }
        return rows;
    }
}
