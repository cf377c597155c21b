package fr.chambery.cqc.web.meeting.ui;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.meeting.MeetingCatalog;
import fr.chambery.cqc.core.meeting.MeetingFilter;
import fr.chambery.cqc.core.meeting.MeetingPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Map;

/** « Les prochaines rencontres » on a space's page: the next three, and how many are upcoming in all. */
@Named
@RequestScoped
public class MeetingsBlock {

    static final int SHOWN = 3;

    @Inject
    MeetingCatalog catalog;

    private MeetingPage upcoming;
    private Map<Long, Assembly> scope;

    public MeetingPage upcoming(Assembly space) {
        if (upcoming == null) {
            scope = catalog.spacesOf(space);
            upcoming = catalog.search(scope, MeetingFilter.upcoming(), 1, SHOWN);
        }
        return upcoming;
    }

    /** The space a meeting belongs to, when it is a sub-space of the page's space. */
    public Assembly spaceOf(long spaceId) {
        return scope.get(spaceId);
    }
}
