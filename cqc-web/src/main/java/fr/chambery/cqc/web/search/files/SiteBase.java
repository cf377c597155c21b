package fr.chambery.cqc.web.search.files;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/** The site's absolute address for files read by robots: {@code cqc.public-url} when set, else the request's own. */
final class SiteBase {

    private SiteBase() {
    }

    static String of(Optional<String> publicUrl, HttpServletRequest request) {
        return publicUrl.filter(u -> !u.isBlank()).orElseGet(() -> {
            String url = request.getRequestURL().toString();
            return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
        }).replaceAll("/+$", "");
    }
}
