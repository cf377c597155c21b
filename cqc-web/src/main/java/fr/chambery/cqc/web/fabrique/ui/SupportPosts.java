package fr.chambery.cqc.web.fabrique.ui;

import fr.chambery.cqc.core.access.AccessDeniedException;
import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.fabrique.MemberSupports;
import fr.chambery.cqc.core.fabrique.Priorisation;
import fr.chambery.cqc.core.fabrique.PriorisationRefusal;
import fr.chambery.cqc.core.fabrique.Priorisations;
import fr.chambery.cqc.web.security.CurrentActor;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * {@code POST /fabrique/support}: the « Soutenir » and « Retirer mon soutien » buttons of a council's
 * priorisation page (its public pages keep no view, so the buttons are plain forms). The member's support is
 * given or withdrawn, then back to the page, at the subject, with what happened ({@code ?soutien=donne|retire})
 * or why it was refused ({@code ?refus=limit…}, worded there). A post from another site is refused before it
 * arrives here ({@code CrossSiteRequests}).
 */
@WebServlet("/fabrique/support")
public class SupportPosts extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject transient MemberSupports supports;
    @Inject transient Priorisations priorisations;
    @Inject transient Assemblies assemblies;
    @Inject transient CurrentActor current;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Long> subject = id(request.getParameter("subject"));
        Optional<Priorisation> round = id(request.getParameter("round")).flatMap(priorisations::byId);
        Optional<String> slug = round.flatMap(r -> assemblies.byId(r.spaceId())).map(a -> a.slug());
        if (subject.isEmpty() || slug.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean withdraw = "withdraw".equals(request.getParameter("action"));
        String outcome;
        try {
            if (withdraw) {
                supports.withdraw(current.onPublicPages(), round.get().id(), subject.get());
            } else {
                supports.support(current.onPublicPages(), round.get().id(), subject.get());
            }
            outcome = "soutien=" + (withdraw ? "retire" : "donne");
        } catch (PriorisationRefusal refused) {
            outcome = "refus=" + refused.key().substring(refused.key().lastIndexOf('.') + 1);
        } catch (AccessDeniedException denied) {
            outcome = "refus=notMember";
        }
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(request.getContextPath() + "/assemblies/" + slug.get() + "/fabrique/priorisation?" + outcome
                + "&sujet=" + subject.get() + "#sujet-" + subject.get());
    }

    private static Optional<Long> id(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
