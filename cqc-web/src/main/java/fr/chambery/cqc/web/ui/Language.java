package fr.chambery.cqc.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The interface language: French unless the visitor chose English ({@code ?lang=en}, remembered in a
 * cookie). The browser's language is not followed: the platform speaks French first.
 */
@Named
@RequestScoped
public class Language {

    private static final String COOKIE = "cqc-lang";
    private static final Set<String> SUPPORTED = Set.of("fr", "en");

    private Locale locale;

    /**
     * Read from the current Faces context rather than an injected one: an error page rendered for the
     * same request (a 404 sent by the page itself) runs in a new Faces context.
     */
    public Locale getLocale() {
        if (locale == null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            String chosen = external.getRequestParameterMap().get("lang");
            if (chosen != null && SUPPORTED.contains(chosen)) {
                Cookie cookie = new Cookie(COOKIE, chosen);
                cookie.setPath(external.getRequestContextPath().isEmpty() ? "/" : external.getRequestContextPath());
                cookie.setHttpOnly(true);
                cookie.setMaxAge(365 * 24 * 3600);
                cookie.setAttribute("SameSite", "Lax");
                ((HttpServletResponse) external.getResponse()).addCookie(cookie);
            } else {
                Map<String, Object> cookies = external.getRequestCookieMap();
                chosen = cookies.get(COOKIE) instanceof Cookie c && SUPPORTED.contains(c.getValue()) ? c.getValue() : "fr";
            }
            locale = Locale.of(chosen);
        }
        return locale;
    }

    /** The language a servlet answers in, by the same rule: {@code ?lang=}, then the cookie, then French. */
    public static Locale of(HttpServletRequest request) {
        String chosen = request.getParameter("lang");
        if (chosen == null || !SUPPORTED.contains(chosen)) {
            chosen = request.getCookies() == null ? "fr" : Arrays.stream(request.getCookies())
                    .filter(c -> COOKIE.equals(c.getName()) && SUPPORTED.contains(c.getValue()))
                    .map(Cookie::getValue).findFirst().orElse("fr");
        }
        return Locale.of(chosen);
    }

    public boolean isFrench() {
        return "fr".equals(getLocale().getLanguage());
    }
}
