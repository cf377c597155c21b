package fr.chambery.cqc.web.search.files;

import fr.chambery.cqc.core.search.SiteSearch;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * {@code GET /sitemap.xml}: every public page search engines should know, from the search index (spaces,
 * meetings, documents and whatever the components contribute) plus the site's own pages; one query. At most
 * {@value #MAX_URLS} addresses, the protocol's limit for one file.
 */
@WebServlet("/sitemap.xml")
public class Sitemap extends HttpServlet {

    static final int MAX_URLS = 50_000;

    @Inject
    SiteSearch search;

    @Inject
    @ConfigProperty(name = "cqc.public-url")
    Optional<String> publicUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String base = SiteBase.of(publicUrl, request);
        response.setContentType("application/xml");
        response.setCharacterEncoding("UTF-8");
        PrintWriter out = response.getWriter();
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (String path : new String[] {"/", "/assemblies", "/open-data"}) {
            url(out, base + path);
        }
        for (String path : search.publicPaths(MAX_URLS - 3)) {
            url(out, base + path);
        }
        out.println("</urlset>");
    }

    private static void url(PrintWriter out, String location) {
        out.println("  <url><loc>" + location.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&apos;") + "</loc></url>");
    }
}
