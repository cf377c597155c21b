package fr.chambery.cqc.web.document.files;

import fr.chambery.cqc.core.document.DocumentAdministration;
import fr.chambery.cqc.core.document.DocumentRefusedException;
import fr.chambery.cqc.core.document.DocumentStore;
import fr.chambery.cqc.core.document.DocumentVersion;
import fr.chambery.cqc.web.security.CurrentActor;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;

import java.io.File;
import java.util.Optional;

/**
 * {@code /admin/files/{versionId}/{name}}: any version of a document, for the moderators of its space
 * (the back office keeps the replaced versions downloadable).
 */
@WebServlet("/admin/files/*")
public class VersionFiles extends StoredFileServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DocumentAdministration administration;

    @Inject
    transient DocumentStore store;

    @Inject
    transient CurrentActor actor;

    @Override
    protected File getFile(HttpServletRequest request) {
        Optional<DocumentVersion> version = firstSegment(request).flatMap(id -> {
            try {
                return Optional.of(administration.version(actor.inBackOffice(), id));
            } catch (DocumentRefusedException e) {
                return Optional.empty();
            }
        });
        return serve(request, version, store);
    }

    @Override
    protected long getExpireTime(HttpServletRequest request, File file) {
        return 0;
    }
}
