package fr.chambery.cqc.integration.directory;

import fr.chambery.cqc.core.association.DirectoryRecord;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import org.apache.commons.csv.CSVRecord;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A structured export of the directory: a JSON array of associations (or an object holding one under
 * {@code associations}), read with JSON-P's streaming parser; or {@code ;}-separated CSV, read with
 * Commons CSV, in UTF-8 with or without BOM or in ISO-8859-1 (told apart by the bytes), quoted fields
 * with line breaks allowed. Fields by name: id, rna, nom, theme, quartier, objet, adresse, code_postal,
 * telephone, email, site_web, url.
 */
public class ExportDirectorySource implements DirectorySource {

    private static final List<String> REQUIRED_CSV = List.of("nom");

    private final String url;
    private final Fetcher fetcher;

    public ExportDirectorySource(String url, Fetcher fetcher) {
        this.url = url;
        this.fetcher = fetcher;
    }

    @Override
    public String key() {
        return "export";
    }

    @Override
    public void read(RecordSink sink) {
        byte[] bytes = fetcher.get(url);
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        int first = start;
        while (first < bytes.length && Character.isWhitespace(bytes[first])) {
            first++;
        }
        if (first < bytes.length && (bytes[first] == '[' || bytes[first] == '{')) {
            readJson(bytes, start, sink);
        } else {
            readCsv(bytes, start, sink);
        }
    }

    private void readJson(byte[] bytes, int start, RecordSink sink) {
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(bytes, start, bytes.length - start))) {
            JsonParser.Event event = parser.next();
            if (event == JsonParser.Event.START_OBJECT) {
                JsonObject root = parser.getObject();
                if (!root.containsKey("associations") || root.get("associations").getValueType() != JsonValue.ValueType.ARRAY) {
                    throw new SourceException("L'export " + url + " n'est pas un annuaire : il ne contient pas de liste « associations ».");
                }
                var array = root.getJsonArray("associations");
                sink.expect(array.size());
                array.forEach(v -> sink.accept(fromJson(v)));
                return;
            }
            if (event != JsonParser.Event.START_ARRAY) {
                throw new SourceException("L'export " + url + " n'est pas un annuaire (JSON inattendu).");
            }
            while (parser.hasNext()) {
                JsonParser.Event next = parser.next();
                if (next == JsonParser.Event.END_ARRAY) {
                    return;
                }
                if (next != JsonParser.Event.START_OBJECT) {
                    throw new SourceException("L'export " + url + " n'est pas un annuaire : ses éléments ne sont pas des associations.");
                }
                sink.accept(fromJson(parser.getObject()));
            }
            throw new IncompleteSourceException("L'export JSON " + url + " est tronqué : la liste des associations n'est pas refermée.");
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            throw new IncompleteSourceException("L'export JSON " + url + " est tronqué ou mal formé à la ligne " + at.getLineNumber()
                    + ", colonne " + at.getColumnNumber() + " : le document n'est pas refermé correctement.", e);
        } catch (JsonException e) {
            throw new IncompleteSourceException("L'export JSON " + url + " est illisible : lecture incomplète.", e);
        }
    }

    private DirectoryRecord fromJson(JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new SourceException("L'export " + url + " n'est pas un annuaire : ses éléments ne sont pas des associations.");
        }
        JsonObject o = value.asJsonObject();
        return new DirectoryRecord(string(o, "id"), string(o, "rna"), string(o, "nom"), string(o, "theme"), string(o, "quartier"),
                string(o, "objet"), string(o, "adresse"), string(o, "code_postal"), string(o, "telephone"), string(o, "email"),
                string(o, "site_web"), string(o, "url"));
    }

    private static String string(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return v.getValueType() == JsonValue.ValueType.STRING ? o.getString(key) : v.toString();
    }

    private void readCsv(byte[] bytes, int start, RecordSink sink) {
        Charset charset = start == 3 || isUtf8(bytes) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes, start, bytes.length - start), charset)) {
            WholeCsv.read(reader, "L'export CSV " + url, header -> {
                if (header == null || !header.keySet().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList().containsAll(REQUIRED_CSV)) {
                    throw new SourceException("L'export " + url + " n'est pas un annuaire : pas de colonne « nom ».");
                }
            }, row -> sink.accept(new DirectoryRecord(get(row, "id"), get(row, "rna"), get(row, "nom"), get(row, "theme"), get(row, "quartier"),
                    get(row, "objet"), get(row, "adresse"), get(row, "code_postal"), get(row, "telephone"), get(row, "email"),
                    get(row, "site_web"), get(row, "url"))));
        } catch (IOException e) {
            throw new IncompleteSourceException("L'export CSV " + url + " est illisible (" + e.getClass().getSimpleName() + ").", e);
        }
    }

    private static String get(CSVRecord row, String column) {
        return row.isMapped(column) && row.isSet(column) ? row.get(column) : null;
    }

    /** Whether the bytes decode as UTF-8 without error; ISO-8859-1 text with accents does not. */
    static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
