package fr.chambery.cqc.web.fabrique.files;

import fr.chambery.cqc.core.access.AccessDeniedException;
import fr.chambery.cqc.core.document.DocumentStore;
import fr.chambery.cqc.core.fabrique.Moderation;
import fr.chambery.cqc.core.fabrique.PieceJointe;
import fr.chambery.cqc.core.fabrique.Sujet;
import fr.chambery.cqc.core.fabrique.SujetCatalog;
import fr.chambery.cqc.web.security.CurrentActor;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import org.omnifaces.servlet.FileServlet;

import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code /fabrique/pieces-jointes/{subjectId}/{name}}: the file a member joined to her subject, streamed by
 * OmniFaces' {@code FileServlet} from the document store, with the type detected at upload and always as a
 * download ({@code Content-Disposition: attachment}, its name encoded by RFC 6266): a member's file never
 * opens inside the site. A hidden subject's file, or one of a space the public cannot see, is a 404.
 * {@code /admin/fabrique/pieces-jointes/{subjectId}/{name}} serves it, hidden or not, to the moderators of the
 * council (a 404 for anyone else).
 */
@WebServlet({"/fabrique/pieces-jointes/*", "/admin/fabrique/pieces-jointes/*"})
public class SubjectAttachmentFiles extends FileServlet {

    private static final long serialVersionUID = 1L;
    private static final String ATTACHMENT = SubjectAttachmentFiles.class.getName() + ".attachment";

    @Inject
    transient SujetCatalog catalog;

    @Inject
    transient DocumentStore store;

    @Inject
    transient Moderation moderation;

    @Inject
    transient CurrentActor actor;

    @Override
    protected File getFile(HttpServletRequest request) {
        Optional<PieceJointe> attachment = request.getServletPath().startsWith("/admin/")
                ? subjectId(request).flatMap(this::forModerators)
                : subjectId(request).flatMap(catalog::byId).filter(s -> catalog.spaceOfVisible(s).isPresent()).flatMap(Sujet::attachment);
        if (attachment.isEmpty()) {
            return null;
        }
        request.setAttribute(ATTACHMENT, attachment.get());
        return store.file(attachment.get().hash()).map(Path::toFile).orElse(null);
    }

    /** The file's address under the application's root, its name encoded: the public's, or the moderators'. */
    public static String href(long subjectId, PieceJointe attachment, boolean forModerators) {
        return (forModerators ? "/admin" : "") + "/fabrique/pieces-jointes/" + subjectId + "/"
                + URLEncoder.encode(attachment.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    private Optional<PieceJointe> forModerators(long subjectId) {
        try {
            return moderation.attachmentOf(actor.inBackOffice(), subjectId);
        } catch (AccessDeniedException notTheirs) {
            return Optional.empty();
        }
    }

    private static Optional<Long> subjectId(HttpServletRequest request) {
        String path = request.getPathInfo();
        if (path == null || path.length() < 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(path.substring(1).split("/", 2)[0]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static PieceJointe attachment(HttpServletRequest request) {
        return (PieceJointe) request.getAttribute(ATTACHMENT);
    }

    @Override
    protected String getContentType(HttpServletRequest request, File file) {
        return attachment(request).mediaType();
    }

    @Override
    protected boolean isAttachment(HttpServletRequest request, String contentType) {
        return true;
    }

    @Override
    protected String getAttachmentName(HttpServletRequest request, File file) {
        return attachment(request).fileName();
    }

    /** Not kept by browsers or proxies: hiding a subject takes its file away at once. */
    @Override
    protected long getExpireTime(HttpServletRequest request, File file) {
        return 0;
    }
}
