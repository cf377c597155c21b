package fr.chambery.cqc.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;

/**
 * Security headers on every response of the application. Faces pages get their Content-Security-Policy
 * from PrimeFaces' CSP mode (a fresh script nonce per page, {@code primefaces.CSP_POLICY} in web.xml);
 * the JSON API gets a policy that allows nothing; a stored file ({@code /files/}, {@code /admin/files/}) and any
 * other response whose type is not an HTML page (CSV, calendars, JSON exports, style sheets, images) gets
 * {@value #FILE_POLICY} unless it set its own: a file opened in the browser runs no script and reaches nothing,
 * even if it smuggled HTML past the upload checks. HSTS when
 * {@code cqc.security.hsts} is on (the production profile). The back office and the members' own pages
 * are {@code Cache-Control: no-store}. Declared in {@code web.xml}, first of the filters.
 */
public class SecurityHeaders extends HttpFilter {

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    static final String FILE_POLICY = "default-src 'none'; sandbox";

    @Inject
    @ConfigProperty(name = "cqc.security.hsts", defaultValue = "false")
    boolean hsts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        // servlets that reset the response (OmniFaces' FileServlet, error responses) get the headers back
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void reset() {
                super.reset();
                apply(request, response);
            }

            @Override
            public void setContentType(String type) {
                super.setContentType(type);
                policyForNonPages(response, type);
            }

            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, value);
                if ("Content-Type".equalsIgnoreCase(name)) {
                    policyForNonPages(response, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, value);
                if ("Content-Type".equalsIgnoreCase(name)) {
                    policyForNonPages(response, value);
                }
            }
        });
    }

    private static final String CSP = "Content-Security-Policy";

    /** A response that turns out not to be an HTML page, and has no policy of its own, gets the file policy. */
    static void policyForNonPages(HttpServletResponse response, String contentType) {
        if (contentType != null && !response.containsHeader(CSP) && !isHtml(contentType)) {
            response.setHeader(CSP, FILE_POLICY);
        }
    }

    private static boolean isHtml(String contentType) {
        String type = contentType.strip().toLowerCase(java.util.Locale.ROOT);
        return type.startsWith("text/html") || type.startsWith("application/xhtml+xml");
    }

    private void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (hsts) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            response.setHeader(CSP, API_POLICY);
        }
        if (path.startsWith("/admin") || path.startsWith("/membership/")) {
            // the back office and a member's own pages: never kept by a browser or a proxy
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
