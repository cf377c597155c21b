package fr.chambery.cqc.core.association;

import fr.chambery.cqc.core.access.Action;
import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.access.Permissions;
import fr.chambery.cqc.core.actionlog.ActionLog;
import fr.chambery.cqc.core.actionlog.LogEntry;
import fr.chambery.cqc.core.actionlog.Verb;
import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.UnknownAssemblyException;
import fr.chambery.cqc.core.persistence.ResultPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The review list: associations the sync could not place in a quartier. A moderator assigns one, and
 * every later sync keeps that choice.
 */
@ApplicationScoped
public class AssociationReview {

    @Inject
    Associations associations;

    @Inject
    Assemblies assemblies;

    @Inject
    ActionLog log;

    /** A page of the list, searched by words of the name or address (empty: all), with its total. */
    public ResultPage<Association> waiting(Actor actor, String query, int page, int size) {
        Permissions.require(actor, Action.ENTER_BACK_OFFICE);
        return associations.toReview(query, page, size);
    }

    /** The quartiers an actor may assign to: councils enabling the associations component that they moderate. */
    public List<Assembly> quartiers(Actor actor) {
        return assemblies.all().stream()
                .filter(s -> s.enables(AssociationsComponent.KEY))
                .filter(s -> Permissions.can(actor, Action.EDIT_SPACE, Optional.of(s)))
                .toList();
    }

    @Transactional
    public void assign(Actor actor, long associationId, String councilSlug) {
        Assembly council = assemblies.bySlug(councilSlug)
                .filter(s -> s.enables(AssociationsComponent.KEY))
                .orElseThrow(() -> new UnknownAssemblyException(councilSlug));
        Permissions.require(actor, Action.EDIT_SPACE, Optional.of(council));
        Association association = associations.byId(associationId).orElseThrow(() -> new UnknownAssemblyException("association " + associationId));
        Map<String, Object> before = Map.of("quartier", association.quartierId().map(String::valueOf).orElse(""),
                "source", association.quartierSource().name());
        association.assignByModerator(council.id());
        log.record(LogEntry.by(actor).did(Verb.ASSIGN_QUARTIER).on(AssociationLog.ASSOCIATION, association.id(), association.name())
                .from(before).to(Map.of("quartier", council.slug(), "source", QuartierSource.MODERATEUR.name())));
    }
}
