package fr.chambery.cqc.core.meeting;

import fr.chambery.cqc.core.space.ComponentDescriptor;
import fr.chambery.cqc.core.space.ComponentType;
import jakarta.enterprise.context.ApplicationScoped;

/** The rencontres of a space: the upcoming ones on its page, the full list, each meeting, calendars. */
@ApplicationScoped
public class MeetingsComponent implements ComponentType {

    public static final String KEY = "meetings";

    @Override
    public ComponentDescriptor descriptor() {
        return new ComponentDescriptor(KEY, "component.meetings", 20)
                .administeredAt("admin/meetings", "component.meetings");
    }
}
