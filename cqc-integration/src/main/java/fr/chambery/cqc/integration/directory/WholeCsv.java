package fr.chambery.cqc.integration.directory;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.EOFException;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipException;

/**
 * A {@code ;}-separated file with a header, read with Commons CSV record by record, that proves it was
 * read to its end: every record has the header's fields, and the last one ends with a line end. A file
 * cut anywhere (inside a quoted field, between two fields, after the last field, inside its zip entry)
 * throws an {@link IncompleteSourceException} saying, in French, where and how. A record reaches the
 * sink only once the next one (or the file's proven end) shows that it is whole.
 */
final class WholeCsv {

    private static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';').setHeader()
            .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();

    private WholeCsv() {
    }

    /**
     * Reads every record into the sink, after the header passed its check.
     *
     * @param what the file as named in a message: « Le fichier RNA », « L'export CSV https://… »
     * @return how many records were read
     */
    static long read(Reader content, String what, Consumer<Map<String, Integer>> checkHeader, Consumer<CSVRecord> sink) {
        LastCharacter tracked = new LastCharacter(content);
        long line = 1;
        CSVRecord pending = null;
        try (CSVParser csv = FORMAT.parse(tracked)) {
            Map<String, Integer> header = csv.getHeaderMap();
            checkHeader.accept(header);
            List<String> names = csv.getHeaderNames();
            Iterator<CSVRecord> records = csv.iterator();
            long count = 0;
            while (true) {
                line = csv.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                CSVRecord record = records.next();
                if (record.size() != names.size()) {
                    deliver(pending, sink);
                    throw new IncompleteSourceException(what + " est tronqué ou mal formé à la ligne " + line + " : " + record.size()
                            + " champs au lieu de " + names.size() + missing(names, record.size()) + ".");
                }
                if (pending != null) {
                    sink.accept(pending);
                    count++;
                }
                pending = record;
            }
            if (!tracked.endsWithLineEnd()) {
                throw new IncompleteSourceException(what + " est tronqué à la ligne " + Math.max(1, csv.getCurrentLineNumber())
                        + " : sa dernière ligne n'a pas de fin de ligne.");
            }
            if (pending != null) {
                sink.accept(pending);
                count++;
            }
            return count;
        } catch (UncheckedIOException e) {
            deliver(pending, sink);
            throw truncated(what, line, e.getCause());
        } catch (IOException e) {
            deliver(pending, sink);
            throw truncated(what, line, e);
        }
    }

    /** The record before the one that failed ended with its line end: it is whole. */
    private static void deliver(CSVRecord pending, Consumer<CSVRecord> sink) {
        if (pending != null) {
            sink.accept(pending);
        }
    }

    private static String missing(List<String> names, int size) {
        return size < names.size() ? " (colonnes manquantes : " + String.join(", ", names.subList(size, names.size())) + ")" : "";
    }

    private static IncompleteSourceException truncated(String what, long line, IOException cause) {
        String how;
        if (cause instanceof ZipException) {
            how = "l'archive ZIP est corrompue (taille ou somme de contrôle de son contenu incorrecte)";
        } else if (cause instanceof EOFException) {
            how = "l'archive ZIP s'arrête avant la fin de son contenu";
        } else if (cause instanceof CSVException && String.valueOf(cause.getMessage()).contains("EOF")) {
            how = "un champ entre guillemets n'est pas refermé";
        } else if (cause instanceof CSVException) {
            how = "ligne mal formée (guillemets mal placés)";
        } else {
            how = "lecture interrompue (" + cause.getClass().getSimpleName() + ")";
        }
        return new IncompleteSourceException(what + " est tronqué à la ligne " + line + " : " + how + ".", cause);
    }

    /** Remembers the last character read, to tell a file that ends with a line end from one cut short. */
    private static final class LastCharacter extends FilterReader {

        private int last = -1;

        LastCharacter(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                last = c;
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                last = buffer[offset + n - 1];
            }
            return n;
        }

        boolean endsWithLineEnd() {
            return last == '\n' || last == '\r';
        }
    }
}
