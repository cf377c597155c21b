package fr.chambery.cqc.core.document;

import fr.chambery.cqc.core.text.SearchText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"../guide.pdf", "dossier/guide.pdf", "C:\\guide.pdf", "guide\u0000.pdf", "guide\n.pdf", " ", "..", "guide\u202e.pdf"})
    void refusesSeparatorsAndControlCharacters(String name) {
        assertThatThrownBy(() -> new FileName(name)).isInstanceOf(DocumentRefusedException.class);
    }

    @Test
    void keepsAccentsAndSpaces() {
        assertThat(new FileName("Guide de l'animation de réunion.PDF").extension()).isEqualTo("pdf");
        assertThat(new FileName(".profile").extension()).isEmpty();
    }

    @Test
    void normalisesForTheSearch() {
        assertThat(SearchText.normalize("Réunion  plénière — Œuvre\u00a0commune")).isEqualTo("reunion pleniere oeuvre commune");
        assertThat(SearchText.words("  l’Œuvre ")).containsExactly("l", "oeuvre");
    }

    @Test
    void sizesInFrench() {
        assertThat(Sizes.french(850)).isEqualTo("850 octets");
        assertThat(Sizes.french(1886)).isEqualTo("1,8 ko");
        assertThat(Sizes.french(12 * 1024 + 300)).isEqualTo("12 ko");
        assertThat(Sizes.french(20 * 1024 * 1024)).isEqualTo("20 Mo");
    }
}
