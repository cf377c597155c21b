package fr.chambery.cqc.core.assembly;

import fr.chambery.cqc.core.actionlog.LoggedResources;
import fr.chambery.cqc.core.actionlog.ResourceType;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** What the action log records of participatory spaces: the spaces and the assembly types. */
@ApplicationScoped
public class AssemblyLog implements LoggedResources {

    public static final ResourceType ASSEMBLY = new ResourceType("assembly");
    public static final ResourceType ASSEMBLY_TYPE = new ResourceType("assembly_type");

    @Override
    public List<ResourceType> resourceTypes() {
        return List.of(ASSEMBLY, ASSEMBLY_TYPE);
    }
}
