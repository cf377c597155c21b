package fr.chambery.cqc.web.fabrique.ui;

import fr.chambery.cqc.core.fabrique.Debat;
import fr.chambery.cqc.core.fabrique.Proposition;
import fr.chambery.cqc.core.fabrique.SaisieRefusee;
import fr.chambery.cqc.core.fabrique.Sujet;
import fr.chambery.cqc.web.assembly.ui.AssemblyPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * {@code /assemblies/{slug}/fabrique/proposer}: « Proposer un sujet », for the council's confirmed members.
 * Each problem is said next to its field and what was typed stays; once published, the subject's page.
 */
@Named
@RequestScoped
public class PropositionForm {

    static final Map<String, String[]> FIELDS = Map.of(
            "title", new String[] {"title", "fabrique.propose.title"},
            "description", new String[] {"description", "fabrique.propose.description"},
            "theme", new String[] {"theme", "fabrique.propose.theme"},
            "place", new String[] {"place", "fabrique.propose.place"});

    @Inject
    AssemblyPage assemblyPage;

    @Inject
    Debat debat;

    @Inject
    FabriqueVisitor visitor;

    private String title;
    private String description;
    private String theme;
    private String place;

    /** Before rendering: a forged postback of the form, by someone it is not offered to, is refused (403). */
    public void check() {
        visitor.refuseForged("propose", visitor.canPropose(assemblyPage.getSpace()), "propose");
    }

    public void submit() {
        String slug = assemblyPage.getSpace().slug();
        try {
            Sujet sujet = debat.propose(visitor.actor(), slug, new Proposition(title, description, theme, place));
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/assemblies/" + slug + "/fabrique/sujets/" + sujet.id());
        } catch (SaisieRefusee refused) {
            FabriqueTexts.show(refused, FIELDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String getTitle() { return title; }
    public void setTitle(String v) { this.title = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { this.description = v; }
    public String getTheme() { return theme; }
    public void setTheme(String v) { this.theme = v; }
    public String getPlace() { return place; }
    public void setPlace(String v) { this.place = v; }
}
