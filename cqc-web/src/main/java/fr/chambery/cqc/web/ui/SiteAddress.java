package fr.chambery.cqc.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.omnifaces.util.FacesLocal;

import java.util.Optional;

/** The site's address for links sent out of it (e-mails): {@code cqc.public-url} when set, else the request's own. */
@RequestScoped
public class SiteAddress {

    @Inject
    @ConfigProperty(name = "cqc.public-url")
    Optional<String> publicUrl;

    /** Without a trailing slash: {@code https://participer.chambery.fr}. */
    public String base() {
        return publicUrl.filter(u -> !u.isBlank())
                .orElseGet(() -> FacesLocal.getRequestBaseURL(FacesContext.getCurrentInstance()))
                .replaceAll("/+$", "");
    }
}
