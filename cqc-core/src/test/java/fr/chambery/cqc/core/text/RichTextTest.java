package fr.chambery.cqc.core.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RichTextTest {

    @Test
    void keepsEmojiAsCharactersOrNumericReferencesThatRenderTheSame() {
        assertThat(RichText.sanitize("<p>✔️ Créer du lien 🙋</p>")).isEqualTo("<p>✔️ Créer du lien &#x1f64b;</p>");
    }

    @Test
    void keepsFormattingListsAndHeadings() {
        String html = "<h3>⚙️ Comment est organisé un CQC ?</h3><ul><li><strong>Plénière</strong></li></ul>";
        assertThat(RichText.sanitize(html)).isEqualTo(html);
    }

    @Test
    void dropsScriptsStylesAndEventHandlers() {
        assertThat(RichText.sanitize("<p style=\"x\" onmouseover=\"x()\">a</p><script>x()</script><iframe src=\"//evil\"></iframe>"))
                .isEqualTo("<p>a</p>");
    }

    @Test
    void keepsSafeLinksOnly() {
        assertThat(RichText.sanitize("<a href=\"https://www.chambery.fr/949-annuaire-des-associations.htm\">annuaire</a>"))
                .contains("href=\"https://www.chambery.fr/949-annuaire-des-associations.htm\"");
        assertThat(RichText.sanitize("<a href=\"javascript:alert(1)\">x</a>")).doesNotContain("javascript");
    }

    @Test
    void blankIsEmpty() {
        assertThat(RichText.sanitize(null)).isEmpty();
        assertThat(RichText.sanitize("  ")).isEmpty();
    }
}
