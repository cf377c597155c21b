package fr.chambery.cqc.web.ui;

import fr.chambery.cqc.core.mail.PublicAddress;
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

    @Inject
    PublicAddress remembered;

    /**
     * Without a trailing slash: {@code https://participer.chambery.fr}. Without {@code cqc.public-url}, the
     * request's address is also remembered for the e-mails sent outside any request (notifications).
     */
    public String base() {
        if (publicUrl.filter(u -> !u.isBlank()).isPresent()) {
            return publicUrl.get().replaceAll("/+$", "");
        }
        String base = FacesLocal.getRequestBaseURL(FacesContext.getCurrentInstance()).replaceAll("/+$", "");
        remembered.seen(base);
        return base;
    }
}
