package fr.chambery.cqc.web.infrastructure;

import fr.chambery.cqc.core.mail.Mail;
import fr.chambery.cqc.core.mail.MailNotSentException;
import fr.chambery.cqc.web.ui.RefusalMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The developer's outbox of {@code ./cqc run}, and a server that cannot be reached. */
class SmtpPostmanTest {

    @TempDir
    Path outbox;

    @Test
    void writesTheMessagesIntoTheOutboxWhenOneIsConfigured() throws IOException {
        SmtpPostman postman = postman(Optional.of(outbox.toString()), 25);
        postman.send(new Mail("camille@example.org", "Confirmez votre inscription au CQC Bissy", "Bonjour,\n\nhttps://exemple/confirm"));
        List<Path> files;
        try (Stream<Path> all = Files.list(outbox)) {
            files = all.toList();
        }
        assertThat(files).singleElement().satisfies(f -> {
            assertThat(f.getFileName().toString()).endsWith(".eml");
            String eml = Files.readString(f);
            assertThat(eml).contains("To: camille@example.org", "Subject: Confirmez votre inscription au CQC Bissy");
        });
    }

    @Test
    void anUnreachableServerIsAFrenchRefusal() {
        SmtpPostman postman = postman(Optional.empty(), 1);
        assertThatThrownBy(() -> postman.send(new Mail("camille@example.org", "Objet", "Texte")))
                .isInstanceOfSatisfying(MailNotSentException.class, e -> assertThat(RefusalMessages.text(e, Locale.FRENCH)).contains("rien n'a été enregistré"));
    }

    private static SmtpPostman postman(Optional<String> outbox, int port) {
        SmtpPostman postman = new SmtpPostman();
        postman.host = "127.0.0.1";
        postman.port = port;
        postman.from = "cqc@example.org";
        postman.user = Optional.empty();
        postman.password = Optional.empty();
        postman.starttls = false;
        postman.outbox = outbox;
        return postman;
    }
}
