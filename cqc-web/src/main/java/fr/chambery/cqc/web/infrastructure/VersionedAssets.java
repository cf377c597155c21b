package fr.chambery.cqc.web.infrastructure;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * Serves {@code /assets/{hash}/{asset}} ({@link StaticAssets}): when the hash is the content's, cached
 * for a year and never revalidated ({@code immutable}); an older hash (a page kept from before a
 * deployment) gets the current content, revalidated ({@code no-cache}); an unknown asset is a 404.
 */
@WebServlet(urlPatterns = "/assets/*")
public class VersionedAssets extends HttpServlet {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    @Inject
    StaticAssets assets;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        int slash = path == null ? -1 : path.indexOf('/', 1);
        if (slash < 0) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String hash = path.substring(1, slash);
        String asset = path.substring(slash + 1);
        Optional<byte[]> bytes = assets.bytesOf(asset);
        if (bytes.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Cache-Control", assets.hashOf(asset).orElseThrow().equals(hash) ? IMMUTABLE : "no-cache");
        String type = asset.endsWith(".svg") ? "image/svg+xml" : getServletContext().getMimeType(asset);
        response.setContentType(type.startsWith("text/") || type.endsWith("javascript") ? type + ";charset=UTF-8" : type);
        response.setContentLength(bytes.get().length);
        response.getOutputStream().write(bytes.get());
    }
}
