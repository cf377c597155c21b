package fr.chambery.cqc.web.backoffice;

import fr.chambery.cqc.core.access.Action;
import fr.chambery.cqc.web.ui.FocusAfterUpdate;
import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.document.CollectionAdministration;
import fr.chambery.cqc.core.document.DocumentAdministration;
import fr.chambery.cqc.core.document.DocumentCollection;
import fr.chambery.cqc.core.document.DocumentEntry;
import fr.chambery.cqc.core.document.DocumentOrdering;
import fr.chambery.cqc.core.document.DocumentRefusedException;
import fr.chambery.cqc.core.document.DocumentsComponent;
import fr.chambery.cqc.web.ui.Messages;
import fr.chambery.cqc.web.ui.RefusalMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.ReorderEvent;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A space's documents in the back office: every document (drafts included) in the public order, which
 * moderators change by dragging a row or with the « monter » / « descendre » buttons; publish, unpublish,
 * edit; and the space's collections (add, rename, reorder, remove).
 */
@Named
@ViewScoped
public class DocumentsBoard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject Assemblies assemblies;
    @Inject DocumentAdministration administration;
    @Inject CollectionAdministration collectionAdministration;
    @Inject DocumentOrdering ordering;
    @Inject AccessGuard access;
    @Inject FocusAfterUpdate focus;
    @Inject ComponentBoardGuard guard;

    private String space;
    private transient Assembly found;
    private transient List<DocumentEntry> list;
    private transient List<DocumentCollection> collections;

    /** The name fields of the collections' rows, by collection id. */
    private final Map<Long, String> renames = new HashMap<>();
    private String collectionName;
    private String collectionDescription;

    public void open() {
        found = guard.open(space, DocumentsComponent.KEY).orElse(null);
    }

    public boolean isEnabled() {
        return getFound() != null && found.enables(DocumentsComponent.KEY);
    }

    /** A row dropped elsewhere: the table's new order becomes the public order. */
    public void onRowReorder(ReorderEvent event) {
        List<Long> ids = new ArrayList<>(getList().stream().map(e -> e.document().id()).toList());
        Long moved = ids.remove(event.getFromIndex());
        ids.add(Math.min(event.getToIndex(), ids.size()), moved);
        ordering.reorder(access.actor(), space, ids);
        list = null;
        Messages.info("admin.documents.reordered");
    }

    public String move(long id, int step) {
        ordering.move(access.actor(), id, step);
        focus.on((step < 0 ? "up-" : "down-") + id);
        return done("admin.documents.reordered");
    }

    public String publish(long id) {
        administration.publish(access.actor(), id);
        return done("admin.documents.published");
    }

    public String unpublish(long id) {
        administration.unpublish(access.actor(), id);
        return done("admin.documents.unpublished");
    }

    public String addCollection() {
        try {
            collectionAdministration.addCollection(access.actor(), space, collectionName, collectionDescription);
        } catch (DocumentRefusedException e) {
            Messages.error("collectionName", RefusalMessages.text(e));
            return null;
        }
        return done("admin.documents.collectionAdded");
    }

    public String renameCollection(long id) {
        DocumentCollection collection = getCollections().stream().filter(c -> c.id() == id).findFirst().orElseThrow();
        try {
            collectionAdministration.renameCollection(access.actor(), id, renames.get(id), collection.description().orElse(null));
        } catch (DocumentRefusedException e) {
            Messages.error(null, RefusalMessages.text(e));
            return null;
        }
        return done("admin.documents.collectionRenamed");
    }

    public String moveCollection(long id, int step) {
        ordering.moveCollection(access.actor(), id, step);
        focus.on((step < 0 ? "collection-up-" : "collection-down-") + id);
        return done("admin.documents.reordered");
    }

    public String removeCollection(long id) {
        collectionAdministration.removeCollection(access.actor(), id);
        return done("admin.documents.collectionRemoved");
    }

    private String done(String key) {
        Messages.info(key);
        Messages.keepForRedirect();
        return "/admin/documents?faces-redirect=true&space=" + space;
    }

    public Assembly getFound() {
        if (found == null && space != null) {
            found = assemblies.bySlug(space).orElse(null);
        }
        return found;
    }

    /** Read when first asked, on the first request and on postbacks alike (the buttons live in its rows). */
    public List<DocumentEntry> getList() {
        if (list == null) {
            list = isEnabled() ? administration.of(access.actor(), space) : List.of();
        }
        return list;
    }

    public List<DocumentCollection> getCollections() {
        if (collections == null) {
            collections = isEnabled() ? collectionAdministration.collectionsOf(access.actor(), space) : List.of();
            collections.forEach(c -> renames.putIfAbsent(c.id(), c.name()));
        }
        return collections;
    }

    /** The name of a document's collection, or « — ». */
    public String collectionOf(DocumentEntry entry) {
        return entry.document().collectionId().flatMap(id -> getCollections().stream().filter(c -> c.id().equals(id)).findFirst())
                .map(DocumentCollection::name).orElse("—");
    }

    public Map<Long, String> getRenames() { return renames; }
    public String getSpace() { return space; }
    public void setSpace(String space) { this.space = space; }
    public String getCollectionName() { return collectionName; }
    public void setCollectionName(String v) { this.collectionName = v; }
    public String getCollectionDescription() { return collectionDescription; }
    public void setCollectionDescription(String v) { this.collectionDescription = v; }
}
