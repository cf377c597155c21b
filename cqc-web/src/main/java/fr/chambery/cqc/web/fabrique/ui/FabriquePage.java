package fr.chambery.cqc.web.fabrique.ui;

import fr.chambery.cqc.web.ui.ErrorResponses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;

import java.util.Map;
import java.util.Optional;

/**
 * The router of the fabrique's public pages, below {@code /assemblies/{slug}/fabrique}: the section after it
 * chooses the view (a fragment of {@code WEB-INF/components/fabrique/}), the segment after that is the id
 * of the subject or projet shown. An unknown section, or an id that is not a number, is a 404.
 * <ul>
 *   <li>{@code /fabrique}: the council's subjects; {@code /fabrique/proposer}: the form;
 *       {@code /fabrique/sujets/{id}}: one subject and its debate;</li>
 *   <li>{@code /fabrique/priorisation}: the council's priorisation (supports, then results);
 *       {@code /fabrique/programme}: its programme de travail (on the assembly: the bilan of its councils);
 *       {@code /fabrique/projets/{id}}: one projet and its follow-up.</li>
 * </ul>
 */
@Named
@RequestScoped
public class FabriquePage {

    /** Section → view, and whether the section takes an id. */
    private static final Map<String, View> VIEWS = Map.of(
            "", new View("subjects.xhtml", false),
            "proposer", new View("propose.xhtml", false),
            "sujets", new View("subject.xhtml", true),
            "priorisation", new View("priorisation.xhtml", false),
            "programme", new View("programme.xhtml", false),
            "projets", new View("projet.xhtml", true));

    private record View(String file, boolean takesId) {
    }

    @Inject
    @Param(pathIndex = 2)
    String section;

    @Inject
    @Param(pathIndex = 3)
    String item;

    /** Before rendering: a 404 for a path no view serves. */
    public void check() {
        View view = VIEWS.get(section == null ? "" : section);
        if (view == null || view.takesId() != (item != null) || (item != null && getItemId().isEmpty())) {
            ErrorResponses.send(404);
        }
    }

    /** The fragment to include, relative to the component's folder. */
    public String getView() {
        View view = VIEWS.get(section == null ? "" : section);
        return view == null ? "subjects.xhtml" : view.file();
    }

    /** The id in the path ({@code /sujets/12}), if it is a number. */
    public Optional<Long> getItemId() {
        if (item == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(item)).filter(id -> id > 0);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
