package fr.chambery.cqc.web.fabrique.ui;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.fabrique.Priorisation;
import fr.chambery.cqc.core.fabrique.Priorisations;
import fr.chambery.cqc.core.fabrique.RankedSubject;
import fr.chambery.cqc.core.fabrique.Sujet;
import fr.chambery.cqc.core.meeting.Meeting;
import fr.chambery.cqc.core.meeting.Meetings;
import fr.chambery.cqc.web.assembly.ui.AssemblyPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A council's priorisation on its public page ({@code /fabrique/priorisation}): the round that has opened
 * last, its rules, the subjects to support while it is open, and the ranked results once they are public
 * (after the close, or all along when the round shows them live).
 */
@Named
@RequestScoped
public class PriorisationView {

    @Inject
    Priorisations priorisations;

    @Inject
    Meetings meetings;

    @Inject
    AssemblyPage assemblyPage;

    private final Instant now = Instant.now();
    private Optional<Priorisation> round;
    private Meeting pleniere;
    private Map<Long, Long> online;

    /** The latest round of the space that has opened, if any. */
    public Priorisation getRound() {
        if (round == null) {
            Assembly space = assemblyPage.getSpace();
            round = space == null ? Optional.empty() : priorisations.current(space.id(), now);
        }
        return round.orElse(null);
    }

    public Meeting getPleniere() {
        if (pleniere == null && getRound() != null) {
            pleniere = meetings.byId(getRound().pleniereId()).orElse(null);
        }
        return pleniere;
    }

    public boolean isOpen() {
        return getRound() != null && getRound().isOpen(now);
    }

    public boolean isClosed() {
        return getRound() != null && getRound().isClosed(now);
    }

    /** Whether the counts may be shown now. */
    public boolean isCountsPublic() {
        return getRound() != null && getRound().countsArePublic(now);
    }

    /** The subjects one may support while the round is open. */
    public List<Sujet> getSubjects() {
        return isOpen() ? priorisations.supportable(getRound().spaceId()) : List.of();
    }

    /** A subject's online supports, when the counts are public. */
    public long online(Sujet subject) {
        if (online == null) {
            online = priorisations.onlineCounts(getRound().id());
        }
        return online.getOrDefault(subject.id(), 0L);
    }

    /** The ranked results, once public; empty before. */
    public List<RankedSubject> getResults() {
        return isCountsPublic() ? priorisations.results(getRound()) : List.of();
    }
}
