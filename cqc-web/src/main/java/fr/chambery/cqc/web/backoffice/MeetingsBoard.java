package fr.chambery.cqc.web.backoffice;

import fr.chambery.cqc.web.ui.Messages;
import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.meeting.Cadence;
import fr.chambery.cqc.core.meeting.InvalidMeetingException;
import fr.chambery.cqc.core.meeting.Meeting;
import fr.chambery.cqc.core.meeting.MeetingAdministration;
import fr.chambery.cqc.core.meeting.Meetings;
import fr.chambery.cqc.core.meeting.MeetingsComponent;
import fr.chambery.cqc.core.meeting.WorkingGroup;
import fr.chambery.cqc.web.ui.RefusalMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;

/**
 * A space's meetings in the back office: the charter's cadence for the year, every meeting (drafts
 * included) to publish, cancel or edit, and the working groups with their référent·es.
 */
@Named
@ViewScoped
public class MeetingsBoard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Assemblies assemblies;

    @Inject
    Meetings meetings;

    @Inject
    MeetingAdministration administration;

    @Inject
    AccessGuard access;

    @Inject
    ComponentBoardGuard guard;

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private String space;
    // read once per view; the row buttons find their meeting in the same list on postback
    private transient Assembly found;
    private transient List<Meeting> list;
    private transient Cadence cadence;

    private String groupName;
    private String groupSubject;
    private String referent1;
    private String referent2;

    public void open() {
        found = guard.open(space, MeetingsComponent.KEY).orElse(null);
    }

    public String publish(long id) {
        administration.publish(access.actor(), id);
        return done("admin.meetings.published");
    }

    public String cancel(long id) {
        administration.cancel(access.actor(), id);
        return done("admin.meetings.cancelled");
    }

    public String addWorkingGroup() {
        try {
            administration.addWorkingGroup(access.actor(), space, groupName, groupSubject, referent1, referent2);
        } catch (InvalidMeetingException e) {
            Messages.error(null, RefusalMessages.text(e));
            return null;
        }
        return done("admin.meetings.groupAdded");
    }

    private String done(String key) {
        Messages.info(key);
        Messages.keepForRedirect();
        return "/admin/meetings?faces-redirect=true&space=" + space;
    }

    public List<WorkingGroup> getWorkingGroups() {
        return getFound() == null ? List.of() : meetings.workingGroupsOf(found.id());
    }

    public Assembly getFound() {
        if (found == null && space != null) {
            found = assemblies.bySlug(space).orElse(null);
        }
        return found;
    }

    /** Read when first asked, on the first request and on postbacks alike (the buttons live in its rows). */
    public List<Meeting> getList() {
        if (list == null) {
            list = getFound() == null || !found.enables(MeetingsComponent.KEY)
                    ? List.of() : administration.of(access.actor(), space);
        }
        return list;
    }

    public Cadence getCadence() {
        if (cadence == null && !getList().isEmpty()) {
            cadence = Cadence.of(Year.now(PARIS), getList(), Instant.now());
        } else if (cadence == null && getFound() != null && found.enables(MeetingsComponent.KEY)) {
            cadence = Cadence.of(Year.now(PARIS), List.of(), Instant.now());
        }
        return cadence;
    }
    public String getSpace() { return space; }
    public void setSpace(String space) { this.space = space; }
    public String getGroupName() { return groupName; }
    public void setGroupName(String v) { this.groupName = v; }
    public String getGroupSubject() { return groupSubject; }
    public void setGroupSubject(String v) { this.groupSubject = v; }
    public String getReferent1() { return referent1; }
    public void setReferent1(String v) { this.referent1 = v; }
    public String getReferent2() { return referent2; }
    public void setReferent2(String v) { this.referent2 = v; }
}
