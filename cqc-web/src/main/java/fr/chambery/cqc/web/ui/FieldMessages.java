package fr.chambery.cqc.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Field errors that name their field (RGAA 11.10, WCAG 3.3.1), in the visitor's language, for the views'
 * {@code requiredMessage} and {@code converterMessage}: {@code #{fieldMessages.required(msg['admin.editor.title'])}}
 * gives « Titre : ce champ est obligatoire. ».
 */
@Named
@ApplicationScoped
public class FieldMessages {

    public String required(String label) {
        return Messages.text("form.required", label);
    }

    public String invalid(String label, String problem) {
        return Messages.text("form.invalid", label, problem);
    }
}
