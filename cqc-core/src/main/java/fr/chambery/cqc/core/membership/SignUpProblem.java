package fr.chambery.cqc.core.membership;

import fr.chambery.cqc.core.refusal.Refusal;

import java.util.List;

/**
 * One thing wrong with a sign-up, with the form field it concerns and its French text; the web layer says it
 * in the visitor's language through its {@link #key()}.
 */
public enum SignUpProblem implements Refusal {
    NAME_MISSING("name", "Indiquez votre nom ou votre prénom."),
    NAME_TOO_LONG("name", "Le nom ne doit pas dépasser 100 caractères."),
    EMAIL_INVALID("email", "Cette adresse e-mail n'est pas valide (exemple : prenom.nom@example.org)."),
    BIRTH_DATE_MISSING("birthDate", "Indiquez votre date de naissance : l'inscription est ouverte à partir de 16 ans."),
    BIRTH_DATE_INVALID("birthDate", "Cette date de naissance n'est pas valide."),
    TOO_YOUNG("birthDate", "L'inscription à un conseil de quartier citoyen est ouverte à partir de 16 ans."),
    LIEN_MISSING("lien", "Dites si vous habitez Chambéry ou si vous fréquentez régulièrement le quartier."),
    CONSENT_MISSING("consent", "Votre accord au traitement de vos données est nécessaire pour vous inscrire."),
    COUNCIL_UNKNOWN("council", "Ce conseil de quartier n'existe pas ou n'accepte pas d'inscriptions."),
    WORKING_GROUP_UNKNOWN("workingGroups", "Ce groupe de travail n'existe pas dans ce conseil.");

    private final String field;
    private final String french;

    SignUpProblem(String field, String french) {
        this.field = field;
        this.french = french;
    }

    public String field() {
        return field;
    }

    public String french() {
        return french;
    }

    /** The message key of its text: {@code membership.problem.NAME_MISSING}. */
    @Override
    public String key() {
        return "membership.problem." + name();
    }

    @Override
    public List<Object> arguments() {
        return List.of();
    }
}
