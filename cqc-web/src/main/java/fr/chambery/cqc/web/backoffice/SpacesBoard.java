package fr.chambery.cqc.web.backoffice;

import fr.chambery.cqc.web.ui.Messages;
import fr.chambery.cqc.core.access.Action;
import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.AssemblyAdministration;
import fr.chambery.cqc.core.assembly.UnknownAssemblyException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
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
 * The back office's home: the spaces as a tree, a page of top-level spaces at a time, with what the
 * signed-in moderator may do to each (edit, publish, move up or down, add a sub-space).
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

    /** Top-level spaces per page, as Decidim's admin lists. */
    static final int ROOTS_PER_PAGE = 15;

    private List<Row> rows;
    private long roots;
    private final Map<String, Set<Long>> enabling = new java.util.HashMap<>();

    public void open() {
        access.require(Action.ENTER_BACK_OFFICE, Optional.empty());
    }

    /**
     * A page ({@code ?page=}) of {@value #ROOTS_PER_PAGE} top-level spaces with all their sub-spaces: one
     * query for the page, one per level below it, whatever the number of spaces.
     */
    public List<Row> getRows() {
        if (rows == null) {
            roots = assemblies.rootCount();
            List<Assembly> all = new ArrayList<>(assemblies.rootsPage((getPage() - 1) * ROOTS_PER_PAGE, ROOTS_PER_PAGE));
            List<Long> level = all.stream().map(Assembly::id).toList();
            while (!level.isEmpty()) {
                List<Assembly> children = assemblies.childrenOf(level);
                all.addAll(children);
                level = children.stream().map(Assembly::id).toList();
            }
            Map<Optional<Long>, List<Assembly>> byParent = all.stream()
                    .collect(Collectors.groupingBy(Assembly::parentId));
            rows = new ArrayList<>();
            addChildren(byParent, Optional.empty(), 0);
        }
        return rows;
    }

    public int getPage() {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("page");
        try {
            return value == null ? 1 : Math.max(1, Math.min(10_000, Integer.parseInt(value.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public int getPages() {
        getRows();
        return (int) Math.max(1, (roots + ROOTS_PER_PAGE - 1) / ROOTS_PER_PAGE);
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
