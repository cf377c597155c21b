package fr.chambery.cqc.web.assembly.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import org.omnifaces.util.FacesLocal;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * « Partager »: the page's address to copy, and plain share links that load nothing from the networks
 * until the visitor follows one (no widget, no tracker, no third-party script).
 */
@Named
@RequestScoped
public class Share {

    public record Link(String network, String url) {
    }

    @Inject
    FacesContext faces;

    @Inject
    @ConfigProperty(name = "cqc.public-url")
    Optional<String> publicUrl;

    /**
     * The absolute address of the current page as the visitor sees it: under {@code cqc.public-url} when
     * set (behind a proxy), else the request's own.
     */
    public String pageUrl() {
        String url = FacesLocal.getRequestURL(faces);
        if (publicUrl.isEmpty()) {
            return url;
        }
        String path = FacesLocal.getRequestURI(faces).substring(FacesLocal.getRequestContextPath(faces).length());
        return publicUrl.get().replaceAll("/+$", "") + path;
    }

    public List<Link> links(String title) {
        String url = encode(pageUrl());
        String text = encode(title);
        return List.of(
                new Link("Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + url),
                new Link("LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?url=" + url),
                new Link("WhatsApp", "https://wa.me/?text=" + text + "%20" + url),
                new Link("Telegram", "https://t.me/share/url?url=" + url + "&text=" + text),
                new Link("E-mail", "mailto:?subject=" + text + "&body=" + url));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
