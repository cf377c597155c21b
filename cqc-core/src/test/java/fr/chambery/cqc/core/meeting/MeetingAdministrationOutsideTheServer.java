package fr.chambery.cqc.core.meeting;

import fr.chambery.cqc.core.actionlog.ActionLogOutsideTheServer;
import fr.chambery.cqc.core.assembly.Assemblies;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;

import java.time.Clock;

/** The moderators' meeting use cases wired by hand over one entity manager, for the tests of other packages. */
public final class MeetingAdministrationOutsideTheServer {

    private MeetingAdministrationOutsideTheServer() {
    }

    public static MeetingAdministration over(EntityManager em, Clock clock, Event<MeetingRescheduled> rescheduled) {
        MeetingAdministration administration = new MeetingAdministration();
        administration.em = em;
        administration.clock = clock;
        administration.log = ActionLogOutsideTheServer.over(em, clock);
        administration.rescheduled = rescheduled;
        Assemblies assemblies = new Assemblies();
        try {
            var field = Assemblies.class.getDeclaredField("em");
            field.setAccessible(true);
            field.set(assemblies, em);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        administration.assemblies = assemblies;
        Meetings meetings = new Meetings();
        meetings.em = em;
        administration.meetings = meetings;
        return administration;
    }
}
