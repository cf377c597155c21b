package fr.chambery.cqc.web.ui;

import fr.chambery.cqc.core.assembly.ConcurrentEditException;
import fr.chambery.cqc.core.assembly.Slug;
import fr.chambery.cqc.core.assembly.UnknownAssemblyException;
import fr.chambery.cqc.core.association.SyncAlreadyRunningException;
import fr.chambery.cqc.core.refusal.DomainRefusal;
import fr.chambery.cqc.core.refusal.Refusal;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The core's refusals worded in French and English, French for any language the platform does not speak. */
class RefusalMessagesTest {

    private static final List<Refusal> REFUSALS = List.of(
            catchThrowableOfType(DomainRefusal.class, () -> Slug.require("Pas Un Slug")),
            new DomainRefusal("refusal.slug.taken", "bissy"),
            new DomainRefusal("refusal.type.unknown", "inconnu"),
            new DomainRefusal("refusal.space.cycle"),
            new ConcurrentEditException("bissy"),
            new UnknownAssemblyException("bissy"),
            new SyncAlreadyRunningException(12345));

    @Test
    void everyRefusalOfTheCoreIsWordedInFrenchAndInEnglishWithItsArguments() {
        for (Refusal refusal : REFUSALS) {
            String french = RefusalMessages.text(refusal, Locale.FRENCH);
            String english = RefusalMessages.text(refusal, Locale.ENGLISH);
            assertThat(french).as(refusal.key()).isNotBlank().doesNotContain("{", "''").isNotEqualTo(english);
            assertThat(english).as(refusal.key()).isNotBlank().doesNotContain("{", "''");
            refusal.arguments().forEach(argument -> assertThat(List.of(french, english)).as(refusal.key())
                    .allSatisfy(text -> assertThat(text).contains(String.valueOf(argument))));
        }
    }

    @Test
    void theSlugRefusalNamesTheCandidateAndTheBoundInEachLanguage() {
        Refusal refusal = catchThrowableOfType(DomainRefusal.class, () -> Slug.require("Groupe Travail!"));
        assertThat(RefusalMessages.text(refusal, Locale.FRENCH)).isEqualTo("L'identifiant ne peut contenir que des lettres "
                + "minuscules sans accent, des chiffres et des tirets simples (80 caractères au plus) : « Groupe Travail! » ne convient pas.");
        assertThat(RefusalMessages.text(refusal, Locale.UK)).startsWith("The identifier may only hold").contains("\"Groupe Travail!\"");
        assertThat(RefusalMessages.text(refusal, Locale.GERMAN)).as("a language not spoken: French")
                .isEqualTo(RefusalMessages.text(refusal, Locale.FRENCH));
    }

    @Test
    void theFirstSpokenLanguageOfTheCallersPreferencesIsChosenFrenchOtherwise() {
        assertThat(RefusalMessages.firstSpoken(List.of(Locale.GERMAN, Locale.UK, Locale.FRENCH))).isEqualTo(Locale.ENGLISH);
        assertThat(RefusalMessages.firstSpoken(List.of(Locale.CANADA_FRENCH, Locale.ENGLISH))).isEqualTo(Locale.FRENCH);
        assertThat(RefusalMessages.firstSpoken(List.of(Locale.GERMAN))).isEqualTo(Locale.FRENCH);
        assertThat(RefusalMessages.firstSpoken(List.of())).isEqualTo(Locale.FRENCH);
    }
}
