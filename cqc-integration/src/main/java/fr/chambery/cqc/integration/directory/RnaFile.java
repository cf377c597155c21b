package fr.chambery.cqc.integration.directory;

import fr.chambery.cqc.core.association.RnaEntry;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipInputStream;

/**
 * The national RNA file ({@code rna_waldec} layout: {@code ;}-separated, ISO-8859-1, zipped or not),
 * streamed line by line so that memory does not grow with its size, columns found by their header
 * name, keeping the associations of Chambéry (INSEE 73065). {@code 0001-01-01} is an empty date;
 * {@code position} D (dissolved) or S (deleted), or a dissolution date, mark an association dissolved.
 */
public final class RnaFile {

    public static final String CHAMBERY = "73065";
    private static final Set<String> REQUIRED = Set.of("id", "titre", "adrs_codeinsee", "position");
    private static final String NO_DATE = "0001-01-01";

    private RnaFile() {
    }

    /**
     * Reads the file, giving each Chambéry line to the sink; returns how many lines were read in all.
     *
     * @throws IncompleteSourceException when the file (or its zip entry) does not prove it was read to its end
     */
    public static long read(InputStream content, Consumer<RnaEntry> sink) {
        try (Reader reader = new InputStreamReader(unzipped(content), StandardCharsets.ISO_8859_1)) {
            return WholeCsv.read(reader, "Le fichier RNA", header -> {
                if (!header.keySet().containsAll(REQUIRED)) {
                    throw new SourceException("Le fichier RNA n'a pas les colonnes attendues (" + String.join(", ", REQUIRED)
                            + ") : ce n'est pas un fichier rna_waldec.");
                }
            }, row -> {
                if (!CHAMBERY.equals(row.get("adrs_codeinsee"))) {
                    return;
                }
                String disso = row.isMapped("date_disso") ? row.get("date_disso") : "";
                String position = row.get("position");
                boolean dissolved = "D".equalsIgnoreCase(position) || "S".equalsIgnoreCase(position)
                        || (!disso.isBlank() && !NO_DATE.equals(disso));
                sink.accept(new RnaEntry(row.get("id"), row.get("titre"), column(row, "objet"), street(row), column(row, "adrs_codepostal"),
                        dissolved));
            });
        } catch (IOException | UncheckedIOException e) {
            throw new IncompleteSourceException("Le fichier RNA est illisible ou tronqué avant sa première ligne ("
                    + e.getClass().getSimpleName() + ").", e);
        }
    }

    /** The seat's street line: number, repetition (B, T…), type of way and its name, as the file spells them. */
    private static String street(CSVRecord row) {
        StringBuilder line = new StringBuilder();
        for (String part : new String[] {"adrs_numvoie", "adrs_repetition", "adrs_typevoie", "adrs_libvoie"}) {
            String value = column(row, part);
            if (value != null) {
                line.append(line.isEmpty() ? "" : " ").append(value);
            }
        }
        return line.isEmpty() ? null : line.toString();
    }

    private static String column(CSVRecord row, String name) {
        if (!row.isMapped(name)) {
            return null;
        }
        String value = row.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    private static InputStream unzipped(InputStream content) throws IOException {
        BufferedInputStream in = new BufferedInputStream(content);
        in.mark(4);
        boolean zip = in.read() == 'P' && in.read() == 'K';
        in.reset();
        if (!zip) {
            return in;
        }
        ZipInputStream entries = new ZipInputStream(in);
        if (entries.getNextEntry() == null) {
            throw new SourceException("L'archive RNA est vide.");
        }
        return entries;
    }
}
