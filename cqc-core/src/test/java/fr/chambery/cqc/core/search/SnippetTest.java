package fr.chambery.cqc.core.search;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The passage quoted under a result: where the words are, marked whatever their accents, case or number. */
class SnippetTest {

    private static Set<String> stems(String query) {
        return FrenchWords.stems(query);
    }

    @Test
    void marksTheWordsFoundWhateverTheirAccentsCaseAndNumber() {
        Snippet snippet = Snippet.of("Les JARDINS partagés du quartier et la Réunion publique.", stems("jardin reunions"));
        assertThat(snippet.parts()).filteredOn(Snippet.Part::found).extracting(Snippet.Part::text).containsExactly("JARDINS", "Réunion");
        assertThat(snippet.text()).isEqualTo("Les JARDINS partagés du quartier et la Réunion publique.");
    }

    @Test
    void quotesThePassageHoldingTheMostWordsSearchedNotTheFirstOne() {
        String text = "Jardin au début. " + "Texte sans rapport. ".repeat(40) + "Ici le jardin et la piscine municipale. "
                + "Encore du texte. ".repeat(40);
        Snippet snippet = Snippet.of(text, stems("jardins piscine"));
        assertThat(snippet.text()).startsWith("…").contains("le jardin et la piscine municipale").endsWith("…");
        assertThat(snippet.parts()).filteredOn(Snippet.Part::found).extracting(Snippet.Part::text).containsExactly("jardin", "piscine");
        assertThat(snippet.text().length()).isLessThan(Snippet.LENGTH + 40);
    }

    @Test
    void keepsTheTextAsTextForThePageToEscape() {
        Snippet snippet = Snippet.of("<script>alert('jardin')</script> & <b>jardins</b>", stems("jardin"));
        assertThat(snippet.text()).isEqualTo("<script>alert('jardin')</script> & <b>jardins</b>");
        assertThat(snippet.parts()).filteredOn(Snippet.Part::found).extracting(Snippet.Part::text).containsExactly("jardin", "jardins");
    }

    @Test
    void startsAtTheBeginningWhenNoWordIsInTheText() {
        assertThat(Snippet.of("Un compte rendu.", stems("jardin")).parts()).extracting(Snippet.Part::found).containsOnly(false);
        assertThat(Snippet.of("", stems("jardin")).parts()).isEmpty();
        assertThat(Snippet.of(null, stems("jardin")).parts()).isEmpty();
    }
}
