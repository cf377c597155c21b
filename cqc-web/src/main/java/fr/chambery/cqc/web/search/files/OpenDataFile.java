package fr.chambery.cqc.web.search.files;

import fr.chambery.cqc.core.opendata.OpenDataArchive;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * {@code GET /open-data/cqc-open-data.zip}: the archive as last built in the background, with its
 * {@code ETag} (304 when unchanged); 503 with {@code Retry-After} in the few seconds after start-up before
 * the first build. Never built here, on a visitor's request.
 */
@WebServlet("/open-data/" + OpenDataArchive.FILE_NAME)
public class OpenDataFile extends HttpServlet {

    static final int RETRY_AFTER_SECONDS = 30;

    @Inject
    OpenDataArchive archive;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<OpenDataArchive.Built> built = archive.current();
        if (built.isEmpty()) {
            response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        String etag = "\"" + built.get().etag() + "\"";
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", built.get().builtAt().toEpochMilli());
        response.setHeader("Cache-Control", "public, max-age=300");
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + OpenDataArchive.FILE_NAME + "\"");
        response.setContentLength(built.get().bytes().length);
        response.getOutputStream().write(built.get().bytes());
    }
}
