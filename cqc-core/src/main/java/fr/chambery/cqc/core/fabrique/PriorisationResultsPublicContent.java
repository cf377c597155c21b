package fr.chambery.cqc.core.fabrique;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.VisibleSpaces;
import fr.chambery.cqc.core.opendata.OpenDataField;
import fr.chambery.cqc.core.opendata.OpenDataSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The supports' counts in the open data: the ranked results of every priorisation whose counts are public
 * (closed, or shown live), online supports and hands raised in the room side by side, never who supported.
 */
@ApplicationScoped
public class PriorisationResultsPublicContent implements OpenDataSet {

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    protected PriorisationResultsPublicContent() {
    }

    /** For tests outside CDI. */
    public PriorisationResultsPublicContent(EntityManager em) {
        this.em = em;
    }

    @Override
    public String name() {
        return "priorisations";
    }

    @Override
    public String title() {
        return "Résultats des priorisations";
    }

    @Override
    public String description() {
        return "Le classement des sujets de chaque priorisation dont les résultats sont publics : soutiens en ligne et mains levées en plénière.";
    }

    @Override
    public List<OpenDataField> fields() {
        return List.of(OpenDataField.integer("priorisation_id", "Identifiant de la priorisation"),
                OpenDataField.integer("espace_id", "Identifiant du conseil"),
                OpenDataField.string("espace", "Titre du conseil"),
                OpenDataField.integer("pleniere_id", "Identifiant de la plénière (rencontre) à laquelle elle est liée"),
                new OpenDataField("cloture", OpenDataField.Type.DATETIME, "Clôture des soutiens (UTC)"),
                OpenDataField.integer("rang", "Rang du sujet (ex aequo : même rang)"),
                OpenDataField.integer("sujet_id", "Identifiant du sujet"),
                OpenDataField.string("sujet", "Titre du sujet"),
                OpenDataField.integer("soutiens_en_ligne", "Soutiens donnés en ligne"),
                OpenDataField.integer("mains_levees", "Mains levées en plénière"),
                OpenDataField.integer("total", "Soutiens en ligne et mains levées"));
    }

    @Override
    public List<List<Object>> rows() {
        Map<Long, Assembly> spaces = new VisibleSpaces(em).enabling(FabriqueComponent.KEY);
        if (spaces.isEmpty()) {
            return List.of();
        }
        Priorisations priorisations = new Priorisations();
        priorisations.em = em;
        Instant now = Instant.now();
        List<List<Object>> rows = new ArrayList<>();
        for (Priorisation round : em.createQuery("select p from Priorisation p where p.spaceId in :ids order by p.closesAt, p.id",
                Priorisation.class).setParameter("ids", spaces.keySet()).getResultList()) {
            if (!round.countsArePublic(now)) {
                continue;
            }
            Assembly space = spaces.get(round.spaceId());
            for (RankedSubject line : priorisations.results(round)) {
                rows.add(Arrays.asList(round.id(), space.id(), space.title(), round.pleniereId(), round.closesAt(), line.rank(),
                        line.subject().id(), line.subject().title(), line.online(), line.inRoom(), line.total()));
            }
        }
        return rows;
    }
}
