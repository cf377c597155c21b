package fr.chambery.cqc.web.backoffice;

import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.fabrique.FabriqueComponent;
import fr.chambery.cqc.core.fabrique.Priorisation;
import fr.chambery.cqc.core.fabrique.PriorisationAdministration;
import fr.chambery.cqc.core.fabrique.Priorisations;
import fr.chambery.cqc.core.fabrique.RankedSubject;
import fr.chambery.cqc.core.fabrique.Sujet;
import fr.chambery.cqc.core.meeting.Meeting;
import fr.chambery.cqc.core.meeting.MeetingType;
import fr.chambery.cqc.core.meeting.Meetings;
import fr.chambery.cqc.core.refusal.DomainRefusal;
import fr.chambery.cqc.web.ui.Messages;
import fr.chambery.cqc.web.ui.RefusalMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code admin/priorisation?space=…}: a council's priorisations for its moderators: open one for an upcoming
 * plénière, settle the current one or close it early, record the show of hands per subject, read and export
 * the results.
 */
@Named
@ViewScoped
public class PriorisationBoard implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    Assemblies assemblies;

    @Inject
    Priorisations priorisations;

    @Inject
    PriorisationAdministration administration;

    @Inject
    Meetings meetings;

    @Inject
    AccessGuard access;

    @Inject
    ComponentBoardGuard guard;

    private String space;
    private transient Assembly found;
    private transient List<Priorisation> rounds;

    private Long pleniereId;
    private String opensAt;
    private String supports = String.valueOf(Priorisation.DEFAULT_SUPPORTS);
    private boolean live;
    private String newSupports;
    private boolean newLive;
    private Long currentVersion;
    private final Map<Long, String> hands = new HashMap<>();

    public void open() {
        found = guard.open(space, FabriqueComponent.KEY).orElse(null);
        Priorisation current = getCurrent();
        if (current != null && currentVersion == null) {
            currentVersion = current.version();
            newSupports = String.valueOf(current.supportsPerMember());
            newLive = current.countsLive();
            priorisations.inRoomCounts(current.id()).forEach((subject, count) -> hands.put(subject, String.valueOf(count.hands())));
        }
    }

    public String openRound() {
        Integer n = number(supports, "supports", "admin.priorisation.supports.invalid");
        Instant opening;
        try {
            opening = opensAt == null || opensAt.isBlank() ? Instant.now() : LocalDateTime.parse(opensAt.strip()).atZone(PARIS).toInstant();
        } catch (DateTimeParseException e) {
            Messages.error("opensAt", Messages.text("admin.priorisation.opensAt.invalid"));
            return null;
        }
        if (n == null) {
            return null;
        }
        if (pleniereId == null) {
            Messages.error("pleniere", RefusalMessages.text(new DomainRefusal("refusal.priorisation.notAPleniere")));
            return null;
        }
        try {
            administration.open(access.actor(), space, pleniereId, opening, n, live);
        } catch (DomainRefusal e) {
            Messages.error(null, RefusalMessages.text(e));
            return null;
        }
        return done("admin.priorisation.opened");
    }

    public String settle() {
        Integer n = number(newSupports, "newSupports", "admin.priorisation.supports.invalid");
        if (n == null) {
            return null;
        }
        try {
            administration.settle(access.actor(), getCurrent().id(), currentVersion, n, newLive);
        } catch (DomainRefusal e) {
            Messages.error(null, RefusalMessages.text(e));
            return null;
        }
        return done("admin.priorisation.settled");
    }

    public String close() {
        try {
            administration.close(access.actor(), getCurrent().id(), currentVersion);
        } catch (DomainRefusal e) {
            Messages.error(null, RefusalMessages.text(e));
            return null;
        }
        return done("admin.priorisation.closed");
    }

    public String record(long subjectId) {
        Integer count = number(hands.get(subjectId), null, "admin.priorisation.hands.invalid");
        if (count == null) {
            return null;
        }
        try {
            administration.recordInRoom(access.actor(), getCurrent().id(), subjectId, count);
        } catch (DomainRefusal e) {
            Messages.error(null, RefusalMessages.text(e));
            return null;
        }
        return done("admin.priorisation.recorded");
    }

    private static Integer number(String value, String field, String errorKey) {
        try {
            return Integer.valueOf(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            Messages.error(field, Messages.text(errorKey));
            return null;
        }
    }

    private String done(String key) {
        Messages.info(key);
        Messages.keepForRedirect();
        return "/admin/priorisation?faces-redirect=true&space=" + space;
    }

    public Assembly getFound() {
        if (found == null && space != null) {
            found = assemblies.bySlug(space).orElse(null);
        }
        return found;
    }

    /** The space's rounds, the latest first, when it enables the fabrique. */
    public List<Priorisation> getRounds() {
        if (rounds == null) {
            rounds = getFound() == null || !found.enables(FabriqueComponent.KEY) ? List.of() : priorisations.ofSpace(found.id());
        }
        return rounds;
    }

    /** The latest round: the one the board edits. */
    public Priorisation getCurrent() {
        return getRounds().isEmpty() ? null : getRounds().getFirst();
    }

    public String state(Priorisation round) {
        Instant now = Instant.now();
        return Messages.text(round.isClosed(now) ? "admin.priorisation.state.closed"
                : round.isOpen(now) ? "admin.priorisation.state.open" : "admin.priorisation.state.upcoming");
    }

    public boolean closed(Priorisation round) {
        return round.isClosed(Instant.now());
    }

    public String pleniereOf(Priorisation round) {
        return meetings.byId(round.pleniereId()).map(Meeting::title).orElse("");
    }

    /** The council's coming plénières that have no round yet. */
    public List<Meeting> getPlenieres() {
        if (getFound() == null || !found.enables(FabriqueComponent.KEY)) {
            return List.of();
        }
        Set<Long> taken = getRounds().stream().map(Priorisation::pleniereId).collect(Collectors.toSet());
        Instant now = Instant.now();
        return meetings.ofSpaces(List.of(found.id())).stream()
                .filter(m -> m.type() == MeetingType.PLENIERE && !m.isCancelled() && !m.isPast(now) && !taken.contains(m.id()))
                .toList();
    }

    /** The subjects whose hands may be recorded in the current round. */
    public List<Sujet> getSubjects() {
        return getCurrent() == null ? List.of() : priorisations.supportable(getFound().id());
    }

    public List<RankedSubject> results(Priorisation round) {
        return priorisations.results(round);
    }

    public String getSpace() { return space; }
    public void setSpace(String space) { this.space = space; }
    public Long getPleniereId() { return pleniereId; }
    public void setPleniereId(Long v) { this.pleniereId = v; }
    public String getOpensAt() { return opensAt; }
    public void setOpensAt(String v) { this.opensAt = v; }
    public String getSupports() { return supports; }
    public void setSupports(String v) { this.supports = v; }
    public boolean isLive() { return live; }
    public void setLive(boolean v) { this.live = v; }
    public String getNewSupports() { return newSupports; }
    public void setNewSupports(String v) { this.newSupports = v; }
    public boolean isNewLive() { return newLive; }
    public void setNewLive(boolean v) { this.newLive = v; }
    public Map<Long, String> getHands() { return hands; }
}
