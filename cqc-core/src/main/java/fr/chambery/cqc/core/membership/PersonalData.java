package fr.chambery.cqc.core.membership;

import java.util.List;

/** Everything kept about one e-mail address, as given to its owner who asks for it (GDPR, article 15). */
public record PersonalData(String email, List<Entry> memberships) {

    public record Entry(String council, String name, String lien, List<String> workingGroups, String signedUpAt,
                        String confirmedAt, String consentVersion, String consentedAt) {
    }
}
