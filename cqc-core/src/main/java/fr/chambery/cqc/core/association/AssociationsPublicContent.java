package fr.chambery.cqc.core.association;

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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The associations' share of the search and the open data: the listed associations of the visible councils
 * that enable associations, their public fields only. Their e-mail address, phone number and street address
 * are left out, though the council's page shows them: they are often a volunteer's own.
 */
@ApplicationScoped
public class AssociationsPublicContent implements SearchSource, OpenDataSet {

    public static final SearchKind KIND = new SearchKind(AssociationsComponent.KEY, "search.kind.associations", 40);

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    protected AssociationsPublicContent() {
    }

    /** For tests outside CDI. */
    public AssociationsPublicContent(EntityManager em) {
        this.em = em;
    }

    @Override
    public SearchKind kind() {
        return KIND;
    }

    private record Shown(Association association, Assembly quartier) {
        String path() {
            return "/assemblies/" + quartier.slug() + "?association="
                    + URLEncoder.encode(association.name(), StandardCharsets.UTF_8) + "#les-associations";
        }
    }

    private List<Shown> shown() {
        Map<Long, Assembly> quartiers = new VisibleSpaces(em).enabling(AssociationsComponent.KEY);
        if (quartiers.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from Association a where a.quartierId in :ids and a.status = :s order by a.name, a.id",
                        Association.class).setParameter("ids", quartiers.keySet()).setParameter("s", AssociationStatus.LISTEE)
                .getResultList().stream().map(a -> new Shown(a, quartiers.get(a.quartierId().orElseThrow()))).toList();
    }

    @Override
    public List<SearchEntry> entries() {
        return shown().stream().map(s -> new SearchEntry(s.association().id().toString(), s.quartier(),
                s.association().name(), s.path(), null,
                String.join(" ", nonNull(s.association().theme()), nonNull(s.association().purpose()),
                        String.join(" ", s.association().formerNames())))).toList();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String name() {
        return "associations";
    }

    @Override
    public String title() {
        return "Associations des quartiers";
    }

    @Override
    public String description() {
        return "Les associations répertoriées dans chaque conseil de quartier, champs publics seulement "
                + "(ni adresse électronique, ni téléphone, ni adresse postale).";
    }

    @Override
    public List<OpenDataField> fields() {
        return List.of(OpenDataField.integer("id", "Identifiant de l'association sur la plateforme"),
                OpenDataField.string("rna", "Numéro au Répertoire national des associations, s'il est connu"),
                OpenDataField.string("nom", "Nom"),
                OpenDataField.string("theme", "Thème"),
                OpenDataField.string("objet", "Objet de l'association"),
                OpenDataField.string("code_postal", "Code postal"),
                OpenDataField.string("site_web", "Site web"),
                OpenDataField.integer("quartier_id", "Identifiant du conseil de quartier qui la répertorie"),
                OpenDataField.string("quartier", "Titre de ce conseil"),
                OpenDataField.string("fiche_annuaire", "Adresse de sa fiche dans l'annuaire de la Ville"));
    }

    @Override
    public List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        for (Shown s : shown()) {
            Association a = s.association();
            rows.add(Arrays.asList(a.id(), a.rnaNumber().orElse(null), a.name(), a.theme(), a.purpose(), a.postcode(),
                    a.website(), s.quartier().id(), s.quartier().title(), a.directoryUrl()));
        }
        return rows;
    }
}
