package fr.chambery.cqc.web.backoffice;

import fr.chambery.cqc.core.access.Action;
import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.space.ComponentDescriptor;
import fr.chambery.cqc.core.space.ComponentRegistry;
import fr.chambery.cqc.web.ui.ErrorResponses;
import fr.chambery.cqc.web.ui.Language;
import fr.chambery.cqc.web.ui.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * The one door of every component's board ({@code admin/meetings?space=…}, {@code admin/documents},
 * {@code admin/members}...): an unknown space answers 404, a space the moderator may not edit 403, and a
 * space that does not offer the component shows a French message (the board then lists nothing).
 */
@ApplicationScoped
public class ComponentBoardGuard {

    @Inject
    Assemblies assemblies;

    @Inject
    AccessGuard access;

    @Inject
    ComponentRegistry registry;

    @Inject
    Language language;

    /**
     * Opens the board of the component {@code componentKey} for the space {@code slug}: the space when the
     * moderator may work on it (offering the component or not), empty when the request was answered
     * with 404 or 403.
     */
    public Optional<Assembly> open(String slug, String componentKey) {
        Optional<Assembly> space = slug == null ? Optional.empty() : assemblies.bySlug(slug);
        if (space.isEmpty()) {
            ErrorResponses.send(404);
            return Optional.empty();
        }
        if (!access.require(Action.EDIT_SPACE, space)) {
            return Optional.empty();
        }
        if (!space.get().enables(componentKey)) {
            // the view takes the interface language when it renders; the message is written before
            FacesContext.getCurrentInstance().getViewRoot().setLocale(language.getLocale());
            String name = registry.find(componentKey).map(ComponentDescriptor::nameKey).map(Messages::text).orElse(componentKey);
            Messages.error(null, Messages.text("admin.component.disabled", name));
        }
        return space;
    }
}
