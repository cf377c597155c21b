package fr.chambery.cqc.core.meeting;

import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.AssemblyCatalog;
import fr.chambery.cqc.core.persistence.ResultPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the public sees of the meetings: published meetings of visible spaces that enable the meetings
 * component; a space's list includes the meetings of its sub-spaces.
 */
@ApplicationScoped
public class MeetingCatalog {

    @Inject
    Meetings meetings;

    @Inject
    Assemblies assemblies;

    @Inject
    AssemblyCatalog spaces;

    Clock clock = Clock.systemUTC();

    /** The space and its visible sub-spaces that show meetings, by id. */
    public Map<Long, Assembly> spacesOf(Assembly space) {
        List<Assembly> candidates = new ArrayList<>();
        candidates.add(space);
        candidates.addAll(spaces.visibleDescendantsOf(space));
        Set<Long> enabled = assemblies.enabling(candidates.stream().map(Assembly::id).toList(), MeetingsComponent.KEY);
        Map<Long, Assembly> byId = new LinkedHashMap<>();
        candidates.stream().filter(a -> enabled.contains(a.id())).forEach(a -> byId.put(a.id(), a));
        return byId;
    }

    public ResultPage<Meeting> search(Map<Long, Assembly> scope, MeetingFilter filter, int page, int size) {
        List<Long> ids = filter.council()
                .map(slug -> scope.values().stream().filter(a -> a.slug().equals(slug)).map(Assembly::id).toList())
                .orElseGet(() -> List.copyOf(scope.keySet()));
        return meetings.search(ids, filter.type(), filter.when(), now(), page, size);
    }

    /** A published meeting whose space is visible and shows meetings. */
    public Optional<Meeting> visible(long id) {
        return meetings.byId(id).filter(Meeting::isPublished).filter(m -> {
            Optional<Assembly> space = assemblies.byId(m.spaceId()).filter(Assembly::isVisibleToPublic);
            return space.isPresent() && space.get().enables(MeetingsComponent.KEY);
        });
    }

    public Instant now() {
        return clock.instant();
    }
}
