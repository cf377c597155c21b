package fr.chambery.cqc.core.fabrique;

import fr.chambery.cqc.core.space.ComponentAction;
import fr.chambery.cqc.core.space.ComponentAction.Grantee;
import fr.chambery.cqc.core.space.ComponentDescriptor;
import fr.chambery.cqc.core.space.ComponentType;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * La fabrique citoyenne: the members of a council propose subjects and debate them, the plénière
 * prioritises them (supports online, show of hands in the room), the retained ones become the projets of
 * the council's programme de travail, followed with the City until they are done. On the assembly, the
 * bilan of its councils.
 */
@ApplicationScoped
public class FabriqueComponent implements ComponentType {

    public static final String KEY = "fabrique";

    /** Proposer un sujet. */
    public static final ComponentAction PROPOSE = new ComponentAction(KEY, "propose", Grantee.SPACE_MEMBERS);
    /** Comment a subject, or answer a comment. */
    public static final ComponentAction COMMENT = new ComponentAction(KEY, "comment", Grantee.SPACE_MEMBERS);
    /** Support a subject during a priorisation. */
    public static final ComponentAction SUPPORT = new ComponentAction(KEY, "support", Grantee.SPACE_MEMBERS);
    /** Signaler a subject or a comment to the moderators. */
    public static final ComponentAction REPORT = new ComponentAction(KEY, "report", Grantee.SIGNED_IN);
    /** Hide, dismiss reports, merge, retain, run priorisations, record in-room counts, follow projets. */
    public static final ComponentAction MODERATE = new ComponentAction(KEY, "moderate", Grantee.SPACE_MODERATORS);

    @Override
    public ComponentDescriptor descriptor() {
        return new ComponentDescriptor(KEY, "component.fabrique", 15)
                .administeredAt("admin/fabrique", "component.fabrique")
                .withActions(PROPOSE, COMMENT, SUPPORT, REPORT, MODERATE);
    }
}
