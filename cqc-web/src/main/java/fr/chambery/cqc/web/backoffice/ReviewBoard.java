package fr.chambery.cqc.web.backoffice;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.UnknownAssemblyException;
import fr.chambery.cqc.core.association.Association;
import fr.chambery.cqc.core.association.AssociationReview;
import fr.chambery.cqc.web.ui.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /admin/associations}: the associations the sync could not place in a quartier; a moderator
 * chooses one for each, and later syncs keep the choice.
 */
@Named
@ViewScoped
public class ReviewBoard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject transient AssociationReview review;
    @Inject transient AccessGuard access;

    /** The quartier chosen in each row, by association id. */
    private final Map<Long, String> choices = new HashMap<>();
    private transient List<Association> waiting;

    public void assign(long associationId) {
        String slug = choices.get(associationId);
        if (slug == null || slug.isBlank()) {
            Messages.error(null, Messages.text("admin.review.choose"));
            return;
        }
        try {
            review.assign(access.actor(), associationId, slug);
            waiting = null;
            Messages.info("admin.review.assigned");
        } catch (UnknownAssemblyException e) {
            Messages.error(null, Messages.text("admin.review.choose"));
        }
    }

    public List<Association> getWaiting() {
        if (waiting == null) {
            waiting = review.waiting(access.actor());
        }
        return waiting;
    }

    public List<Assembly> getQuartiers() {
        return review.quartiers(access.actor());
    }

    public Map<Long, String> getChoices() { return choices; }
}
