package fr.chambery.cqc.web.document.files;

import fr.chambery.cqc.core.document.DocumentFormat;
import fr.chambery.cqc.core.document.DocumentStore;
import fr.chambery.cqc.core.document.DocumentVersion;
import jakarta.servlet.http.HttpServletRequest;
import org.omnifaces.servlet.FileServlet;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the two download servlets share: the first path segment is an id, the file comes from the
 * {@link DocumentStore}, and the response carries the type detected at upload and the original name.
 * PDFs and images open in the browser, the rest downloads.
 */
abstract class StoredFileServlet extends FileServlet {

    private static final long serialVersionUID = 1L;
    private static final String VERSION = StoredFileServlet.class.getName() + ".version";

    static Optional<Long> firstSegment(HttpServletRequest request) {
        String path = request.getPathInfo();
        if (path == null || path.length() < 2) {
            return Optional.empty();
        }
        String first = path.substring(1).split("/", 2)[0];
        try {
            return Optional.of(Long.parseLong(first));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static File serve(HttpServletRequest request, Optional<DocumentVersion> version, DocumentStore store) {
        if (version.isEmpty()) {
            return null;
        }
        request.setAttribute(VERSION, version.get());
        return store.file(version.get().contentHash()).map(Path::toFile).orElse(null);
    }

    private static DocumentVersion version(HttpServletRequest request) {
        return (DocumentVersion) request.getAttribute(VERSION);
    }

    @Override
    protected String getContentType(HttpServletRequest request, File file) {
        return version(request).mediaType();
    }

    @Override
    protected boolean isAttachment(HttpServletRequest request, String contentType) {
        DocumentFormat format = version(request).format();
        return !(format == DocumentFormat.PDF || format.isImage());
    }

    @Override
    protected String getAttachmentName(HttpServletRequest request, File file) {
        return version(request).fileName();
    }
}
