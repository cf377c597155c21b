package fr.chambery.cqc.web.search.files;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.util.Optional;

/**
 * {@code GET /robots.txt}: crawlers stay out of the back office, the members' pages and the sign-in (and the
 * search results, endless variations of public pages), and are told where the sitemap is.
 */
@WebServlet("/robots.txt")
public class RobotsTxt extends HttpServlet {

    @Inject
    @ConfigProperty(name = "cqc.public-url")
    Optional<String> publicUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String prefix = request.getContextPath();
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("User-agent: *\n"
                + "Disallow: " + prefix + "/admin\n"
                + "Disallow: " + prefix + "/membership\n"
                + "Disallow: " + prefix + "/login\n"
                + "Disallow: " + prefix + "/search\n"
                + "Disallow: " + prefix + "/api/\n"
                + "\nSitemap: " + SiteBase.of(publicUrl, request) + "/sitemap.xml\n");
    }
}
