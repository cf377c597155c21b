package fr.chambery.cqc.core.meeting;

import fr.chambery.cqc.core.access.Action;
import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.access.Permissions;
import fr.chambery.cqc.core.actionlog.ActionLog;
import fr.chambery.cqc.core.actionlog.LogEntry;
import fr.chambery.cqc.core.actionlog.Verb;
import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.ConcurrentEditException;
import fr.chambery.cqc.core.assembly.UnknownAssemblyException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Moderators' use cases on meetings and working groups: each checks that the space enables meetings and
 * that the actor may edit it, runs in one transaction and is written to the action log.
 */
@ApplicationScoped
public class MeetingAdministration {

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    @Inject
    Assemblies assemblies;

    @Inject
    Meetings meetings;

    @Inject
    ActionLog log;

    @Inject
    Event<MeetingRescheduled> rescheduled;

    Clock clock = Clock.systemUTC();

    /** The space's meetings, published or not, soonest first. */
    public List<Meeting> of(Actor actor, String spaceSlug) {
        return meetings.ofSpaces(List.of(editable(actor, spaceSlug).id()));
    }

    /** @throws InvalidMeetingException when the space does not enable meetings, or the meeting is invalid */
    @Transactional
    public Meeting create(Actor actor, String spaceSlug, MeetingDraft draft) {
        Assembly space = editable(actor, spaceSlug);
        Meeting meeting = draft.toMeeting(space.id());
        meetings.add(meeting);
        em.flush();
        log.record(LogEntry.by(actor).did(Verb.CREATE).on(MeetingLog.MEETING, meeting.id(), meeting.title())
                .to(snapshot(meeting)));
        return meeting;
    }

    @Transactional
    public Meeting update(Actor actor, long id, long version, MeetingDraft draft) {
        Meeting meeting = owned(actor, id);
        if (meeting.version() != version) {
            throw new ConcurrentEditException("meeting " + id);
        }
        Map<String, Object> before = snapshot(meeting);
        Instant startedAt = meeting.startsAt();
        Instant endedAt = meeting.endsAt();
        draft.applyTo(meeting);
        em.flush();
        log.record(LogEntry.by(actor).did(Verb.UPDATE).on(MeetingLog.MEETING, meeting.id(), meeting.title())
                .from(before).to(snapshot(meeting)));
        if (!meeting.startsAt().equals(startedAt) || !meeting.endsAt().equals(endedAt)) {
            rescheduled.fire(new MeetingRescheduled(actor, meeting.id(), meeting.title(), meeting.startsAt(), meeting.endsAt()));
        }
        return meeting;
    }

    @Transactional
    public void publish(Actor actor, long id) {
        Meeting meeting = owned(actor, id);
        Map<String, Object> before = snapshot(meeting);
        meeting.publish(clock.instant());
        log.record(LogEntry.by(actor).did(Verb.PUBLISH).on(MeetingLog.MEETING, meeting.id(), meeting.title())
                .from(before).to(snapshot(meeting)));
    }

    /** A cancelled meeting stays visible, marked as such. */
    @Transactional
    public void cancel(Actor actor, long id) {
        Meeting meeting = owned(actor, id);
        Map<String, Object> before = snapshot(meeting);
        meeting.cancel();
        log.record(LogEntry.by(actor).did(Verb.CANCEL).on(MeetingLog.MEETING, meeting.id(), meeting.title())
                .from(before).to(snapshot(meeting)));
    }

    @Transactional
    public WorkingGroup addWorkingGroup(Actor actor, String spaceSlug, String name, String subject, String referent1, String referent2) {
        Assembly space = editable(actor, spaceSlug);
        WorkingGroup group = new WorkingGroup(space.id(), name, subject, referent1, referent2);
        em.persist(group);
        log.record(LogEntry.by(actor).did(Verb.CREATE).on(MeetingLog.WORKING_GROUP, space.slug(), group.name())
                .to(Map.of("name", group.name(), "referents", List.of(group.referent1(), group.referent2()))));
        return group;
    }

    private Assembly editable(Actor actor, String spaceSlug) {
        Assembly space = assemblies.bySlug(spaceSlug).orElseThrow(() -> new UnknownAssemblyException(spaceSlug));
        Permissions.require(actor, Action.EDIT_SPACE, Optional.of(space));
        if (!space.enables(MeetingsComponent.KEY)) {
            throw new InvalidMeetingException("refusal.meeting.notEnabled");
        }
        return space;
    }

    private Meeting owned(Actor actor, long id) {
        Meeting meeting = meetings.byId(id).orElseThrow(() -> new InvalidMeetingException("refusal.meeting.notFound"));
        Assembly space = assemblies.byId(meeting.spaceId()).orElseThrow();
        Permissions.require(actor, Action.EDIT_SPACE, Optional.of(space));
        return meeting;
    }

    private static Map<String, Object> snapshot(Meeting m) {
        return Map.of("type", m.type().name(), "title", m.title(), "startsAt", m.startsAt().toString(),
                "endsAt", m.endsAt().toString(), "place", m.address().orElse(""), "online", m.onlineUrl().orElse(""),
                "cancelled", m.isCancelled(), "published", m.isPublished());
    }
}
