package fr.chambery.cqc.web.backoffice;

import fr.chambery.cqc.web.ui.ErrorResponses;
import fr.chambery.cqc.web.ui.FocusAfterUpdate;
import fr.chambery.cqc.web.ui.Messages;
import fr.chambery.cqc.web.ui.RefusalMessages;
import fr.chambery.cqc.web.ui.PageNumber;
import fr.chambery.cqc.core.access.Action;
import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.AssemblyAdministration;
import fr.chambery.cqc.core.assembly.UnknownAssemblyException;
import fr.chambery.cqc.core.space.BackOfficeEntry;
import fr.chambery.cqc.core.space.ComponentRegistry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The back office's home: the top-level spaces, or the sub-spaces of one ({@code ?parent=}), a page at a
 * time, with what the signed-in moderator may do to each (edit, publish, move up or down, add a
 * sub-space, open its sub-spaces, open the back-office page of each component it enables).
 */
@Named
@RequestScoped
public class SpacesBoard {

    /** A space and how many sub-spaces it has. */
    public record Row(Assembly space, long subSpaces) {
    }

    @Inject
    Assemblies assemblies;

    @Inject
    AssemblyAdministration administration;

    @Inject
    AccessGuard access;

    @Inject
    FocusAfterUpdate focus;

    @Inject
    ComponentRegistry registry;

    /** Spaces per page, as Decidim's admin lists. */
    static final int PAGE_SIZE = 15;

    private List<Row> rows;
    private long total;
    private Optional<Assembly> parent;
    private final Map<String, Set<Long>> enabling = new java.util.HashMap<>();

    public void open() {
        access.require(Action.ENTER_BACK_OFFICE, Optional.empty());
        if (getParent().isEmpty() && !param("parent").isEmpty()) {
            ErrorResponses.send(404);
        }
    }

    /** The space whose sub-spaces are listed ({@code ?parent=slug}), or none for the top-level spaces. */
    public Optional<Assembly> getParent() {
        if (parent == null) {
            parent = param("parent").isEmpty() ? Optional.empty() : assemblies.bySlug(param("parent"));
        }
        return parent;
    }

    /** For the view: the listed space's parent, or null on the top level. */
    public Assembly getParentSpace() {
        return getParent().orElse(null);
    }

    /** For the view: the list one level up from this one (query string, possibly empty). */
    public String getUpQuery() {
        return getParent().flatMap(Assembly::parent).map(p -> "?parent=" + p.slug()).orElse("");
    }

    /**
     * A page ({@code ?page=}) of {@value #PAGE_SIZE} spaces of one level, each with its number of
     * sub-spaces (listed on their own page): a bounded page, whatever the number of spaces.
     */
    public List<Row> getRows() {
        if (rows == null) {
            Optional<Long> parentId = getParent().map(Assembly::id);
            total = assemblies.childCount(parentId);
            List<Assembly> page = assemblies.childrenPage(parentId, (getPage() - 1) * PAGE_SIZE, PAGE_SIZE);
            Map<Long, Long> counts = assemblies.childCounts(page.stream().map(Assembly::id).toList());
            rows = page.stream().map(space -> new Row(space, counts.getOrDefault(space.id(), 0L))).toList();
        }
        return rows;
    }

    public int getPage() {
        return PageNumber.of(param("page"));
    }

    public int getPages() {
        getRows();
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The query string of this list without its page, for the pager's links. */
    public String getListQuery() {
        return getParent().map(p -> "parent=" + p.slug() + "&").orElse("");
    }

    private static String param(String name) {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        return value == null ? "" : value.strip();
    }

    /**
     * The back-office pages of the components the space enables, in display order, as the registry
     * declares them (one query per such component for the whole page of spaces).
     */
    public List<BackOfficeEntry> componentPagesOf(Assembly space) {
        return registry.administered().stream()
                .filter(component -> enabling.computeIfAbsent(component.key(),
                        key -> assemblies.enabling(getRows().stream().map(r -> r.space().id()).toList(), key)).contains(space.id()))
                .map(component -> component.backOffice().orElseThrow())
                .toList();
    }

    public void publish(String slug, boolean published) {
        administration.publish(access.actor(), slug, published);
        Messages.info(published ? "admin.spaces.published" : "admin.spaces.unpublished", slug);
        rows = null;
    }

    public void shift(String slug, int direction) {
        try {
            administration.shift(access.actor(), slug, direction);
            focus.on((direction < 0 ? "up-" : "down-") + slug);
        } catch (UnknownAssemblyException e) {
            Messages.error(null, RefusalMessages.text(e));
        }
        rows = null;
    }
}
