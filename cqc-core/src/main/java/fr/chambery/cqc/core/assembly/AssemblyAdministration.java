package fr.chambery.cqc.core.assembly;

import fr.chambery.cqc.core.refusal.DomainRefusal;
import fr.chambery.cqc.core.access.Action;
import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.access.Permissions;
import fr.chambery.cqc.core.actionlog.ActionLog;
import fr.chambery.cqc.core.actionlog.LogEntry;
import fr.chambery.cqc.core.actionlog.Verb;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Creating, editing, publishing and arranging spaces: the use cases of the back office and of the API's
 * write endpoints. Each call checks {@link Permissions}, runs in one transaction and is written to the
 * action log with the space's state before and after.
 */
@ApplicationScoped
public class AssemblyAdministration {

    static final ZoneId ORGANISATION_ZONE = ZoneId.of("Europe/Paris");

    @Inject
    Assemblies assemblies;

    @Inject
    ActionLog log;

    @Inject
    @ConfigProperty(name = "cqc.organization.reference-prefix", defaultValue = "chbry")
    String referencePrefix;

    Clock clock = Clock.systemUTC();

    /**
     * Stores a new space under {@code parentSlug} (or at the top level) and gives it its reference, which
     * needs the id: the space is flushed first.
     */
    @Transactional
    public Assembly create(Actor actor, Assembly assembly, Optional<String> parentSlug) {
        Optional<Assembly> parent = parentSlug.map(this::existing);
        Permissions.require(actor, parent.isPresent() ? Action.CREATE_SUB_SPACE : Action.CREATE_TOP_LEVEL_SPACE, parent);
        if (assemblies.bySlug(assembly.slug()).isPresent()) {
            throw new DomainRefusal("refusal.slug.taken", assembly.slug());
        }
        assembly.moveUnder(parent.orElse(null));
        assemblies.add(assembly);
        assemblies.flush();
        assembly.assignReference(Reference.ofAssembly(referencePrefix,
                YearMonth.from(assembly.createdAt().atZone(ORGANISATION_ZONE)), assembly.id()));
        log.record(LogEntry.by(actor).did(Verb.CREATE).on(AssemblyLog.ASSEMBLY, assembly.id(), assembly.title())
                .to(AssemblySnapshot.of(assembly)));
        return assembly;
    }

    /**
     * Applies {@code changes} to the space, if the editor started from its current {@code version}.
     *
     * @throws ConcurrentEditException when someone else stored a change in between
     */
    @Transactional
    public Assembly update(Actor actor, String slug, long version, Consumer<Assembly> changes) {
        Assembly space = existing(slug);
        Permissions.require(actor, Action.EDIT_SPACE, Optional.of(space));
        if (space.version() != version) {
            throw new ConcurrentEditException(slug);
        }
        AssemblySnapshot before = AssemblySnapshot.of(space);
        changes.accept(space);
        assemblies.flush();
        log.record(LogEntry.by(actor).did(Verb.UPDATE).on(AssemblyLog.ASSEMBLY, space.id(), space.title())
                .from(before).to(AssemblySnapshot.of(space)));
        return space;
    }

    @Transactional
    public Assembly publish(Actor actor, String slug, boolean published) {
        Assembly space = existing(slug);
        Permissions.require(actor, Action.PUBLISH_SPACE, Optional.of(space));
        AssemblySnapshot before = AssemblySnapshot.of(space);
        if (published) {
            space.publish(clock.instant());
        } else {
            space.unpublish();
        }
        log.record(LogEntry.by(actor).did(published ? Verb.PUBLISH : Verb.UNPUBLISH).on(AssemblyLog.ASSEMBLY, space.id(), space.title())
                .from(before).to(AssemblySnapshot.of(space)));
        return space;
    }

    /** Nests the space under {@code newParentSlug}, or at the top level; cycles are refused. */
    @Transactional
    public Assembly move(Actor actor, String slug, Optional<String> newParentSlug) {
        Assembly space = existing(slug);
        Optional<Assembly> parent = newParentSlug.map(this::existing);
        Permissions.require(actor, Action.MOVE_SPACE, Optional.of(space));
        Permissions.require(actor, parent.isPresent() ? Action.CREATE_SUB_SPACE : Action.CREATE_TOP_LEVEL_SPACE, parent);
        AssemblySnapshot before = AssemblySnapshot.of(space);
        space.moveUnder(parent.orElse(null));
        log.record(LogEntry.by(actor).did(Verb.MOVE).on(AssemblyLog.ASSEMBLY, space.id(), space.title())
                .from(before).to(AssemblySnapshot.of(space)));
        return space;
    }

    /** Moves the space one place up or down among its siblings, renumbering them in order. */
    @Transactional
    public void shift(Actor actor, String slug, int direction) {
        Assembly space = existing(slug);
        Permissions.require(actor, Action.EDIT_SPACE, Optional.of(space));
        List<Assembly> siblings = new ArrayList<>(assemblies.siblingsOf(space));
        int index = siblings.indexOf(space);
        int target = index + Integer.signum(direction);
        if (index < 0 || target < 0 || target >= siblings.size()) {
            return;
        }
        AssemblySnapshot before = AssemblySnapshot.of(space);
        siblings.add(target, siblings.remove(index));
        for (int i = 0; i < siblings.size(); i++) {
            siblings.get(i).placeAt(i);
        }
        log.record(LogEntry.by(actor).did(Verb.REORDER).on(AssemblyLog.ASSEMBLY, space.id(), space.title())
                .from(before).to(AssemblySnapshot.of(space)));
    }

    private Assembly existing(String slug) {
        return assemblies.bySlug(slug).orElseThrow(() -> new UnknownAssemblyException(slug));
    }
}
