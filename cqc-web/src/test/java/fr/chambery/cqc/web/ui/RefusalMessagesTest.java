package fr.chambery.cqc.web.ui;

import fr.chambery.cqc.core.assembly.ConcurrentEditException;
import fr.chambery.cqc.core.assembly.Slug;
import fr.chambery.cqc.core.assembly.UnknownAssemblyException;
import fr.chambery.cqc.core.account.InvalidAccountException;
import fr.chambery.cqc.core.association.RunNotHeldException;
import fr.chambery.cqc.core.association.SyncAlreadyRunningException;
import fr.chambery.cqc.core.document.DocumentRefusedException;
import fr.chambery.cqc.core.mail.MailNotSentException;
import fr.chambery.cqc.core.meeting.InvalidMeetingException;
import fr.chambery.cqc.core.membership.InvalidSignUpException;
import fr.chambery.cqc.core.refusal.DomainRefusal;
import fr.chambery.cqc.core.refusal.Refusal;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
            new SyncAlreadyRunningException(12345),
            new RunNotHeldException(678),
            new DocumentRefusedException(DocumentRefusedException.Reason.TOO_LARGE, "refusal.document.tooLarge", "20 Mo"),
            new InvalidMeetingException("refusal.meeting.endBeforeStart"),
            new InvalidSignUpException("refusal.membership.gone"),
            new InvalidAccountException("refusal.account.lastAdministrator"),
            Refusal.of("refusal.password.tooShort", 15),
            new MailNotSentException(new IllegalStateException("refused")));

    private static final Path CORE = Path.of("../cqc-core/src/main/java");
    private static final Pattern NAMED_KEY = Pattern.compile("\"(refusal\\.[A-Za-z.]+)\"");

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
    void everyRefusalKeyTheCoreNamesIsWordedInFrenchAndInEnglish() throws IOException {
        ResourceBundle french = ResourceBundle.getBundle("fr.chambery.cqc.web.i18n.messages", Locale.FRENCH);
        ResourceBundle english = ResourceBundle.getBundle("fr.chambery.cqc.web.i18n.messages", Locale.ENGLISH);
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(CORE)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                NAMED_KEY.matcher(Files.readString(source)).results().map(m -> m.group(1)).forEach(keys::add);
            }
        }
        assertThat(keys).as("the core names its refusals by key").hasSizeGreaterThan(50);
        for (String key : keys) {
            if (key.endsWith(".")) {
                continue; // a key completed in code: refusal.account.self. + disable/delete
            }
            assertThat(french.containsKey(key)).as("French: " + key).isTrue();
            assertThat(english.containsKey(key)).as("English: " + key).isTrue();
            assertThat(english.getString(key)).as(key).isNotEqualTo(french.getString(key));
        }
        for (String done : List.of("disable", "delete")) {
            for (String key : List.of("refusal.account.self." + done, "refusal.account.lastActive." + done)) {
                assertThat(french.containsKey(key) && english.containsKey(key)).as(key).isTrue();
            }
        }
    }

    @Test
    void aRefusedFilesKindIsWordedInTheLanguageOfItsSentence() {
        Refusal refusal = new DocumentRefusedException(DocumentRefusedException.Reason.TYPE_NOT_ALLOWED, "refusal.document.type",
                "piege.pdf", Refusal.of("refusal.document.kind.html"), "PDF, TXT");
        assertThat(RefusalMessages.text(refusal, Locale.FRENCH))
                .isEqualTo("Le contenu de « piege.pdf » n'est pas d'un type accepté (page HTML). Types acceptés : PDF, TXT.");
        assertThat(RefusalMessages.text(refusal, Locale.ENGLISH))
                .isEqualTo("The content of \"piege.pdf\" is not of an accepted type (HTML page). Accepted types: PDF, TXT.");
    }

    @Test
    void aMeetingAnAccountASignUpAndAMailRefusalReadInFrenchAsBeforeAndInEnglish() {
        assertThat(RefusalMessages.text(new InvalidMeetingException("refusal.meeting.endBeforeStart"), Locale.FRENCH))
                .isEqualTo("La fin de la rencontre doit venir après son début.");
        assertThat(RefusalMessages.text(new InvalidMeetingException("refusal.meeting.endBeforeStart"), Locale.ENGLISH))
                .isEqualTo("The meeting's end must come after its start.");
        assertThat(RefusalMessages.text(new InvalidAccountException("refusal.account.lastActive.delete"), Locale.ENGLISH))
                .startsWith("This is the last active administrator");
        assertThat(RefusalMessages.text(new InvalidSignUpException("refusal.membership.gone"), Locale.FRENCH))
                .isEqualTo("Cette inscription n'existe plus.");
        assertThat(RefusalMessages.text(new MailNotSentException(null), Locale.ENGLISH)).contains("nothing was recorded");
        assertThat(RefusalMessages.text(new RunNotHeldException(7), Locale.FRENCH)).startsWith("La synchronisation n° 7 n'attend pas");
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
