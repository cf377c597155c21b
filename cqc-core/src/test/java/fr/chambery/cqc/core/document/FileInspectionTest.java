package fr.chambery.cqc.core.document;

import fr.chambery.cqc.core.refusal.FrenchWording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static fr.chambery.cqc.core.document.DocumentRefusedException.Reason.CONTRADICTS_NAME;
import static fr.chambery.cqc.core.document.DocumentRefusedException.Reason.TYPE_NOT_ALLOWED;
import static fr.chambery.cqc.core.document.DocumentRefusedException.Reason.UNREADABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Real Tika on real files: the type comes from the bytes, the text is extracted, traps are refused. */
class FileInspectionTest {

    private final FileInspection inspection = new FileInspection();

    @TempDir
    Path dir;

    @Test
    void readsThePdfGuideAndItsText() throws IOException {
        var inspected = inspect(SampleFiles.guidePdf(), "guide.pdf");
        assertThat(inspected.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(inspected.text()).contains("Guide de l'animation de réunion").contains("plénière");
    }

    @Test
    void readsOfficeFilesOfBothFamilies() throws IOException {
        var docx = inspect(SampleFiles.docx("Compte rendu de la plénière de Bissy"), "compte-rendu.DOCX");
        assertThat(docx.format()).isEqualTo(DocumentFormat.DOCX);
        assertThat(docx.text()).contains("plénière de Bissy");
        var odt = inspect(SampleFiles.odt("Charte des conseils de quartier œuvrant à Chambéry"), "charte.odt");
        assertThat(odt.format()).isEqualTo(DocumentFormat.ODT);
        assertThat(odt.text()).contains("œuvrant à Chambéry");
    }

    @Test
    void readsImagesWithoutText() throws IOException {
        var png = inspect(SampleFiles.png(), "plan.png");
        assertThat(png.format()).isEqualTo(DocumentFormat.PNG);
        assertThat(png.text()).isEmpty();
    }

    @Test
    void readsPlainTextInEitherEncoding() throws IOException {
        String text = "Ordre du jour : réunion de coordination interne, prévue à l'école du quartier, avec les référentes et référents.";
        assertThat(inspect(text.getBytes(StandardCharsets.UTF_8), "odj.txt").text()).contains("coordination interne, prévue");
        assertThat(inspect(text.getBytes(StandardCharsets.ISO_8859_1), "odj.txt").text()).contains("prévue à l'école");
    }

    @Test
    void refusesHtmlAndSvgNamedPdf() {
        assertRefused(SampleFiles.html(), "guide.pdf", TYPE_NOT_ALLOWED, "page HTML");
        assertRefused(SampleFiles.svg(), "guide.pdf", TYPE_NOT_ALLOWED, "image SVG");
    }

    @Test
    void refusesExecutables() {
        assertRefused(SampleFiles.windowsExecutable(), "compte-rendu.pdf", TYPE_NOT_ALLOWED, "programme exécutable");
        assertRefused(SampleFiles.elfExecutable(), "compte-rendu.docx", TYPE_NOT_ALLOWED, "n'est pas d'un type accepté");
    }

    @Test
    void refusesAnAllowedTypeUnderAnotherName() {
        assertRefused(SampleFiles.guidePdf(), "guide.docx", CONTRADICTS_NAME, "est un fichier PDF");
        assertRefused("du texte".getBytes(StandardCharsets.UTF_8), "guide.pdf", CONTRADICTS_NAME, "renommez-le en .txt");
        assertRefused(SampleFiles.guidePdf(), "guide", CONTRADICTS_NAME, "est un fichier PDF");
    }

    @Test
    void refusesADecompressionBomb() {
        byte[] bomb = SampleFiles.zipBombDocx();
        assertThat(bomb.length).isLessThan(2_000_000);
        assertRefused(bomb, "compte-rendu.docx", UNREADABLE, "bombe de décompression");
        assertRefused(SampleFiles.zipBombOdt(), "compte-rendu.odt", UNREADABLE, "bombe de décompression");
    }

    /** Either answer is safe: a bomb only becomes a bomb when inflated, and this one is refused on its type first. */
    @Test
    void refusesABombInTheShapeOfAWordDocumentThatTikaDoesNotRecogniseOnItsTypeWithoutInflatingIt() {
        byte[] bomb = SampleFiles.zipBombDocxUnrecognised();
        long start = System.nanoTime();
        assertRefused(bomb, "compte-rendu.docx", TYPE_NOT_ALLOWED,
                "n'est pas d'un type accepté (document Office de type inconnu)");
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).as("refused on its type, not inflated")
                .isLessThan(java.time.Duration.ofSeconds(5));
    }

    @Test
    void refusesACorruptDocument() {
        byte[] pdf = SampleFiles.guidePdf();
        byte[] broken = java.util.Arrays.copyOf(pdf, 40);
        assertThatThrownBy(() -> inspect(broken, "guide.pdf")).isInstanceOf(DocumentRefusedException.class);
    }

    private FileInspection.Inspected inspect(byte[] bytes, String name) throws IOException {
        Path file = Files.write(dir.resolve("upload-" + System.nanoTime()), bytes);
        return inspection.inspect(file, new FileName(name));
    }

    private void assertRefused(byte[] bytes, String name, DocumentRefusedException.Reason reason, String message) {
        assertThatThrownBy(() -> inspect(bytes, name))
                .isInstanceOfSatisfying(DocumentRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(FrenchWording.of(e)).contains(message);
                });
    }
}
