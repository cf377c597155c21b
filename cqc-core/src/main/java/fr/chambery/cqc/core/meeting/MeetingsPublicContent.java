package fr.chambery.cqc.core.meeting;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.VisibleSpaces;
import fr.chambery.cqc.core.opendata.OpenDataField;
import fr.chambery.cqc.core.opendata.OpenDataSet;
import fr.chambery.cqc.core.search.SearchEntry;
import fr.chambery.cqc.core.search.SearchKind;
import fr.chambery.cqc.core.search.SearchSource;
import fr.chambery.cqc.core.text.PlainText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The meetings' share of the search and the open data: the published meetings of the visible spaces that
 * enable meetings, cancelled ones included (their page is public and says so).
 */
@ApplicationScoped
public class MeetingsPublicContent implements SearchSource, OpenDataSet {

    public static final SearchKind KIND = new SearchKind(MeetingsComponent.KEY, "search.kind.meetings", 20);

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    protected MeetingsPublicContent() {
    }

    /** For tests outside CDI. */
    public MeetingsPublicContent(EntityManager em) {
        this.em = em;
    }

    @Override
    public SearchKind kind() {
        return KIND;
    }

    private record Shown(Meeting meeting, Assembly space) {
        String path() {
            return "/assemblies/" + space.slug() + "/meetings/" + meeting.id();
        }
    }

    private List<Shown> shown() {
        Map<Long, Assembly> spaces = new VisibleSpaces(em).enabling(MeetingsComponent.KEY);
        if (spaces.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m from Meeting m where m.spaceId in :ids and m.publishedAt is not null order by m.startsAt, m.id",
                        Meeting.class).setParameter("ids", spaces.keySet()).getResultList().stream()
                .map(m -> new Shown(m, spaces.get(m.spaceId()))).toList();
    }

    @Override
    public List<SearchEntry> entries() {
        return shown().stream().map(s -> new SearchEntry(s.meeting().id().toString(), s.space(),
                s.meeting().title(), s.path(), s.meeting().startsAt(),
                PlainText.joined(s.meeting().description(), s.meeting().agenda(), s.meeting().minutes().orElse(null),
                        s.meeting().address().orElse(null)))).toList();
    }

    @Override
    public String name() {
        return "rencontres";
    }

    @Override
    public String title() {
        return "Rencontres";
    }

    @Override
    public String description() {
        return "Les rencontres publiées des espaces (plénières, réunions de travail...), annulées comprises.";
    }

    @Override
    public List<OpenDataField> fields() {
        return List.of(OpenDataField.integer("id", "Identifiant de la rencontre"),
                OpenDataField.integer("espace_id", "Identifiant de l'espace qui la tient"),
                OpenDataField.string("espace", "Titre de cet espace"),
                OpenDataField.string("type", "Type de rencontre (clé)"),
                OpenDataField.string("titre", "Titre"),
                new OpenDataField("debut", OpenDataField.Type.DATETIME, "Début (UTC)"),
                new OpenDataField("fin", OpenDataField.Type.DATETIME, "Fin (UTC)"),
                OpenDataField.string("adresse", "Lieu, quand elle se tient en personne"),
                new OpenDataField("annulee", OpenDataField.Type.BOOLEAN, "Vrai si la rencontre est annulée"),
                OpenDataField.string("description", "Description, en texte brut"),
                OpenDataField.string("ordre_du_jour", "Ordre du jour, en texte brut"),
                OpenDataField.string("compte_rendu", "Compte rendu, en texte brut, quand il est publié"),
                new OpenDataField("page", OpenDataField.Type.LINK, "Adresse de sa page"));
    }

    @Override
    public List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        for (Shown s : shown()) {
            Meeting m = s.meeting();
            rows.add(Arrays.asList(m.id(), s.space().id(), s.space().title(), m.type().name().toLowerCase(java.util.Locale.ROOT),
                    m.title(), m.startsAt(), m.endsAt(), m.address().orElse(null), m.isCancelled(),
                    PlainText.of(m.description()), PlainText.of(m.agenda()), PlainText.of(m.minutes().orElse(null)), s.path()));
        }
        return rows;
    }
}
