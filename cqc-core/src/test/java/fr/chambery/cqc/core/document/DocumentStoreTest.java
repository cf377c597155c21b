package fr.chambery.cqc.core.document;

import fr.chambery.cqc.core.refusal.FrenchWording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static fr.chambery.cqc.core.document.DocumentRefusedException.Reason.EMPTY;
import static fr.chambery.cqc.core.document.DocumentRefusedException.Reason.TOO_LARGE;
import static fr.chambery.cqc.core.document.DocumentRefusedException.Reason.UNREADABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentStoreTest {

    @TempDir
    Path root;

    @Test
    void keepsFilesUnderTheirHashAndOnlyOnce() throws IOException {
        DocumentStore store = DocumentStore.at(root, 1000);
        var first = store.stage(new ByteArrayInputStream("compte rendu".getBytes()));
        assertThat(first.hash()).hasSize(64);
        assertThat(store.keep(first)).isTrue();
        var again = store.stage(new ByteArrayInputStream("compte rendu".getBytes()));
        assertThat(store.keep(again)).isFalse();
        Path kept = store.file(first.hash()).orElseThrow();
        assertThat(kept).isEqualTo(root.resolve(first.hash().substring(0, 2)).resolve(first.hash()));
        assertThat(Files.readString(kept)).isEqualTo("compte rendu");
        assertThat(files()).containsExactly(kept);
    }

    @Test
    void refusesTooLargeAndEmptyFilesLeavingNothing() throws IOException {
        DocumentStore store = DocumentStore.at(root, 10);
        assertThatThrownBy(() -> store.stage(new ByteArrayInputStream(new byte[11])))
                .isInstanceOfSatisfying(DocumentRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(TOO_LARGE);
                    assertThat(FrenchWording.of(e)).contains("10 octets");
                });
        assertThatThrownBy(() -> store.stage(new ByteArrayInputStream(new byte[0])))
                .isInstanceOfSatisfying(DocumentRefusedException.class, e -> assertThat(e.reason()).isEqualTo(EMPTY));
        assertThat(files()).isEmpty();
    }

    @Test
    void anInterruptedUploadLeavesNothing() throws IOException {
        DocumentStore store = DocumentStore.at(root, 1_000_000);
        InputStream cut = new FilterInputStream(new ByteArrayInputStream(new byte[200_000])) {
            int served;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (served > 100_000) {
                    throw new IOException("connection reset");
                }
                int n = super.read(b, off, len);
                served += n;
                return n;
            }
        };
        assertThatThrownBy(() -> store.stage(cut))
                .isInstanceOfSatisfying(DocumentRefusedException.class, e -> assertThat(e.reason()).isEqualTo(UNREADABLE));
        assertThat(files()).isEmpty();
    }

    @Test
    void ignoresHashesThatAreNotHashes() {
        DocumentStore store = DocumentStore.at(root, 10);
        assertThat(store.file("../../etc/passwd")).isEmpty();
        assertThat(store.file(null)).isEmpty();
    }

    private java.util.List<Path> files() throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }
}
