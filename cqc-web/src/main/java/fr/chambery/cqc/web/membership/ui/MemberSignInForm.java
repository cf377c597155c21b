package fr.chambery.cqc.web.membership.ui;

import fr.chambery.cqc.core.membership.MemberSignIn;
import fr.chambery.cqc.core.membership.SignInLinkThrottle;
import fr.chambery.cqc.core.membership.SignUp;
import fr.chambery.cqc.web.security.ClientAddress;
import fr.chambery.cqc.web.ui.Messages;
import fr.chambery.cqc.web.ui.SiteAddress;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.Serializable;

/**
 * {@code /membership/sign-in}: a member asks for her sign-in link. The answer is the same whether or not
 * the address is a member's, and comes at once: the link is looked up and sent in the background, so
 * that neither the words nor the time taken tell who is a member ({@link SignInLinkMail}). Throttled per
 * network address and per e-mail ({@link SignInLinkThrottle}). It holds only serializable state and CDI
 * proxies: with the distributable application it is carried with the session to another instance.
 */
@Named
@ViewScoped
public class MemberSignInForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject MemberSignIn signIn;
    @Inject SignInLinkThrottle throttle;
    @Inject ClientAddress addresses;
    @Inject SiteAddress site;
    @Inject SignInLinkMail mail;

    private String email;
    private boolean sent;

    public void submit() {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        if (!SignUp.isEmail(email)) {
            Messages.error("email", Messages.text("form.invalid", Messages.text("memberSignIn.email"), Messages.text("memberSignIn.email.invalid")));
            return;
        }
        if (!throttle.allows(addresses.of(request), email)) {
            ((HttpServletResponse) faces.getExternalContext().getResponse()).setStatus(429);
            Messages.error(null, Messages.text("memberSignIn.throttled"));
            return;
        }
        throttle.asked(addresses.of(request), email);
        mail.sendSoon(email.strip(), site.base());
        sent = true;
    }

    /** The links' lifetime in minutes, for the page's wording. */
    public long getLinkMinutes() {
        return signIn.linkLifetime().toMinutes();
    }

    public String getEmail() { return email; }
    public void setEmail(String v) { this.email = v; }
    public boolean isSent() { return sent; }
}
