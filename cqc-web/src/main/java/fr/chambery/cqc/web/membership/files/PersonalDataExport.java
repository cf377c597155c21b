package fr.chambery.cqc.web.membership.files;

import fr.chambery.cqc.core.membership.InvalidSignUpException;
import fr.chambery.cqc.core.membership.MembershipService;
import fr.chambery.cqc.core.membership.PersonalData;
import fr.chambery.cqc.web.ui.Language;
import fr.chambery.cqc.web.ui.RefusalMessages;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /membership/export?token=…}: everything kept about the e-mail of a gestion link, as a JSON
 * download for its owner (GDPR, article 15). Never cached.
 */
@WebServlet("/membership/export")
public class PersonalDataExport extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MembershipService service;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        PersonalData data;
        try {
            data = service.export(request.getParameter("token"));
        } catch (InvalidSignUpException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(RefusalMessages.text(e, Language.of(request)));
            return;
        }
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"mes-donnees-cqc.json\"");
        try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
            response.getOutputStream().write(jsonb.toJson(data).getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
