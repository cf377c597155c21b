package fr.chambery.cqc.web.space.ui;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.space.ComponentDescriptor;
import fr.chambery.cqc.core.space.ComponentRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * Where components' views live: a space page shows one block per component the space enables and the
 * application deploys, each rendered from {@code /WEB-INF/components/{key}/block.xhtml} with the space in
 * {@code space}; a component's pages come from {@code /WEB-INF/components/{key}/page.xhtml}.
 */
@Named
@ApplicationScoped
public class ComponentBlocks {

    @Inject
    ComponentRegistry registry;

    public List<ComponentDescriptor> of(Assembly space) {
        return space == null ? List.of() : registry.deployedAmong(space.enabledComponents());
    }

    public String view(ComponentDescriptor component) {
        return "/WEB-INF/components/" + component.key() + "/block.xhtml";
    }

    /** The view of the component's own pages, {@code /assemblies/{slug}/{key}/...}. */
    public String page(ComponentDescriptor component) {
        return "/WEB-INF/components/" + component.key() + "/page.xhtml";
    }
}
