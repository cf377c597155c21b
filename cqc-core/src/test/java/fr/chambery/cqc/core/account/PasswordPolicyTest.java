package fr.chambery.cqc.core.account;

import fr.chambery.cqc.core.access.Role;
import fr.chambery.cqc.core.refusal.FrenchWording;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void citizensNeedTwelveCharactersAndStaffFifteen() {
        assertThat(problems("vélo-rouge-17", Role.CITOYEN, "camille@example.org")).isEmpty();
        assertThat(problems("vélo-rouge-17", Role.MODERATEUR, "camille@example.org"))
                .containsExactly("Le mot de passe doit compter au moins 15 caractères.");
        assertThat(problems("vélo-rouge-17-bissy", Role.MODERATEUR, "camille@example.org")).isEmpty();
        assertThat(problems("b1ssy-7z", Role.CITOYEN, null))
                .containsExactly("Le mot de passe doit compter au moins 12 caractères.");
    }

    @Test
    void acceptsLongPassphrasesUpToAHundredAndTwentyEightCharacters() {
        assertThat(problems("a quiet brook under the old chestnut ".repeat(3), Role.ADMINISTRATEUR, null)).isEmpty();
        assertThat(problems("x".repeat(129), Role.CITOYEN, null))
                .contains("Le mot de passe ne peut dépasser 128 caractères.");
    }

    @Test
    void refusesTheMostCommonPasswordsAndTheAddressItself() {
        assertThat(problems("123456789012", Role.CITOYEN, null))
                .contains("Ce mot de passe fait partie des plus courants : choisissez-en un autre.");
        assertThat(problems("qwertyuiopasdfgh", Role.MODERATEUR, null))
                .contains("Ce mot de passe fait partie des plus courants : choisissez-en un autre.");
        assertThat(problems("camille.martin-2026!", Role.CITOYEN, "camille.martin@example.org"))
                .contains("Le mot de passe ne doit pas contenir votre adresse électronique.");
    }

    /** The reasons as a person reads them in French. */
    private static List<String> problems(String password, Role role, String email) {
        return PasswordPolicy.problems(password, role, email).stream().map(FrenchWording::of).toList();
    }
}
