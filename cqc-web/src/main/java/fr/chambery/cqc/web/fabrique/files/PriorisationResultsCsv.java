package fr.chambery.cqc.web.fabrique.files;

import fr.chambery.cqc.core.access.Permissions;
import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.fabrique.FabriqueComponent;
import fr.chambery.cqc.core.fabrique.Priorisation;
import fr.chambery.cqc.core.fabrique.Priorisations;
import fr.chambery.cqc.core.fabrique.RankedSubject;
import fr.chambery.cqc.core.text.SpreadsheetCsv;
import fr.chambery.cqc.web.security.CurrentActor;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code /fabrique/results.csv?round=…}: a priorisation's ranked results (rank, subject, online supports,
 * in-room count, total) as {@code ;}-separated UTF-8 CSV written by {@link SpreadsheetCsv}: for anyone once
 * the counts are public (after the close, or live), for the council's moderators at any time; 404 otherwise.
 */
@WebServlet("/fabrique/results.csv")
public class PriorisationResultsCsv extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject transient Priorisations priorisations;
    @Inject transient Assemblies assemblies;
    @Inject transient CurrentActor actor;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Priorisation> found = id(request.getParameter("round")).flatMap(priorisations::byId);
        Optional<Assembly> space = found.flatMap(r -> assemblies.byId(r.spaceId())).filter(Assembly::isVisibleToPublic);
        if (found.isEmpty() || space.isEmpty() || !space.get().enables(FabriqueComponent.KEY)
                || !(found.get().countsArePublic(Instant.now()) || Permissions.can(actor.inBackOffice(), FabriqueComponent.MODERATE, space.get()))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Priorisation round = found.get();
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"priorisation-" + space.get().slug() + "-" + round.id() + ".csv\"");
        try (SpreadsheetCsv csv = SpreadsheetCsv.open(response.getOutputStream(),
                "rang", "sujet", "thème", "état", "soutiens en ligne", "mains levées en salle", "total")) {
            for (RankedSubject r : priorisations.results(round)) {
                csv.row(r.rank(), r.subject().title(), r.subject().theme().name(), r.subject().state().name(), r.online(), r.inRoom(), r.total());
            }
        }
    }

    private static Optional<Long> id(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
