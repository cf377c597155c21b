package fr.chambery.cqc.web.membership.ui;

import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.membership.MemberSignIn;
import fr.chambery.cqc.web.membership.session.MemberCookie;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.Serializable;

/**
 * {@code /membership/link?token=…}, the link of the sign-in e-mail: a button opens the session (a mail
 * scanner following the link uses nothing up), then the member lands on her council's page. A link that
 * has served or expired says so in French, with the way to ask for another; nothing is written.
 */
@Named
@ViewScoped
public class MemberLinkPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject MemberSignIn signIn;
    @Inject MemberCookie cookie;
    @Inject Assemblies assemblies;

    private String token;
    private boolean valid;

    public void load() {
        valid = signIn.linkIsValid(token);
    }

    public void open() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        var opened = signIn.open(token);
        if (opened.isEmpty()) {
            valid = false;
            return;
        }
        cookie.write((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                opened.get().secret(), opened.get().lifetime());
        String landing = assemblies.byId(opened.get().councilId()).map(Assembly::slug).map(slug -> "/assemblies/" + slug).orElse("/");
        external.redirect(external.getRequestContextPath() + landing);
    }

    /** The links' lifetime in minutes, for the page's wording. */
    public long getLinkMinutes() {
        return signIn.linkLifetime().toMinutes();
    }

    public String getToken() { return token; }
    public void setToken(String v) { this.token = v; }
    public boolean isValid() { return valid; }
}
