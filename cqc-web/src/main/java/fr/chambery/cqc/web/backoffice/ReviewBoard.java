package fr.chambery.cqc.web.backoffice;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.UnknownAssemblyException;
import fr.chambery.cqc.core.association.Association;
import fr.chambery.cqc.core.association.AssociationReview;
import fr.chambery.cqc.core.persistence.ResultPage;
import fr.chambery.cqc.web.ui.Messages;
import fr.chambery.cqc.web.ui.PageNumber;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /admin/associations}: the associations the sync could not place in a quartier, a page of
 * {@value #PAGE_SIZE} at a time ({@code ?page=}), searched by name or street ({@code ?q=}), with their
 * count; a moderator chooses a quartier for each, and later syncs keep the choice.
 */
@Named
@ViewScoped
public class ReviewBoard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject AssociationReview review;
    @Inject AccessGuard access;

    /** Rows per page: bounded, whatever the number of associations to place. */
    static final int PAGE_SIZE = 25;

    /** The quartier chosen in each row, by association id. */
    private final Map<Long, String> choices = new HashMap<>();
    private transient ResultPage<Association> waiting;
    private transient List<Assembly> quartiers;
    private String q = "";
    private String page;

    public void assign(long associationId) {
        String slug = choices.get(associationId);
        if (slug == null || slug.isBlank()) {
            Messages.error(null, Messages.text("admin.review.choose"));
            return;
        }
        try {
            review.assign(access.actor(), associationId, slug);
            waiting = null;
            choices.remove(associationId);
            Messages.info("admin.review.assigned");
        } catch (UnknownAssemblyException e) {
            Messages.error(null, Messages.text("admin.review.choose"));
        }
    }

    /** This page of the list. */
    public ResultPage<Association> getList() {
        if (waiting == null) {
            waiting = review.waiting(access.actor(), q, PageNumber.of(page), PAGE_SIZE);
        }
        return waiting;
    }

    public List<Association> getWaiting() {
        return getList().items();
    }

    /** The query string of this search without its page, for the pager's links. */
    public String getListQuery() {
        return q.isBlank() ? "" : "q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&";
    }

    public String getQ() { return q; }
    public void setQ(String v) {
        String stripped = v == null ? "" : v.strip();
        this.q = stripped.length() > 100 ? stripped.substring(0, 100) : stripped;
    }
    public String getPage() { return page; }
    public void setPage(String v) { this.page = v; }

    /** The quartiers one may choose, read once for the view (every row's menu offers them). */
    public List<Assembly> getQuartiers() {
        if (quartiers == null) {
            quartiers = review.quartiers(access.actor());
        }
        return quartiers;
    }

    public Map<Long, String> getChoices() { return choices; }
}
