package fr.chambery.cqc.web.assembly.ui;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.AssemblyCatalog;
import fr.chambery.cqc.core.persistence.ResultPage;
import fr.chambery.cqc.core.space.ComponentDescriptor;
import fr.chambery.cqc.core.space.ComponentRegistry;
import fr.chambery.cqc.web.space.ui.ComponentBlocks;
import fr.chambery.cqc.web.ui.ErrorResponses;
import fr.chambery.cqc.web.ui.PageNumber;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;

/**
 * {@code /assemblies} (the index of published top-level assemblies), {@code /assemblies/{slug}} (one
 * space: its sections, sub-spaces, component blocks and metadata) and {@code /assemblies/{slug}/{component}/...}
 * (the pages of a component the space enables, from {@code /WEB-INF/components/{key}/page.xhtml}). Loaded when the view is built, so
 * that the space's component blocks can be included; an unknown or unpublished slug answers 404.
 */
@Named
@RequestScoped
public class AssemblyPage {

    /** Top-level assemblies per page of the index. */
    static final int INDEX_PAGE_SIZE = 24;

    @Inject
    @Param(pathIndex = 0)
    String slug;

    /** After the slug, the key of one of the space's components, whose page is then shown. */
    @Inject
    @Param(pathIndex = 1)
    String beyondSlug;

    @Inject
    ComponentRegistry components;

    @Inject
    ComponentBlocks componentBlocks;

    @Inject
    AssemblyCatalog catalog;

    @Inject
    FacesContext faces;

    private Assembly space;
    private ComponentDescriptor component;
    private List<Assembly> subSpaces = List.of();
    /** On the index, the page of top-level assemblies asked for ({@code ?page=2}); anything else is the first. */
    @Inject
    @Param(name = "page")
    String indexPage;

    private ResultPage<Assembly> topLevel = new ResultPage<>(List.of(), 0, 1, INDEX_PAGE_SIZE);
    private Map<Long, Long> subSpaceCounts = Map.of();

    @PostConstruct
    void load() {
        if (isIndex() || !faces.getViewRoot().getViewId().equals("/assemblies.xhtml")) {
            topLevel = catalog.topLevel(PageNumber.of(indexPage), INDEX_PAGE_SIZE);
            subSpaceCounts = catalog.subSpaceCounts(topLevel.items());
        } else {
            catalog.visible(slug).ifPresent(found -> {
                space = found;
                if (beyondSlug == null) {
                    subSpaces = catalog.subSpacesOf(found);
                } else {
                    component = components.find(beyondSlug)
                            .filter(c -> found.enables(c.key()))
                            .orElse(null);
                }
            });
        }
    }

    /** View action: a slug that names no visible space is a 404, answered by the French error page. */
    public void requireSpace() {
        if (!isIndex() && (space == null || (beyondSlug != null && component == null))) {
            ErrorResponses.send(404);
        }
    }

    /** View action of the home page: any path below it that no view serves is a 404. */
    public void requireIndex() {
        if (!isIndex()) {
            ErrorResponses.send(404);
        }
    }

    public boolean isIndex() {
        return slug == null || slug.isEmpty();
    }

    /** The view of the component page asked for, or null on the space's own page. */
    public String getComponentView() {
        return component == null ? null : componentBlocks.page(component);
    }

    public ComponentDescriptor getComponent() {
        return component;
    }

    public Assembly getSpace() {
        return space;
    }

    public List<Assembly> getSubSpaces() {
        return subSpaces;
    }

    /** The index's page of top-level assemblies, with what the pager needs. */
    public ResultPage<Assembly> getTopLevel() {
        return topLevel;
    }

    /** The end of the space's mandate, written in the view's language (« 31 décembre 2026 »). */
    public String getDurationEnd() {
        return space.duration()
                .map(end -> end.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(faces.getViewRoot().getLocale())))
                .orElse("");
    }

    public long subSpaceCount(Assembly assembly) {
        return subSpaceCounts.getOrDefault(assembly.id(), 0L);
    }
}
