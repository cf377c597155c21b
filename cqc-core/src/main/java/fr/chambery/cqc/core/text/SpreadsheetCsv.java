package fr.chambery.cqc.core.text;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;

/**
 * The one writer of every CSV file the application hands out (the members' export, and any export to
 * come): {@code ;}-separated UTF-8 with a BOM, what French spreadsheets open as is, written by Commons CSV.
 * What people typed never runs as a formula when the file is opened in a spreadsheet (CSV injection, as
 * OWASP describes it): every cell is quoted, inner quotes doubled, so a separator or a line break stays
 * inside its cell; and a text whose first character, or first character after leading blanks, is {@code =},
 * {@code +}, {@code -}, {@code @} (or their full-width forms), a tab or a carriage return is prefixed with a single quote, which the
 * spreadsheet shows as text. Numbers and dates passed as such ({@link Number}, {@link TemporalAccessor})
 * are written as they are: a column of amounts keeps its negative values.
 * <p>
 * Usage: {@code try (SpreadsheetCsv csv = SpreadsheetCsv.open(out, "nom", "e-mail")) { csv.row(name, email); }}
 */
public final class SpreadsheetCsv implements Closeable {

    /** OWASP's list, and the full-width forms some spreadsheets read the same way. */
    private static final String FORMULA_STARTS = "=+-@\t\r\uff1d\uff0b\uff0d\uff20";

    private final CSVPrinter printer;

    private SpreadsheetCsv(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Starts a file on {@code out} (left open for the caller to close) with its header row. */
    public static SpreadsheetCsv open(OutputStream out, String... header) {
        try {
            OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\ufeff');
            CSVFormat format = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').setQuoteMode(QuoteMode.ALL)
                    .setHeader(Arrays.stream(header).map(SpreadsheetCsv::neutralise).toArray(String[]::new)).get();
            return new SpreadsheetCsv(new CSVPrinter(writer, format));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts an open-data file on {@code out}: comma-separated UTF-8 without a BOM, lines ended by CR LF, as RFC
     * 4180 and data.gouv.fr expect; cells are written as by {@link #open}.
     */
    public static SpreadsheetCsv rfc4180(OutputStream out, String... header) {
        try {
            OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVFormat format = CSVFormat.Builder.create(CSVFormat.RFC4180).setQuoteMode(QuoteMode.ALL)
                    .setHeader(Arrays.stream(header).map(SpreadsheetCsv::neutralise).toArray(String[]::new)).get();
            return new SpreadsheetCsv(new CSVPrinter(writer, format));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row; {@code null} is an empty cell. */
    public void row(Object... cells) {
        try {
            printer.printRecord(Arrays.stream(cells).map(SpreadsheetCsv::cell).toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof TemporalAccessor) {
            return value.toString();
        }
        return neutralise(value.toString());
    }

    /** The text as a spreadsheet will show it, never as a formula. */
    static String neutralise(String text) {
        int first = 0;
        while (first < text.length() && (Character.isWhitespace(text.charAt(first)) || Character.isSpaceChar(text.charAt(first)))) {
            first++;
        }
        return startsAsFormula(text) || startsAsFormula(text.substring(first)) ? "'" + text : text;
    }

    private static boolean startsAsFormula(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    /** Flushes the file; the stream it was opened on stays open. */
    @Override
    public void close() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
