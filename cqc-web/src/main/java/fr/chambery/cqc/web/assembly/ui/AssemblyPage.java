package fr.chambery.cqc.web.assembly.ui;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.AssemblyCatalog;
import fr.chambery.cqc.web.ui.ErrorResponses;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * {@code /assemblies/{slug}}: one space, its sections, sub-spaces, component blocks and metadata. Loaded
 * when the view is built, so that the space's component blocks can be included; an unknown or unpublished
 * slug answers 404. Without a slug, {@code /assemblies} is the {@link AssemblyIndex}; with a component's
 * key after the slug, the {@link ComponentRoute} shows that component's page.
 */
@Named
@RequestScoped
public class AssemblyPage {

    @Inject
    @Param(pathIndex = 0)
    String slug;

    @Inject
    AssemblyCatalog catalog;

    @Inject
    FacesContext faces;

    private Assembly space;
    private List<Assembly> subSpaces;

    @PostConstruct
    void load() {
        if (!isIndex() && faces.getViewRoot().getViewId().equals("/assemblies.xhtml")) {
            space = catalog.visible(slug).orElse(null);
        }
    }

    /** View action: a slug that names no visible space is a 404, answered by the French error page. */
    public void requireSpace() {
        if (!isIndex() && space == null) {
            ErrorResponses.send(404);
        }
    }

    public boolean isIndex() {
        return slug == null || slug.isEmpty();
    }

    public Assembly getSpace() {
        return space;
    }

    /** The space's published sub-spaces, read when the space's own page shows them. */
    public List<Assembly> getSubSpaces() {
        if (subSpaces == null) {
            subSpaces = space == null ? List.of() : catalog.subSpacesOf(space);
        }
        return subSpaces;
    }

    /** The end of the space's mandate, written in the view's language (« 31 décembre 2026 »). */
    public String getDurationEnd() {
        return space.duration()
                .map(end -> end.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(faces.getViewRoot().getLocale())))
                .orElse("");
    }
}
