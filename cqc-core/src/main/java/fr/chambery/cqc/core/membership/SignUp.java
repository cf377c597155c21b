package fr.chambery.cqc.core.membership;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
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
        check(today).forEach(problem -> problems.put(problem.field(), problem.french()));
        return problems;
    }

    /** Every problem of the form, at most one by field; empty when the form is valid. */
    public List<SignUpProblem> check(LocalDate today) {
        List<SignUpProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(SignUpProblem.NAME_MISSING);
        } else if (name.strip().length() > 100) {
            problems.add(SignUpProblem.NAME_TOO_LONG);
        }
        if (!isEmail(email)) {
            problems.add(SignUpProblem.EMAIL_INVALID);
        }
        if (birthDate == null) {
            problems.add(SignUpProblem.BIRTH_DATE_MISSING);
        } else if (birthDate.isAfter(today) || birthDate.isBefore(today.minusYears(130))) {
            problems.add(SignUpProblem.BIRTH_DATE_INVALID);
        } else if (Period.between(birthDate, today).getYears() < MINIMUM_AGE) {
            problems.add(SignUpProblem.TOO_YOUNG);
        }
        if (lien == null) {
            problems.add(SignUpProblem.LIEN_MISSING);
        }
        if (!consent) {
            problems.add(SignUpProblem.CONSENT_MISSING);
        }
        return problems;
    }

    /** The address as stored and compared: trimmed, lower case. */
    public String normalizedEmail() {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether the text is one plain e-mail address (the sign-up's rule, also the member sign-in's). */
    public static boolean isEmail(String value) {
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
