package fr.chambery.cqc.web.backoffice;

import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.fabrique.FabriqueComponent;
import fr.chambery.cqc.core.fabrique.Priorisations;
import fr.chambery.cqc.core.fabrique.Programme;
import fr.chambery.cqc.core.fabrique.ProgrammeAdministration;
import fr.chambery.cqc.core.fabrique.Projet;
import fr.chambery.cqc.core.fabrique.Sujet;
import fr.chambery.cqc.core.meeting.Meeting;
import fr.chambery.cqc.core.meeting.MeetingType;
import fr.chambery.cqc.core.meeting.Meetings;
import fr.chambery.cqc.core.meeting.WorkingGroup;
import fr.chambery.cqc.core.refusal.DomainRefusal;
import fr.chambery.cqc.web.ui.Messages;
import fr.chambery.cqc.web.ui.RefusalMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * {@code admin/programme?space=…}: a council's programme de travail for its moderators: retain an open
 * subject (chosen at a plénière, carried by a working group or the mairie de quartier, needing the City or
 * not), and the projets, each followed on {@code admin/projet?id=…}.
 */
@Named
@ViewScoped
public class ProgrammeBoard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Assemblies assemblies;

    @Inject
    Priorisations priorisations;

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

    private String space;
    private transient Assembly found;

    private Long subjectId;
    private Long pleniereId;
    private Long groupId;
    private boolean needsCity;

    public void open() {
        found = guard.open(space, FabriqueComponent.KEY).orElse(null);
    }

    public String retain() {
        if (subjectId == null) {
            Messages.error("subject", RefusalMessages.text(new DomainRefusal("refusal.projet.unknownSubject")));
            return null;
        }
        try {
            Projet projet = administration.retain(access.actor(), subjectId, pleniereId, groupId, needsCity);
            Messages.info("admin.programme.retained", projet.title());
        } catch (DomainRefusal e) {
            Messages.error(null, RefusalMessages.text(e));
            return null;
        }
        Messages.keepForRedirect();
        return "/admin/programme?faces-redirect=true&space=" + space;
    }

    public Assembly getFound() {
        if (found == null && space != null) {
            found = assemblies.bySlug(space).orElse(null);
        }
        return found;
    }

    private boolean enabled() {
        return getFound() != null && found.enables(FabriqueComponent.KEY);
    }

    public List<Sujet> getOpenSubjects() {
        return enabled() ? priorisations.supportable(found.id()) : List.of();
    }

    public List<Projet> getProjets() {
        return enabled() ? programme.of(found.id()) : List.of();
    }

    public List<Meeting> getPlenieres() {
        return enabled() ? meetings.ofSpaces(List.of(found.id())).stream().filter(m -> m.type() == MeetingType.PLENIERE && !m.isCancelled()).toList()
                : List.of();
    }

    public List<WorkingGroup> getWorkingGroups() {
        return enabled() ? meetings.workingGroupsOf(found.id()) : List.of();
    }

    public String getSpace() { return space; }
    public void setSpace(String space) { this.space = space; }
    public Long getSubjectId() { return subjectId; }
    public void setSubjectId(Long v) { this.subjectId = v; }
    public Long getPleniereId() { return pleniereId; }
    public void setPleniereId(Long v) { this.pleniereId = v; }
    public Long getGroupId() { return groupId; }
    public void setGroupId(Long v) { this.groupId = v; }
    public boolean isNeedsCity() { return needsCity; }
    public void setNeedsCity(boolean v) { this.needsCity = v; }
}
