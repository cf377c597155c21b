package fr.chambery.cqc.core.membership;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** How public pages name a member: « Prénom I. », never the surname, never the e-mail. */
class MemberLabelTest {

    @ParameterizedTest(name = "« {0} » → « {1} »")
    @CsvSource(delimiter = '|', value = {
            "Camille Dupont|Camille D.",
            "camille dupont|Camille D.",
            "  Camille   Dupont  |Camille D.",
            "Jean-Pierre de la Fontaine|Jean-Pierre F.",
            "Élise Øster|Élise Ø.",
            "émile ëlan|Émile Ë.",
            "Camille|Camille",
            "Camille D.|Camille D.",
            "Camille 'Dupont'|Camille D.",
            "Camille\u00a0Dupont|Camille D.",
            "Nguyễn Văn An|Nguyễn A.",
            "Camille 2|Camille",
            "Александра Иванова|Александра И.",
    })
    void keepsTheFirstWordAndTheInitialOfTheLast(String name, String label) {
        assertThat(MemberLabel.of(name)).isEqualTo(label);
    }

    @Test
    void neverShowsTheSurnameNorTheEmail() {
        for (String name : new String[] {"Camille Dupont", "Camille Marie Dupont", "Camille DUPONT"}) {
            assertThat(MemberLabel.of(name)).doesNotContainIgnoringCase("upont");
        }
        assertThat(MemberLabel.of("camille.dupont@example.org")).as("an e-mail typed as a name").isEqualTo("Membre");
        assertThat(MemberLabel.of("Camille camille.dupont@example.org")).isEqualTo("Camille");
        assertThat(MemberLabel.of("Camille Marie Dupont")).as("middle names are left out too").isEqualTo("Camille D.");
    }

    @Test
    void aNameWithoutLettersIsAMember() {
        assertThat(MemberLabel.of("   ")).isEqualTo("Membre");
        assertThat(MemberLabel.of("-- 12")).isEqualTo("Membre");
        assertThat(MemberLabel.of(null)).isEqualTo("Membre");
    }

    @Test
    void aVeryLongFirstWordFitsTheStoredLabel() {
        String longWord = IntStream.range(0, 100).mapToObj(i -> "a").reduce("", String::concat);
        assertThat(MemberLabel.of(longWord + " Dupont")).hasSizeLessThanOrEqualTo(MemberLabel.MAX).endsWith("… D.");
    }

    @Test
    void theFirstNameIsTheLabelsFirstWord() {
        assertThat(MemberLabel.firstName("camille de la Fontaine")).isEqualTo("Camille");
        assertThat(MemberLabel.firstName("Camille")).isEqualTo("Camille");
    }
}
