package fr.chambery.cqc.core.fabrique;

import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.document.DocumentFormat;
import fr.chambery.cqc.core.document.SampleFiles;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A subject's optional attachment goes through the documents' upload pipeline (on H2 and PostgreSQL): kept
 * under its hash with its detected format; every kind of bad file refused as a problem of the attachment
 * field, said with the form's other problems, and then neither a subject nor a file stays behind.
 */
class SubjectAttachmentIT {

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
    void aSubjectKeepsItsFileUnderItsHashWithTheFormatDetectedFromItsBytes(String name, DataSource dataSource) throws Exception {
        try (FabriqueFixture f = new FabriqueFixture(dataSource)) {
            Assembly bissy = f.council("bissy");
            Actor camille = f.member(bissy, "camille@example.org", "Camille Martin");
            byte[] plan = SampleFiles.png();

            Sujet sujet = f.tx(em -> f.debat.propose(camille, "bissy", proposition("Un banc"),
                    new PieceJointe.Envoi("plan du banc.png", new ByteArrayInputStream(plan))));

            PieceJointe attached = f.subject(sujet.id()).attachment().orElseThrow();
            assertThat(attached.fileName()).isEqualTo("plan du banc.png");
            assertThat(attached.format()).isEqualTo(DocumentFormat.PNG);
            assertThat(attached.size()).isEqualTo(plan.length);
            assertThat(Files.readAllBytes(f.files.file(attached.hash()).orElseThrow())).isEqualTo(plan);
            assertThat(f.subject(f.propose(camille, bissy, "Sans pièce jointe").id()).attachment()).as("it is optional").isEmpty();
            assertThat(f.filesKept.fired).as("a new file, to remove if the commit fails").containsExactly(new PieceJointeGardee(attached.hash()));

            f.tx(em -> f.debat.propose(camille, "bissy", proposition("Le même plan"), new PieceJointe.Envoi("plan.png", new ByteArrayInputStream(plan))));
            assertThat(f.filesKept.fired).as("the same bytes: the file was there already, and stays whatever happens").hasSize(1);

            Long hers = f.tx(em -> em.createQuery("select m.id from Membership m where m.email = 'camille@example.org'", Long.class).getSingleResult());
            java.util.List<fr.chambery.cqc.core.membership.PersonalData.Contribution> exported = f.tx(em -> f.contributions.export(java.util.Set.of(hers)));
            assertThat(exported).as("her data export names her files")
                    .extracting(c -> c.kind() + ":" + c.text())
                    .contains("sujet:Un banc", "pièce jointe:plan du banc.png (PNG, " + plan.length + " octets), jointe au sujet « Un banc »",
                            "sujet:Sans pièce jointe", "pièce jointe:plan.png (PNG, " + plan.length + " octets), jointe au sujet « Le même plan »")
                    .filteredOn(line -> line.startsWith("pièce jointe:")).as("one line per file, none for the subject without").hasSize(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
    void aNewFileGoesAgainWhenTheProposalsTransactionFailsAtItsCommit(String name, DataSource dataSource) {
        try (FabriqueFixture f = new FabriqueFixture(dataSource)) {
            Assembly bissy = f.council("bissy");
            Actor camille = f.member(bissy, "camille@example.org", "Camille Martin");
            Sujet sujet = f.tx(em -> f.debat.propose(camille, "bissy", proposition("Un banc"),
                    new PieceJointe.Envoi("plan.png", new ByteArrayInputStream(SampleFiles.png()))));
            assertThat(f.storedFiles()).isEqualTo(1);

            f.debat.attachments.rolledBack(f.filesKept.fired.getFirst());

            assertThat(f.storedFiles()).isZero();
            assertThat(f.files.file(sujet.attachment().orElseThrow().hash())).isEmpty();
        }
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                bad("a Windows executable named as a PDF", "notice.pdf", SampleFiles.windowsExecutable(), "refusal.document.type"),
                bad("an ELF executable", "outil.txt", SampleFiles.elfExecutable(), "refusal.document.type"),
                bad("an HTML page named as a PDF", "piege.pdf", SampleFiles.html(), "refusal.document.type"),
                bad("an SVG image", "dessin.png", SampleFiles.svg(), "refusal.document.type"),
                bad("a PDF named as a Word file", "guide.docx", SampleFiles.guidePdf(), "refusal.document.contradictsName"),
                bad("a decompression bomb in a DOCX", "bombe.docx", SampleFiles.zipBombDocx(), "refusal.document.bomb"),
                bad("a decompression bomb in an ODT", "bombe.odt", SampleFiles.zipBombOdt(), "refusal.document.bomb"),
                bad("an empty file", "vide.pdf", new byte[0], "refusal.document.empty"),
                bad("a file past the size limit", "gros.txt", large(), "refusal.document.tooLarge"),
                bad("a name with a path", "../../etc/passwd.txt", "texte".getBytes(), "refusal.document.name.separator"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aRefusedFileIsAProblemOfTheAttachmentFieldAndLeavesNeitherSubjectNorFile(String kind, String fileName, byte[] content, String key) {
        DataSource h2 = (DataSource) fr.chambery.cqc.core.persistence.BothDatabases.h2AndPostgres().toList().getFirst().get()[1];
        try (FabriqueFixture f = new FabriqueFixture(h2)) {
            Assembly bissy = f.council("bissy");
            Actor camille = f.member(bissy, "camille@example.org", "Camille Martin");

            assertThatThrownBy(() -> f.tx(em -> f.debat.propose(camille, "bissy", proposition("Un banc"),
                    new PieceJointe.Envoi(fileName, new ByteArrayInputStream(content)))))
                    .isInstanceOfSatisfying(SaisieRefusee.class, refused -> assertThat(refused.problems())
                            .extracting(Probleme::field, Probleme::key)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("attachment", key)));
            assertThat(f.count("Sujet")).isZero();
            assertThat(f.storedFiles()).as("no file kept").isZero();
            assertThat(f.stagedFiles()).as("no part left in the staging area").isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
    void aGoodFileWithAFormInErrorIsNotKeptAndABadOneIsToldWithTheFormsOtherProblems(String name, DataSource dataSource) {
        try (FabriqueFixture f = new FabriqueFixture(dataSource)) {
            Assembly bissy = f.council("bissy");
            Actor camille = f.member(bissy, "camille@example.org", "Camille Martin");

            assertThatThrownBy(() -> f.tx(em -> f.debat.propose(camille, "bissy", new Proposition(" ", "Une description.", "AUTRE", null),
                    new PieceJointe.Envoi("plan.png", new ByteArrayInputStream(SampleFiles.png())))))
                    .isInstanceOfSatisfying(SaisieRefusee.class, refused -> assertThat(refused.problems())
                            .extracting(Probleme::field).containsExactly("title"));
            assertThatThrownBy(() -> f.tx(em -> f.debat.propose(camille, "bissy", new Proposition(" ", "Une description.", "AUTRE", null),
                    new PieceJointe.Envoi("notice.pdf", new ByteArrayInputStream(SampleFiles.windowsExecutable())))))
                    .isInstanceOfSatisfying(SaisieRefusee.class, refused -> assertThat(refused.problems())
                            .extracting(Probleme::field).containsExactly("title", "attachment"));
            assertThat(f.count("Sujet")).isZero();
            assertThat(f.storedFiles()).isZero();
            assertThat(f.stagedFiles()).isZero();
        }
    }

    private static Proposition proposition(String title) {
        return new Proposition(title, "Une description.", "CADRE_DE_VIE", null);
    }

    private static byte[] large() {
        byte[] text = new byte[1024 * 1024 + 1];
        Arrays.fill(text, (byte) 'a');
        return text;
    }

    private static Arguments bad(String kind, String fileName, byte[] content, String key) {
        return Arguments.of(Named.of(kind, kind), fileName, content, key);
    }
}
