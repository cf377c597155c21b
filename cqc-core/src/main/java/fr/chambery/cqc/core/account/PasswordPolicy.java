package fr.chambery.cqc.core.account;

import fr.chambery.cqc.core.access.Role;
import fr.chambery.cqc.core.refusal.Refusal;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a password must be: at least 12 characters (15 for staff), up to 128 accepted, and not one of the
 * most common passwords (nbvcxz's dictionary of leaked passwords). Answers the reasons as message keys.
 */
public final class PasswordPolicy {

    public static final int MIN_CITIZEN = 12;
    public static final int MIN_STAFF = 15;
    public static final int MAX = 128;

    private static final Set<String> COMMON = ConfigurationBuilder.getDefaultDictionaries().stream()
            .filter(d -> d.getDictionaryName().equals("passwords"))
            .map(Dictionary::getDictonary)
            .flatMap(words -> words.keySet().stream())
            .collect(Collectors.toUnmodifiableSet());

    private PasswordPolicy() {
    }

    /** Why {@code password} is refused for an account of this role; empty when it is accepted. */
    public static List<Refusal> problems(String password, Role role, String email) {
        List<Refusal> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add(Refusal.of("refusal.password.missing"));
            return problems;
        }
        int length = password.codePointCount(0, password.length());
        int min = role.isStaff() ? MIN_STAFF : MIN_CITIZEN;
        if (length < min) {
            problems.add(Refusal.of("refusal.password.tooShort", min));
        }
        if (length > MAX) {
            problems.add(Refusal.of("refusal.password.tooLong", MAX));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            problems.add(Refusal.of("refusal.password.common"));
        }
        if (email != null && !email.isBlank() && lower.contains(email.toLowerCase(Locale.ROOT).split("@")[0])
                && email.split("@")[0].length() >= 4) {
            problems.add(Refusal.of("refusal.password.containsEmail"));
        }
        return problems;
    }
}
