package fr.chambery.cqc.web.membership.session;

import fr.chambery.cqc.core.membership.MemberSignIn;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code POST /membership/sign-out}, the « Se déconnecter » button of the public pages' header: the
 * member's session is deleted on the server and its cookie cleared, then back to the home page. A post
 * from another site is refused before it arrives here ({@code CrossSiteRequests}).
 */
@WebServlet("/membership/sign-out")
public class MemberSignOut extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MemberSignIn signIn;

    @Inject
    transient MemberCookie cookie;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        cookie.read(request).ifPresent(signIn::signOut);
        cookie.clear(request, response);
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(request.getContextPath() + "/?deconnecte");
    }
}
