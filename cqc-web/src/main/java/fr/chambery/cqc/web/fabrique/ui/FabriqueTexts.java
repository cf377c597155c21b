package fr.chambery.cqc.web.fabrique.ui;

import fr.chambery.cqc.core.fabrique.Probleme;
import fr.chambery.cqc.core.fabrique.SaisieRefusee;
import fr.chambery.cqc.core.refusal.Refusal;
import fr.chambery.cqc.web.ui.Messages;
import fr.chambery.cqc.web.ui.RefusalMessages;

import java.util.Map;

/** The fabrique's refusals on its pages: a form's problems next to their fields, the others at the top. */
final class FabriqueTexts {

    private FabriqueTexts() {
    }

    /**
     * Says each problem next to its field, named (RGAA 11.10): « Titre : indiquez un titre. »
     *
     * @param fields the field of each problem → the client id of its input and the bundle key of its label
     */
    static void show(SaisieRefusee refused, Map<String, String[]> fields) {
        for (Probleme problem : refused.problems()) {
            // an argument may itself be a refusal (the kind of a refused file), worded in the same language
            String text = Messages.text(problem.key(), problem.arguments().stream()
                    .map(argument -> argument instanceof Refusal inner ? RefusalMessages.text(inner) : argument).toArray());
            String[] field = fields.get(problem.field());
            if (field == null) {
                Messages.error(null, text);
            } else {
                Messages.error(field[0], Messages.text("form.invalid", Messages.text(field[1]), text));
            }
        }
    }

    static void show(Refusal refusal) {
        Messages.error(null, RefusalMessages.text(refusal));
    }
}
