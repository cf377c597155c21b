package fr.chambery.cqc.web.assembly.ui;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.space.ComponentDescriptor;
import fr.chambery.cqc.core.space.ComponentRegistry;
import fr.chambery.cqc.web.space.ui.ComponentBlocks;
import fr.chambery.cqc.web.ui.ErrorResponses;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;

/**
 * {@code /assemblies/{slug}/{component}/...}: the component asked for after the space's slug, when the
 * space enables it, and its pages' view ({@code /WEB-INF/components/{key}/page.xhtml}); any other key
 * answers 404.
 */
@Named
@RequestScoped
public class ComponentRoute {

    /** After the slug, the key of one of the space's components, whose page is then shown. */
    @Inject
    @Param(pathIndex = 1)
    String key;

    @Inject
    AssemblyPage page;

    @Inject
    ComponentRegistry components;

    @Inject
    ComponentBlocks componentBlocks;

    private ComponentDescriptor component;

    @PostConstruct
    void load() {
        Assembly space = page.getSpace();
        if (key != null && space != null) {
            component = components.find(key).filter(c -> space.enables(c.key())).orElse(null);
        }
    }

    /** View action: on a visible space, a key that names no component the space enables is a 404. */
    public void requireComponent() {
        if (key != null && page.getSpace() != null && component == null) {
            ErrorResponses.send(404);
        }
    }

    /** The view of the component page asked for, or null on the space's own page. */
    public String getComponentView() {
        return component == null ? null : componentBlocks.page(component);
    }

    public ComponentDescriptor getComponent() {
        return component;
    }
}
