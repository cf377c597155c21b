package fr.chambery.cqc.core.search;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.AssemblyTexts;
import fr.chambery.cqc.core.assembly.AssemblyType;
import fr.chambery.cqc.core.assembly.VisibleSpaces;
import fr.chambery.cqc.core.opendata.OpenDataField;
import fr.chambery.cqc.core.opendata.OpenDataSet;
import fr.chambery.cqc.core.text.PlainText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The shell's share of the search and the open data: the visible spaces, their texts, never their members. */
@ApplicationScoped
public class SpacesPublicContent implements SearchSource, OpenDataSet {

    public static final SearchKind KIND = new SearchKind("spaces", "search.kind.spaces", 0);

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    protected SpacesPublicContent() {
    }

    /** For tests outside CDI. */
    public SpacesPublicContent(EntityManager em) {
        this.em = em;
    }

    @Override
    public SearchKind kind() {
        return KIND;
    }

    @Override
    public List<SearchEntry> entries() {
        return new VisibleSpaces(em).all().values().stream()
                .map(s -> new SearchEntry(s.id().toString(), s, s.title(), "/assemblies/" + s.slug(),
                        s.publishedAt().orElse(null), text(s)))
                .toList();
    }

    private static String text(Assembly s) {
        AssemblyTexts t = s.texts();
        return PlainText.joined(t.subtitle(), t.shortDescription(), t.description(), t.purposeOfAction(), t.composition(),
                t.internalOrganisation(), t.specialFeatures());
    }

    @Override
    public String name() {
        return "espaces";
    }

    @Override
    public String title() {
        return "Espaces de participation";
    }

    @Override
    public String description() {
        return "Les espaces publiés : l'assemblée des conseils de quartier citoyens et chaque conseil.";
    }

    @Override
    public List<OpenDataField> fields() {
        return List.of(OpenDataField.integer("id", "Identifiant de l'espace"),
                OpenDataField.string("slug", "Nom court de l'espace dans son adresse"),
                OpenDataField.string("titre", "Titre de l'espace"),
                OpenDataField.string("sous_titre", "Sous-titre"),
                OpenDataField.string("description_courte", "Description courte, en texte brut"),
                OpenDataField.integer("espace_parent_id", "Identifiant de l'espace qui le contient, vide au premier niveau"),
                OpenDataField.string("type", "Type d'espace (clé)"),
                new OpenDataField("publie_le", OpenDataField.Type.DATETIME, "Date de publication (UTC)"),
                OpenDataField.string("composants", "Composants proposés, séparés par des espaces"),
                new OpenDataField("page", OpenDataField.Type.LINK, "Adresse de sa page"));
    }

    @Override
    public List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        for (Assembly s : new VisibleSpaces(em).all().values()) {
            rows.add(Arrays.asList(s.id(), s.slug(), s.title(), PlainText.of(s.texts().subtitle()),
                    PlainText.of(s.texts().shortDescription()), s.parentId().orElse(null),
                    s.type().map(AssemblyType::key).orElse(null), s.publishedAt().orElse(null),
                    String.join(" ", s.enabledComponents().stream().sorted().toList()), "/assemblies/" + s.slug()));
        }
        return rows;
    }
}
