package fr.chambery.cqc.web.fabrique.ui;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.fabrique.Priorisation;
import fr.chambery.cqc.core.fabrique.Priorisations;
import fr.chambery.cqc.core.fabrique.RankedSubject;
import fr.chambery.cqc.core.fabrique.Sujet;
import fr.chambery.cqc.core.meeting.Meeting;
import fr.chambery.cqc.core.meeting.Meetings;
import fr.chambery.cqc.web.assembly.ui.AssemblyPage;
import fr.chambery.cqc.core.fabrique.MemberSupports;
import fr.chambery.cqc.web.infrastructure.cache.PageExpiry;
import fr.chambery.cqc.web.security.CurrentActor;
import fr.chambery.cqc.web.ui.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.omnifaces.cdi.Param;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    @Inject
    MemberSupports supports;

    @Inject
    CurrentActor current;

    @Inject
    HttpServletRequest request;

    @Inject
    @Param(name = "refus")
    String refusal;

    @Inject
    @Param(name = "soutien")
    String done;

    @Inject
    @Param(name = "sujet")
    String subjectParam;

    private MemberSupports.Ballot ballot;

    private final Instant now = Instant.now();
    private Optional<Priorisation> round;
    private Meeting pleniere;
    private Map<Long, Long> online;

    /**
     * The latest round of the space that has opened, if any. The page changes by the clock alone when a round
     * opens or closes: the cache of rendered pages is told so, lest an anonymous visitor keep reading an open
     * round after the plénière's end.
     */
    public Priorisation getRound() {
        if (round == null) {
            Assembly space = assemblyPage.getSpace();
            round = space == null ? Optional.empty() : priorisations.current(space.id(), now);
            if (space != null) {
                priorisations.nextChange(space.id(), now).ifPresent(change -> PageExpiry.changesAt(request, change));
            }
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

    /** Whether the visitor is a confirmed member of this council (she may support its subjects). */
    public boolean isMember() {
        return getRound() != null && current.onPublicPages().isMemberOf(getRound().spaceId());
    }

    /** Her supports in the round: how many she has, which subjects. */
    public MemberSupports.Ballot getBallot() {
        if (ballot == null && getRound() != null) {
            ballot = supports.ballot(current.onPublicPages(), getRound());
        }
        return ballot;
    }

    public boolean supports(Sujet subject) {
        return getBallot() != null && getBallot().supported().contains(subject.id());
    }

    /** What the last button did, as the page says it: « Votre soutien est enregistré. »… or empty. */
    public String getOutcome() {
        if ("donne".equals(done)) {
            return Messages.text("fabrique.priorisation.given");
        }
        if ("retire".equals(done)) {
            return Messages.text("fabrique.priorisation.withdrawn");
        }
        return null;
    }

    /** Why the last button was refused, in the visitor's language; only the refusals a support may meet. */
    public String getRefusal() {
        if (refusal == null || !REFUSALS.contains(refusal) || getRound() == null) {
            return null;
        }
        String key = "refusal.priorisation." + refusal;
        return switch (refusal) {
            case "limit" -> Messages.text(key, getRound().supportsPerMember());
            case "alreadySupported" -> Messages.text(key, subjectTitle());
            default -> Messages.text(key);
        };
    }

    private String subjectTitle() {
        try {
            return priorisations.supportable(getRound().spaceId()).stream().filter(s -> s.id().equals(Long.valueOf(subjectParam)))
                    .map(Sujet::title).findFirst().orElse("");
        } catch (NumberFormatException e) {
            return "";
        }
    }

    private static final Set<String> REFUSALS = Set.of("limit", "alreadySupported", "subjectNotOpen", "closed", "notYetOpen", "notMember", "unknown");

    /** The ranked results, once public; empty before. */
    public List<RankedSubject> getResults() {
        return isCountsPublic() ? priorisations.results(getRound()) : List.of();
    }
}
