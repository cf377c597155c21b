package fr.chambery.cqc.web.fabrique.ui;

import fr.chambery.cqc.core.document.DocumentFormat;
import fr.chambery.cqc.core.document.Sizes;
import fr.chambery.cqc.core.fabrique.ContributionThrottle;
import fr.chambery.cqc.core.fabrique.ContributionThrottled;
import fr.chambery.cqc.core.fabrique.Debat;
import fr.chambery.cqc.core.fabrique.PieceJointe;
import fr.chambery.cqc.core.fabrique.PiecesJointes;
import fr.chambery.cqc.core.fabrique.Proposition;
import fr.chambery.cqc.core.fabrique.SaisieRefusee;
import fr.chambery.cqc.core.fabrique.Sujet;
import fr.chambery.cqc.web.assembly.ui.AssemblyPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code /assemblies/{slug}/fabrique/proposer}: « Proposer un sujet », for the council's confirmed members.
 * Each problem is said next to its field and what was typed stays (a file must be chosen again: browsers
 * never refill a file field); once published, the subject's page. An optional attachment goes through the
 * documents' checks; a member's proposals are throttled ({@link ContributionThrottle}: beyond, 429).
 */
@Named
@RequestScoped
public class PropositionForm {

    static final Map<String, String[]> FIELDS = Map.of(
            "title", new String[] {"title", "fabrique.propose.title"},
            "description", new String[] {"description", "fabrique.propose.description"},
            "theme", new String[] {"theme", "fabrique.propose.theme"},
            "place", new String[] {"place", "fabrique.propose.place"},
            "attachment", new String[] {"attachment", "fabrique.propose.attachment"});

    @Inject
    AssemblyPage assemblyPage;

    @Inject
    Debat debat;

    @Inject
    FabriqueVisitor visitor;

    @Inject
    ContributionThrottle throttle;

    @Inject
    PiecesJointes attachments;

    private String title;
    private String description;
    private String theme;
    private String place;
    private Part attachment;

    /** Before rendering: a forged postback of the form, by someone it is not offered to, is refused (403). */
    public void check() {
        visitor.refuseForged("propose", visitor.canPropose(assemblyPage.getSpace()), "propose");
    }

    public void submit() {
        String slug = assemblyPage.getSpace().slug();
        FacesContext faces = FacesContext.getCurrentInstance();
        Optional<Long> member = visitor.membershipIn(assemblyPage.getSpace()).map(m -> m.id());
        try (InputStream content = chosen() ? attachment.getInputStream() : null) {
            member.ifPresent(throttle::admitProposal);
            PieceJointe.Envoi envoi = content == null ? null : new PieceJointe.Envoi(attachment.getSubmittedFileName(), content);
            Sujet sujet = debat.propose(visitor.actor(), slug, new Proposition(title, description, theme, place), envoi);
            member.ifPresent(throttle::proposed);
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/assemblies/" + slug + "/fabrique/sujets/" + sujet.id());
        } catch (SaisieRefusee refused) {
            FabriqueTexts.show(refused, FIELDS);
        } catch (ContributionThrottled throttled) {
            ((HttpServletResponse) faces.getExternalContext().getResponse()).setStatus(429);
            FabriqueTexts.show(throttled);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a file was chosen (an empty file field sends a part with no name). */
    private boolean chosen() {
        return attachment != null && attachment.getSubmittedFileName() != null && !attachment.getSubmittedFileName().isEmpty();
    }

    /** For the file field's hint: « PDF, ODT, … ; 20 Mo au plus ». */
    public String getAccepted() {
        return DocumentFormat.allowedList() + " ; " + Sizes.french(attachments.maxSize());
    }

    /** The {@code accept} attribute of the file field. */
    public String getAcceptAttribute() {
        return Arrays.stream(DocumentFormat.values()).flatMap(f -> f.extensions().stream().map(e -> "." + e))
                .collect(Collectors.joining(","));
    }

    public String getTitle() { return title; }
    public void setTitle(String v) { this.title = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { this.description = v; }
    public String getTheme() { return theme; }
    public void setTheme(String v) { this.theme = v; }
    public String getPlace() { return place; }
    public void setPlace(String v) { this.place = v; }
    public Part getAttachment() { return attachment; }
    public void setAttachment(Part v) { this.attachment = v; }
}
