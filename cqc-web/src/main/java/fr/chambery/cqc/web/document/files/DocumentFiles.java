package fr.chambery.cqc.web.document.files;

import fr.chambery.cqc.core.document.DocumentCatalog;
import fr.chambery.cqc.core.document.DocumentStore;
import fr.chambery.cqc.core.document.DocumentVersion;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;

import java.io.File;
import java.util.Optional;

/**
 * {@code /files/{id}/{name}}: the current file of a published document, streamed by OmniFaces'
 * {@code FileServlet} (ETag, Last-Modified, Range). Anything else, unpublished documents included, is a 404.
 */
@WebServlet("/files/*")
public class DocumentFiles extends StoredFileServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DocumentCatalog catalog;

    @Inject
    transient DocumentStore store;

    @Override
    protected File getFile(jakarta.servlet.http.HttpServletRequest request) {
        Optional<DocumentVersion> version = firstSegment(request).flatMap(catalog::visible).map(e -> e.current());
        return serve(request, version, store);
    }

    /** A minute: a replaced file shows within one, and the ETag makes later checks cheap. */
    @Override
    protected long getExpireTime(HttpServletRequest request, File file) {
        return 60;
    }
}
