package fr.chambery.cqc.web.infrastructure;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.omnifaces.filter.CompressedResponseFilter;

import java.io.IOException;

/**
 * Compresses the pages, their style sheets and scripts, and the API's JSON for clients that accept it
 * (OmniFaces' filter: GZIP, above a threshold, text types only). The documents' downloads are left
 * alone: they are mostly compressed formats already, and are served by byte ranges.
 */
public class Compression extends CompressedResponseFilter {

    @Override
    public void doFilter(HttpServletRequest request, HttpServletResponse response, HttpSession session, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/files/") || path.startsWith("/admin/files/")) {
            chain.doFilter(request, response);
        } else {
            super.doFilter(request, response, session, chain);
        }
    }
}
