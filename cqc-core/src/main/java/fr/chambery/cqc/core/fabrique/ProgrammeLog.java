package fr.chambery.cqc.core.fabrique;

import fr.chambery.cqc.core.actionlog.LoggedResources;
import fr.chambery.cqc.core.actionlog.ResourceType;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** What the action log records of the priorisations and the programmes de travail. */
@ApplicationScoped
public class ProgrammeLog implements LoggedResources {

    /** A round: opened, settled, closed, its in-room counts. */
    public static final ResourceType PRIORISATION = new ResourceType("priorisation");
    /** A projet: retained, carried, its status, progress, updates and the City's answer. */
    public static final ResourceType PROJET = new ResourceType("projet");

    @Override
    public List<ResourceType> resourceTypes() {
        return List.of(PRIORISATION, PROJET);
    }
}
