package fr.chambery.cqc.web.backoffice;

import fr.chambery.cqc.core.access.Action;
import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.ConcurrentEditException;
import fr.chambery.cqc.core.document.Document;
import fr.chambery.cqc.core.document.DocumentAdministration;
import fr.chambery.cqc.core.document.DocumentCollection;
import fr.chambery.cqc.core.document.DocumentDraft;
import fr.chambery.cqc.core.document.DocumentEntry;
import fr.chambery.cqc.core.document.DocumentFormat;
import fr.chambery.cqc.core.document.DocumentRefusedException;
import fr.chambery.cqc.core.document.DocumentUploads;
import fr.chambery.cqc.core.document.DocumentVersion;
import fr.chambery.cqc.core.document.Documents;
import fr.chambery.cqc.core.document.Sizes;
import fr.chambery.cqc.core.meeting.Meeting;
import fr.chambery.cqc.core.meeting.Meetings;
import fr.chambery.cqc.web.ui.ErrorResponses;
import fr.chambery.cqc.web.ui.Messages;
import fr.chambery.cqc.web.ui.RefusalMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Uploading a document ({@code ?space=slug}) or editing one ({@code ?id=n}): its file, title,
 * description, collection and meeting; a new version of its file; its versions, the old ones kept.
 */
@Named
@ViewScoped
public class DocumentEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject Assemblies assemblies;
    @Inject Documents documents;
    @Inject Meetings meetings;
    @Inject DocumentAdministration administration;
    @Inject DocumentUploads uploads;
    @Inject AccessGuard access;

    private String space;
    private Long id;
    private long version;
    private String title;
    private String description;
    private Long collectionId;
    private Long meetingId;
    private boolean publish;
    private boolean published;
    private transient Part file;
    private transient Part newVersion;
    private transient Assembly found;
    // read once per request: the versions table asks for the current version on every row
    private transient DocumentEntry entry;
    private transient List<DocumentVersion> versions;

    public void load() {
        if (id != null) {
            Optional<Document> document = documents.byId(id);
            Optional<Assembly> owner = document.flatMap(d -> assemblies.byId(d.spaceId()));
            if (owner.isEmpty()) {
                ErrorResponses.send(404);
                return;
            }
            if (!access.require(Action.EDIT_SPACE, owner)) {
                return;
            }
            Document d = document.get();
            found = owner.get();
            space = found.slug();
            version = d.version();
            title = d.title();
            description = d.description().orElse(null);
            collectionId = d.collectionId().orElse(null);
            meetingId = d.meetingId().orElse(null);
            published = d.isPublished();
            return;
        }
        if (getFound() == null) {
            ErrorResponses.send(404);
            return;
        }
        access.require(Action.EDIT_SPACE, Optional.of(found));
    }

    /** A new document: the file is stored only if everything else is valid. */
    public String upload() {
        if (!chosen(file, "file")) {
            return null;
        }
        try (InputStream content = file.getInputStream()) {
            Document document = uploads.upload(access.actor(), space, draft(), file.getSubmittedFileName(), content);
            if (publish) {
                administration.publish(access.actor(), document.id());
            }
            Messages.info("admin.documents.uploaded", document.title());
        } catch (DocumentRefusedException e) {
            Messages.error("file", RefusalMessages.text(e));
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Messages.keepForRedirect();
        return "/admin/documents?faces-redirect=true&space=" + space;
    }

    public String save() {
        try {
            administration.update(access.actor(), id, version, draft());
        } catch (DocumentRefusedException e) {
            Messages.error(null, RefusalMessages.text(e));
            return null;
        } catch (ConcurrentEditException | OptimisticLockException e) {
            Messages.error(null, Messages.text("admin.documents.concurrent"));
            return null;
        }
        Messages.info("admin.documents.saved", title);
        Messages.keepForRedirect();
        return "/admin/documents?faces-redirect=true&space=" + space;
    }

    public String replace() {
        if (!chosen(newVersion, "newVersion")) {
            return null;
        }
        try (InputStream content = newVersion.getInputStream()) {
            Document document = uploads.replace(access.actor(), id, newVersion.getSubmittedFileName(), content);
            Messages.info("admin.documents.replaced", document.currentVersion());
        } catch (DocumentRefusedException e) {
            Messages.error("newVersion", RefusalMessages.text(e));
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Messages.keepForRedirect();
        return "/admin/document?faces-redirect=true&id=" + id;
    }

    public String togglePublication() {
        if (published) {
            administration.unpublish(access.actor(), id);
            Messages.info("admin.documents.unpublished");
        } else {
            administration.publish(access.actor(), id);
            Messages.info("admin.documents.published");
        }
        Messages.keepForRedirect();
        return "/admin/document?faces-redirect=true&id=" + id;
    }

    private boolean chosen(Part part, String field) {
        if (part == null || part.getSubmittedFileName() == null || part.getSubmittedFileName().isEmpty()) {
            Messages.error(field, Messages.text("admin.documents.chooseFile"));
            return false;
        }
        return true;
    }

    private DocumentDraft draft() {
        return new DocumentDraft(title, description, collectionId, meetingId);
    }

    public Assembly getFound() {
        if (found == null && space != null) {
            found = assemblies.bySlug(space).orElse(null);
        }
        return found;
    }

    public List<DocumentCollection> getCollections() {
        return getFound() == null ? List.of() : documents.collectionsOf(found.id());
    }

    public List<Meeting> getMeetings() {
        return getFound() == null ? List.of() : meetings.ofSpaces(List.of(found.id()));
    }

    public List<DocumentVersion> getVersions() {
        if (versions == null && id != null) {
            versions = administration.versionsOf(access.actor(), id);
        }
        return id == null ? List.of() : versions;
    }

    public DocumentEntry getEntry() {
        if (entry == null && id != null) {
            entry = administration.entry(access.actor(), id);
        }
        return entry;
    }

    /** For the file field's hint: « PDF, ODT, … ; 20 Mo au plus ». */
    public String getAccepted() {
        return DocumentFormat.allowedList() + " ; " + Sizes.french(uploads.maxSize()) + " au plus";
    }

    /** The {@code accept} attribute of the file fields. */
    public String getAcceptAttribute() {
        return String.join(",", java.util.Arrays.stream(DocumentFormat.values())
                .flatMap(f -> f.extensions().stream().map(e -> "." + e)).toList());
    }

    public boolean isCreating() { return id == null; }
    public String getSpace() { return space; }
    public void setSpace(String space) { this.space = space; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getTitle() { return title; }
    public void setTitle(String v) { this.title = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { this.description = v; }
    public Long getCollectionId() { return collectionId; }
    public void setCollectionId(Long v) { this.collectionId = v; }
    public Long getMeetingId() { return meetingId; }
    public void setMeetingId(Long v) { this.meetingId = v; }
    public boolean isPublish() { return publish; }
    public void setPublish(boolean v) { this.publish = v; }
    public boolean isPublished() { return published; }
    public Part getFile() { return file; }
    public void setFile(Part v) { this.file = v; }
    public Part getNewVersion() { return newVersion; }
    public void setNewVersion(Part v) { this.newVersion = v; }
}
