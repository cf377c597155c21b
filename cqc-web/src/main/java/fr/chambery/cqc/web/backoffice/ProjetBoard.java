package fr.chambery.cqc.web.backoffice;

import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.fabrique.FabriqueComponent;
import fr.chambery.cqc.core.fabrique.Programme;
import fr.chambery.cqc.core.fabrique.ProgrammeAdministration;
import fr.chambery.cqc.core.fabrique.Projet;
import fr.chambery.cqc.core.fabrique.ProjetUpdate;
import fr.chambery.cqc.core.fabrique.StatutProjet;
import fr.chambery.cqc.core.meeting.Meeting;
import fr.chambery.cqc.core.meeting.Meetings;
import fr.chambery.cqc.core.refusal.DomainRefusal;
import fr.chambery.cqc.web.ui.ErrorResponses;
import fr.chambery.cqc.web.ui.Messages;
import fr.chambery.cqc.web.ui.RefusalMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code admin/projet?id=…}: one projet's follow-up for the council's moderators: status (with the reason of
 * an abandon), progress, dated updates, the City's answer, linked meetings. Each edit names the version the
 * page was read at, so a change made meanwhile by someone else is refused rather than overwritten.
 */
@Named
@ViewScoped
public class ProjetBoard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Assemblies assemblies;

    @Inject
    Programme programme;

    @Inject
    ProgrammeAdministration administration;

    @Inject
    Meetings meetings;

    @Inject
    AccessGuard access;

    @Inject
    ComponentBoardGuard guard;

    private Long id;
    private long version;
    private transient Projet projet;
    private transient Assembly space;

    private StatutProjet status;
    private String reason;
    private String progress;
    private String updateText;
    private String updateLink;
    private String answer;
    private Long meetingId;

    public void open() {
        projet = id == null ? null : programme.projet(id).orElse(null);
        if (projet == null) {
            ErrorResponses.send(404);
            return;
        }
        space = assemblies.byId(projet.spaceId()).orElseThrow();
        if (guard.open(space.slug(), FabriqueComponent.KEY).isEmpty()) {
            projet = null;
            return;
        }
        version = projet.version();
        status = projet.status();
        reason = projet.abandonReason().orElse(null);
        progress = String.valueOf(projet.progress());
        answer = projet.cityAnswer().orElse(null);
    }

    public String saveStatus() {
        return edit(p -> administration.changeStatus(access.actor(), id, version, status, reason));
    }

    public String saveProgress() {
        int percent;
        try {
            percent = Integer.parseInt(progress == null ? "" : progress.strip());
        } catch (NumberFormatException e) {
            Messages.error("progress", Messages.text("admin.programme.progress.invalid"));
            return null;
        }
        return edit(p -> administration.progress(access.actor(), id, version, percent));
    }

    public String addUpdate() {
        return edit(p -> administration.addUpdate(access.actor(), id, updateText, updateLink));
    }

    public String saveAnswer() {
        return edit(p -> administration.answer(access.actor(), id, version, answer));
    }

    public String linkMeeting() {
        if (meetingId == null) {
            Messages.error("meeting", RefusalMessages.text(new DomainRefusal("refusal.projet.meeting")));
            return null;
        }
        return edit(p -> administration.linkMeeting(access.actor(), id, version, meetingId));
    }

    private String edit(Consumer<Long> change) {
        try {
            change.accept(id);
        } catch (DomainRefusal e) {
            Messages.error(null, RefusalMessages.text(e));
            return null;
        }
        Messages.info("admin.programme.saved");
        Messages.keepForRedirect();
        return "/admin/projet?faces-redirect=true&id=" + id;
    }

    public Projet getProjet() {
        if (projet == null && id != null) {
            projet = programme.projet(id).orElse(null);
        }
        return projet;
    }

    public Assembly getSpace() {
        if (space == null && getProjet() != null) {
            space = assemblies.byId(projet.spaceId()).orElse(null);
        }
        return space;
    }

    public List<StatutProjet> getStatuses() {
        return Arrays.asList(StatutProjet.values());
    }

    public List<ProjetUpdate> getUpdates() {
        return getProjet() == null ? List.of() : programme.updates(id);
    }

    /** The council's meetings not linked yet. */
    public List<Meeting> getMeetings() {
        return getProjet() == null ? List.of()
                : meetings.ofSpaces(List.of(projet.spaceId())).stream().filter(m -> !projet.meetingIds().contains(m.id())).toList();
    }

    public List<Meeting> getLinked() {
        return getProjet() == null ? List.of() : programme.meetings(projet);
    }

    public Long getId() { return id; }
    public void setId(Long v) { this.id = v; }
    public StatutProjet getStatus() { return status; }
    public void setStatus(StatutProjet v) { this.status = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { this.reason = v; }
    public String getProgress() { return progress; }
    public void setProgress(String v) { this.progress = v; }
    public String getUpdateText() { return updateText; }
    public void setUpdateText(String v) { this.updateText = v; }
    public String getUpdateLink() { return updateLink; }
    public void setUpdateLink(String v) { this.updateLink = v; }
    public String getAnswer() { return answer; }
    public void setAnswer(String v) { this.answer = v; }
    public Long getMeetingId() { return meetingId; }
    public void setMeetingId(Long v) { this.meetingId = v; }
}
