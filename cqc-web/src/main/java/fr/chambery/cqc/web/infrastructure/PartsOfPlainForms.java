package fr.chambery.cqc.web.infrastructure;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * A form that takes a file (multipart) but is posted as a plain url-encoded form (forged, or by a client that
 * drops the file) has no parts: its file field is then empty and the form answers as for a missing file
 * (or 403 to whom it is not offered), where the servlet's {@code getParts()} would throw and answer 500.
 */
public class PartsOfPlainForms extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
        chain.doFilter(multipart || !"POST".equals(request.getMethod()) ? request : new HttpServletRequestWrapper(request) {
            @Override
            public Collection<Part> getParts() {
                return List.of();
            }

            @Override
            public Part getPart(String name) {
                return null;
            }
        }, response);
    }
}
