package fr.chambery.cqc.web.membership.ui;

import fr.chambery.cqc.core.membership.MemberSignIn;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends a member's sign-in link in the background, so that the answer to the form comes at once whether
 * or not the address is a member's. It owns the managed executor: the form ({@link MemberSignInForm}) is
 * view-scoped, kept in the session and carried to another instance of the cluster, and holds only this
 * bean's serializable proxy, never the executor (a resource is not serializable, and a transient field is
 * null once the session has moved).
 */
@ApplicationScoped
public class SignInLinkMail {

    private static final Logger LOG = Logger.getLogger(SignInLinkMail.class.getName());

    @Inject MemberSignIn signIn;
    @Resource ManagedExecutorService executor;

    /** Looks the address up and sends its link, if it is a confirmed member's, on another thread; returns at once. */
    public void sendSoon(String email, String siteBase) {
        executor.execute(() -> {
            try {
                signIn.sendLink(email, siteBase);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A member's sign-in link could not be sent: " + e.getClass().getSimpleName());
            }
        });
    }
}
