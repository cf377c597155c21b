package fr.chambery.cqc.web.backoffice;

import fr.chambery.cqc.web.ui.Messages;
import fr.chambery.cqc.core.access.Action;
import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.ConcurrentEditException;
import fr.chambery.cqc.core.meeting.InvalidMeetingException;
import fr.chambery.cqc.core.meeting.Meeting;
import fr.chambery.cqc.core.meeting.MeetingAdministration;
import fr.chambery.cqc.core.meeting.MeetingDraft;
import fr.chambery.cqc.core.meeting.MeetingType;
import fr.chambery.cqc.core.meeting.Meetings;
import fr.chambery.cqc.web.ui.ErrorResponses;
import fr.chambery.cqc.web.ui.RefusalMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/** Creating or editing a meeting: type, title, day and times (Paris), place, texts; refusals in French. */
@Named
@ViewScoped
public class MeetingEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject Assemblies assemblies;
    @Inject Meetings meetings;
    @Inject MeetingAdministration administration;
    @Inject AccessGuard access;

    private String space;
    private Long id;
    private long version;
    private String type = MeetingType.PLENIERE.name();
    private String title, address, onlineUrl, description, agenda, minutes;
    private LocalDate day;
    private LocalTime start, end;
    private boolean publish;

    public void load() {
        if (id != null) {
            Optional<Meeting> meeting = meetings.byId(id);
            Optional<Assembly> owner = meeting.flatMap(m -> assemblies.byId(m.spaceId()));
            if (owner.isEmpty()) {
                ErrorResponses.send(404);
                return;
            }
            if (!access.require(Action.EDIT_SPACE, owner)) {
                return;
            }
            Meeting m = meeting.get();
            space = owner.get().slug();
            version = m.version();
            type = m.type().name();
            title = m.title();
            day = m.starts().toLocalDate();
            start = m.starts().toLocalTime();
            end = m.ends().toLocalTime();
            address = m.address().orElse(null);
            onlineUrl = m.onlineUrl().orElse(null);
            description = m.description();
            agenda = m.agenda();
            minutes = m.minutes().orElse(null);
            return;
        }
        Optional<Assembly> owner = Optional.ofNullable(space).flatMap(assemblies::bySlug);
        if (owner.isEmpty()) {
            ErrorResponses.send(404);
            return;
        }
        access.require(Action.EDIT_SPACE, owner);
    }

    public String save() {
        try {
            MeetingType meetingType = MeetingType.named(type).orElseThrow(() -> new InvalidMeetingException("admin.meetings.type.unknown"));
            MeetingDraft draft = new MeetingDraft(meetingType, title, day, start, end, address, onlineUrl,
                    description, agenda, minutes);
            if (id == null) {
                Meeting created = administration.create(access.actor(), space, draft);
                if (publish) {
                    administration.publish(access.actor(), created.id());
                }
            } else {
                administration.update(access.actor(), id, version, draft);
            }
        } catch (InvalidMeetingException e) {
            Messages.error(null, RefusalMessages.text(e));
            return null;
        } catch (ConcurrentEditException | OptimisticLockException e) {
            Messages.error(null, Messages.text("admin.meetings.concurrent"));
            return null;
        }
        Messages.info("admin.meetings.saved", title);
        Messages.keepForRedirect();
        return "/admin/meetings?faces-redirect=true&space=" + space;
    }

    public MeetingType[] getTypes() {
        return MeetingType.values();
    }

    public boolean isCreating() { return id == null; }
    public String getSpace() { return space; }
    public void setSpace(String space) { this.space = space; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getTitle() { return title; }
    public void setTitle(String v) { this.title = v; }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate v) { this.day = v; }
    public LocalTime getStart() { return start; }
    public void setStart(LocalTime v) { this.start = v; }
    public LocalTime getEnd() { return end; }
    public void setEnd(LocalTime v) { this.end = v; }
    public String getAddress() { return address; }
    public void setAddress(String v) { this.address = v; }
    public String getOnlineUrl() { return onlineUrl; }
    public void setOnlineUrl(String v) { this.onlineUrl = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { this.description = v; }
    public String getAgenda() { return agenda; }
    public void setAgenda(String v) { this.agenda = v; }
    public String getMinutes() { return minutes; }
    public void setMinutes(String v) { this.minutes = v; }
    public boolean isPublish() { return publish; }
    public void setPublish(boolean v) { this.publish = v; }
}
