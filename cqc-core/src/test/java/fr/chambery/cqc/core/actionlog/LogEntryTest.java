package fr.chambery.cqc.core.actionlog;

import fr.chambery.cqc.core.access.Actor;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class LogEntryTest {

    private static final ResourceType NOTE = new ResourceType("note");

    @Test
    void anEntryIsBuiltFromWhoWhatWhichResourceBeforeAndAfter() {
        LogEntry entry = LogEntry.by(Actor.ANONYMOUS).did(Verb.UPDATE).on(NOTE, 7L, "Note n° 7")
                .from(Map.of("title", "Avant")).to(Map.of("title", "Après"));

        assertThat(entry).isEqualTo(new LogEntry(Actor.ANONYMOUS, Verb.UPDATE, NOTE, 7L, "Note n° 7",
                Map.of("title", "Avant"), Map.of("title", "Après")));
    }

    @Test
    void anEntryWithoutStatesHasNeither() {
        LogEntry entry = LogEntry.by(Actor.ANONYMOUS).did(Verb.PUBLISH).on(NOTE, "a", null);

        assertThat(entry.before()).isNull();
        assertThat(entry.after()).isNull();
    }

    @Test
    void anEntryNeedsItsAuthorItsVerbAndItsResourceType() {
        assertThatNullPointerException().isThrownBy(() -> LogEntry.by(null));
        assertThatNullPointerException().isThrownBy(() -> LogEntry.by(Actor.ANONYMOUS).did(null));
        assertThatNullPointerException().isThrownBy(() -> LogEntry.by(Actor.ANONYMOUS).did(Verb.CREATE).on(null, 1, "x"));
    }

    @Test
    void aResourceTypeIsALowerCaseWordThatFitsTheColumn() {
        assertThat(new ResourceType("document_collection").key()).isEqualTo("document_collection");
        assertThat(new ResourceType("document")).isEqualTo(new ResourceType("document"));
        for (String invalid : new String[]{"", "Document", "document-collection", "_document", "doc ument", "a".repeat(61)}) {
            assertThatIllegalArgumentException().as(invalid).isThrownBy(() -> new ResourceType(invalid));
        }
    }

    @Test
    void eachVerbStoresItsOwnLowerCaseWord() {
        assertThat(Arrays.stream(Verb.values()).map(Verb::stored)).doesNotHaveDuplicates()
                .allMatch(word -> word.matches("[a-z_]+"));
        assertThat(Verb.NEW_VERSION.stored()).isEqualTo("new_version");
    }
}
