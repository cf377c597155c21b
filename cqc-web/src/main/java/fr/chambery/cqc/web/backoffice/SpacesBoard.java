package fr.chambery.cqc.web.backoffice;

import fr.chambery.cqc.web.ui.Messages;
import fr.chambery.cqc.core.access.Action;
import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.AssemblyAdministration;
import fr.chambery.cqc.core.assembly.UnknownAssemblyException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The back office's home: every space as a tree, with what the signed-in moderator may do to each
 * (edit, publish, move up or down, add a sub-space).
 */
@Named
@RequestScoped
public class SpacesBoard {

    /** A space and its depth in the tree. */
    public record Row(Assembly space, int depth) {
    }

    @Inject
    Assemblies assemblies;

    @Inject
    AssemblyAdministration administration;

    @Inject
    AccessGuard access;

    private List<Row> rows;
    private final Map<String, Set<Long>> enabling = new java.util.HashMap<>();

    public void open() {
        access.require(Action.ENTER_BACK_OFFICE, Optional.empty());
    }

    public List<Row> getRows() {
        if (rows == null) {
            List<Assembly> all = assemblies.all();
            Map<Optional<Long>, List<Assembly>> byParent = all.stream()
                    .collect(Collectors.groupingBy(Assembly::parentId));
            rows = new ArrayList<>();
            addChildren(byParent, Optional.empty(), 0);
        }
        return rows;
    }

    private void addChildren(Map<Optional<Long>, List<Assembly>> byParent, Optional<Long> parent, int depth) {
        byParent.getOrDefault(parent, List.of()).stream()
                .sorted(Comparator.comparingInt(Assembly::weight).thenComparing(Assembly::title))
                .forEach(space -> {
                    rows.add(new Row(space, depth));
                    addChildren(byParent, Optional.of(space.id()), depth + 1);
                });
    }

    /** Whether the space enables a component with a back-office page (one query per component for the whole tree). */
    public boolean enables(Assembly space, String componentKey) {
        return enabling.computeIfAbsent(componentKey,
                key -> assemblies.enabling(getRows().stream().map(r -> r.space().id()).toList(), key)).contains(space.id());
    }

    public void publish(String slug, boolean published) {
        administration.publish(access.actor(), slug, published);
        Messages.info(published ? "admin.spaces.published" : "admin.spaces.unpublished", slug);
        rows = null;
    }

    public void shift(String slug, int direction) {
        try {
            administration.shift(access.actor(), slug, direction);
        } catch (UnknownAssemblyException e) {
            Messages.error(null, e.getMessage());
        }
        rows = null;
    }
}
