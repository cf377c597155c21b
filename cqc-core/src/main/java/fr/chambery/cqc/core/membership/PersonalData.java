package fr.chambery.cqc.core.membership;

import java.util.List;

/**
 * Everything kept about one e-mail address, as given to its owner who asks for it (GDPR, article 15): her
 * sign-ups, and what she contributed in the components ({@link MemberContributions}).
 */
public record PersonalData(String email, List<Entry> memberships, List<Contribution> contributions) {

    public record Entry(String council, String name, String lien, List<String> workingGroups, String signedUpAt,
                        String confirmedAt, String consentVersion, String consentedAt) {
    }

    /**
     * One contribution: its kind (« sujet », « commentaire », « soutien »), its council, its text or
     * title, when, and where it stands (a state, « masqué »…).
     */
    public record Contribution(String kind, String council, String text, String date, String state) {
    }
}
