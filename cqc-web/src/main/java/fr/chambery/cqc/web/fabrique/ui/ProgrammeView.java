package fr.chambery.cqc.web.fabrique.ui;

import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.fabrique.BilanLine;
import fr.chambery.cqc.core.fabrique.FabriqueComponent;
import fr.chambery.cqc.core.fabrique.Programme;
import fr.chambery.cqc.core.fabrique.Projet;
import fr.chambery.cqc.core.fabrique.ProjetUpdate;
import fr.chambery.cqc.core.fabrique.StatutProjet;
import fr.chambery.cqc.core.meeting.Meeting;
import fr.chambery.cqc.core.meeting.Meetings;
import fr.chambery.cqc.core.meeting.WorkingGroup;
import fr.chambery.cqc.web.assembly.ui.AssemblyPage;
import fr.chambery.cqc.web.ui.ErrorResponses;
import fr.chambery.cqc.web.ui.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The programme de travail on the public pages: a council's projets ({@code /fabrique/programme} and its
 * block), one projet's follow-up ({@code /fabrique/projets/{id}}), and on an assembly with councils the bilan
 * of those that enable the fabrique.
 */
@Named
@RequestScoped
public class ProgrammeView {

    /** How many projets the space page's block lists before « see all ». */
    static final int BLOCK_SIZE = 5;

    @Inject
    Programme programme;

    @Inject
    Assemblies assemblies;

    @Inject
    Meetings meetings;

    @Inject
    AssemblyPage assemblyPage;

    @Inject
    FabriquePage router;

    private Projet projet;
    private Map<Long, WorkingGroup> groups;
    private final Map<Long, List<Projet>> projets = new HashMap<>();

    /** Before rendering a projet: 404 unless it is one of this council's. */
    public void checkProjet() {
        Assembly space = assemblyPage.getSpace();
        projet = router.getItemId().flatMap(programme::projet).filter(p -> p.spaceId() == space.id()).orElse(null);
        if (projet == null) {
            ErrorResponses.send(404);
        }
    }

    public Projet getProjet() {
        return projet;
    }

    /** A council's projets, read once per request whatever the view asks (its block and list ask several times). */
    public List<Projet> of(Assembly space) {
        return projets.computeIfAbsent(space.id(), programme::of);
    }

    /** The block's first projets. */
    public List<Projet> firstOf(Assembly space) {
        List<Projet> all = of(space);
        return all.subList(0, Math.min(BLOCK_SIZE, all.size()));
    }

    /** Whether this space shows a bilan of its councils rather than a programme of its own. */
    public boolean hasCouncils(Assembly space) {
        return !councils(space).isEmpty();
    }

    public List<BilanLine> bilan(Assembly space) {
        return programme.bilan(councils(space), Instant.now());
    }

    public List<StatutProjet> getStatuses() {
        return Arrays.asList(StatutProjet.values());
    }

    /** The City's answer, or {@code null} (the views test for empty; EL unwraps an {@link Optional} itself). */
    public String answer(Projet p) {
        return p.cityAnswer().orElse(null);
    }

    public Instant answeredAt(Projet p) {
        return p.cityAnsweredAt().orElse(null);
    }

    public String abandonReason(Projet p) {
        return p.abandonReason().orElse(null);
    }

    public String document(ProjetUpdate u) {
        return u.documentUrl().orElse(null);
    }

    public List<ProjetUpdate> updates(Projet p) {
        return programme.updates(p.id());
    }

    public List<Meeting> meetings(Projet p) {
        return programme.meetings(p);
    }

    /** « Porté par le groupe de travail … » or « Porté par la mairie de quartier ». */
    public String carrier(Projet p) {
        Optional<WorkingGroup> group = p.workingGroupId().map(id -> groupsOf(p.spaceId()).get(id));
        return group.map(g -> Messages.text("fabrique.projet.carrier.group", g.name(), g.referent1(), g.referent2()))
                .orElseGet(() -> Messages.text("fabrique.projet.carrier.mairie"));
    }

    private Map<Long, WorkingGroup> groupsOf(long spaceId) {
        if (groups == null) {
            groups = meetings.workingGroupsOf(spaceId).stream().collect(Collectors.toMap(WorkingGroup::id, Function.identity()));
        }
        return groups;
    }

    private List<Assembly> councils(Assembly space) {
        return assemblies.publishedChildrenOf(space).stream().filter(c -> c.enables(FabriqueComponent.KEY)).toList();
    }
}
