package fr.chambery.cqc.core.document;

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
 * The documents' share of the search and the open data: the published documents of the visible spaces that
 * enable documents, with their current file (its text for the search, its address for the open data). Drafts
 * (unpublished documents) and older versions never.
 */
@ApplicationScoped
public class DocumentsPublicContent implements SearchSource, OpenDataSet {

    public static final SearchKind KIND = new SearchKind(DocumentsComponent.KEY, "search.kind.documents", 30);

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    protected DocumentsPublicContent() {
    }

    /** For tests outside CDI. */
    public DocumentsPublicContent(EntityManager em) {
        this.em = em;
    }

    @Override
    public SearchKind kind() {
        return KIND;
    }

    private record Shown(Document document, Assembly space, String fileName, String mediaType, long size, String text) {
        String path() {
            return "/files/" + document.id() + "/" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        }
    }

    private List<Shown> shown(boolean withText) {
        Map<Long, Assembly> spaces = new VisibleSpaces(em).enabling(DocumentsComponent.KEY);
        if (spaces.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select d, v.fileName, v.mediaType, v.size" + (withText ? ", v.text" : "")
                        + " from Document d, DocumentVersion v where v.documentId = d.id and v.number = d.currentVersion"
                        + " and d.spaceId in :ids and d.publishedAt is not null order by d.spaceId, d.position, d.id", Object[].class)
                .setParameter("ids", spaces.keySet()).getResultList().stream()
                .map(r -> new Shown((Document) r[0], spaces.get(((Document) r[0]).spaceId()), (String) r[1], (String) r[2],
                        ((Number) r[3]).longValue(), withText ? (String) r[4] : null))
                .toList();
    }

    @Override
    public List<SearchEntry> entries() {
        return shown(true).stream().map(s -> new SearchEntry(s.document().id().toString(), s.space(),
                s.document().title(), s.path(), s.document().publishedAt().orElse(null),
                s.document().description().orElse("") + " " + (s.text() == null ? "" : s.text()))).toList();
    }

    @Override
    public String name() {
        return "documents";
    }

    @Override
    public String title() {
        return "Documents";
    }

    @Override
    public String description() {
        return "Les documents publiés des espaces (comptes rendus, présentations...), leur version en vigueur et son adresse de téléchargement.";
    }

    @Override
    public List<OpenDataField> fields() {
        return List.of(OpenDataField.integer("id", "Identifiant du document"),
                OpenDataField.integer("espace_id", "Identifiant de l'espace qui le publie"),
                OpenDataField.string("espace", "Titre de cet espace"),
                OpenDataField.string("titre", "Titre"),
                OpenDataField.string("description", "Description"),
                OpenDataField.integer("rencontre_id", "Identifiant de la rencontre dont il est le compte rendu ou le support, s'il y en a une"),
                new OpenDataField("publie_le", OpenDataField.Type.DATETIME, "Date de publication (UTC)"),
                new OpenDataField("mis_a_jour_le", OpenDataField.Type.DATETIME, "Date de la dernière modification (UTC)"),
                OpenDataField.integer("version", "Numéro de la version en vigueur"),
                OpenDataField.string("fichier", "Nom du fichier"),
                OpenDataField.string("type_mime", "Type du fichier (type MIME)"),
                OpenDataField.integer("taille_octets", "Taille du fichier, en octets"),
                new OpenDataField("telechargement", OpenDataField.Type.LINK, "Adresse de téléchargement du fichier"));
    }

    @Override
    public List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        for (Shown s : shown(false)) {
            Document d = s.document();
            rows.add(Arrays.asList(d.id(), s.space().id(), s.space().title(), d.title(), d.description().orElse(null),
                    d.meetingId().orElse(null), d.publishedAt().orElse(null), d.updatedAt(), d.currentVersion(),
                    s.fileName(), s.mediaType(), s.size(), s.path()));
        }
        return rows;
    }
}
