package fr.chambery.cqc.core.membership;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a person writes in the sign-up form. The date of birth is only checked (16 or over), never
 * stored; so is the consent, whose date and version are kept.
 */
public record SignUp(String councilSlug, String name, String email, LocalDate birthDate, LienAuQuartier lien,
                     List<Long> workingGroupIds, boolean consent) {

    /** The version of the consent text the person agreed to; change it when the text changes. */
    public static final String CONSENT_VERSION = "2026-11";

    public static final int MINIMUM_AGE = 16;

    /** Every problem of the form, by field, in French; empty when the form is valid. */
    public Map<String, String> problems(LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (name == null || name.isBlank()) {
            problems.put("name", "Indiquez votre nom ou votre prénom.");
        } else if (name.strip().length() > 100) {
            problems.put("name", "Le nom ne doit pas dépasser 100 caractères.");
        }
        if (!isEmail(email)) {
            problems.put("email", "Cette adresse e-mail n'est pas valide (exemple : prenom.nom@example.org).");
        }
        if (birthDate == null) {
            problems.put("birthDate", "Indiquez votre date de naissance : l'inscription est ouverte à partir de 16 ans.");
        } else if (birthDate.isAfter(today) || birthDate.isBefore(today.minusYears(130))) {
            problems.put("birthDate", "Cette date de naissance n'est pas valide.");
        } else if (Period.between(birthDate, today).getYears() < MINIMUM_AGE) {
            problems.put("birthDate", "L'inscription à un conseil de quartier citoyen est ouverte à partir de 16 ans.");
        }
        if (lien == null) {
            problems.put("lien", "Dites si vous habitez Chambéry ou si vous fréquentez régulièrement le quartier.");
        }
        if (!consent) {
            problems.put("consent", "Votre accord au traitement de vos données est nécessaire pour vous inscrire.");
        }
        return problems;
    }

    /** The address as stored and compared: trimmed, lower case. */
    public String normalizedEmail() {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    static boolean isEmail(String value) {
        if (value == null || value.isBlank() || value.strip().length() > 254) {
            return false;
        }
        try {
            InternetAddress address = new InternetAddress(value.strip(), true);
            String bare = address.getAddress();
            return address.getPersonal() == null && bare.equals(value.strip())
                    && bare.indexOf('@') > 0 && bare.substring(bare.indexOf('@') + 1).contains(".");
        } catch (AddressException e) {
            return false;
        }
    }
}
