package fr.chambery.cqc.core.opendata;

import fr.chambery.cqc.core.text.SpreadsheetCsv;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The open-data archive {@code cqc-open-data.zip}: for each {@link OpenDataSet} a CSV (RFC 4180) and a JSON
 * file of the same rows, a {@code datapackage.json} (Frictionless Data Package) describing every column, and
 * the licence, Etalab's Licence Ouverte 2.0. Built in the background and kept in memory; the same data gives
 * the same bytes, hence the same tag on every instance.
 */
@ApplicationScoped
public class OpenDataArchive {

    public static final String FILE_NAME = "cqc-open-data.zip";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);

    /** The archive as last built: its bytes, their tag, when. */
    public record Built(byte[] bytes, String etag, Instant builtAt) {
    }

    @Inject
    @Any
    Instance<OpenDataSet> deployed;

    @Inject
    @ConfigProperty(name = "cqc.public-url")
    Optional<String> publicUrl;

    private List<OpenDataSet> sets;
    private final AtomicReference<Built> current = new AtomicReference<>();

    protected OpenDataArchive() {
    }

    /** For tests outside CDI. */
    public OpenDataArchive(Collection<? extends OpenDataSet> sets, Optional<String> publicUrl) {
        this.sets = ordered(sets);
        this.publicUrl = publicUrl;
    }

    @PostConstruct
    void discover() {
        sets = ordered(deployed.stream().toList());
    }

    private static List<OpenDataSet> ordered(Collection<? extends OpenDataSet> sets) {
        Set<String> names = new HashSet<>();
        for (OpenDataSet set : sets) {
            if (!NAME.matcher(set.name()).matches() || !names.add(set.name())) {
                throw new IllegalStateException("Open-data file name malformed or declared twice: '" + set.name() + "'");
            }
        }
        return sets.stream().<OpenDataSet>map(s -> s).sorted(Comparator.comparing(OpenDataSet::name)).toList();
    }

    /** The files' sets, in the archive's order. */
    public List<OpenDataSet> sets() {
        return sets;
    }

    /** The licence's reference page. */
    public static String licenceUrl() {
        return DataPackage.LICENCE_URL;
    }

    /** The archive last built; empty until the first build is over. */
    public Optional<Built> current() {
        return Optional.ofNullable(current.get());
    }

    /** Builds the archive from the sets' rows now, and keeps it. */
    @Transactional
    public Built rebuild() {
        byte[] bytes = build();
        Built built = new Built(bytes, tag(bytes), Instant.now().truncatedTo(ChronoUnit.SECONDS));
        Built before = current.get();
        current.set(before != null && before.etag().equals(built.etag()) ? before : built);
        return current.get();
    }

    /** The ZIP's bytes. */
    public byte[] build() {
        String base = publicUrl.filter(u -> !u.isBlank()).map(u -> u.replaceAll("/+$", "")).orElse("");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (OpenDataSet set : sets) {
                List<List<Object>> rows = set.rows();
                rows.stream().filter(row -> row.size() != set.fields().size()).findFirst().ifPresent(row -> {
                    throw new IllegalStateException("Open data '" + set.name() + "': a row of " + row.size() + " values for "
                            + set.fields().size() + " fields");
                });
                entry(zip, set.name() + ".csv", o -> csv(o, set, rows, base));
                entry(zip, set.name() + ".json", o -> json(o, set, rows, base));
            }
            entry(zip, "datapackage.json", o -> DataPackage.write(o, sets, !base.isEmpty()));
            entry(zip, "LICENCE.txt", o -> o.write(DataPackage.LICENCE_TEXT.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private interface Content {
        void write(OutputStream out) throws IOException;
    }

    private static void entry(ZipOutputStream zip, String name, Content content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
        content.write(zip);
        zip.closeEntry();
    }

    private static void csv(OutputStream out, OpenDataSet set, List<List<Object>> rows, String base) {
        List<OpenDataField> fields = set.fields();
        SpreadsheetCsv csv = SpreadsheetCsv.rfc4180(out, fields.stream().map(OpenDataField::name).toArray(String[]::new));
        for (List<Object> row : rows) {
            Object[] cells = new Object[fields.size()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = text(fields.get(i), row.get(i), base);
            }
            csv.row(cells);
        }
        csv.close();
    }

    private static void json(OutputStream out, OpenDataSet set, List<List<Object>> rows, String base) {
        List<OpenDataField> fields = set.fields();
        JsonGenerator json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(new NonClosing(out), StandardCharsets.UTF_8);
        json.writeStartArray();
        for (List<Object> row : rows) {
            json.writeStartObject();
            for (int i = 0; i < fields.size(); i++) {
                OpenDataField field = fields.get(i);
                Object value = row.get(i);
                if (value == null) {
                    json.writeNull(field.name());
                } else if (value instanceof Boolean b) {
                    json.write(field.name(), b);
                } else if (value instanceof Long || value instanceof Integer) {
                    json.write(field.name(), ((Number) value).longValue());
                } else {
                    json.write(field.name(), text(field, value, base));
                }
            }
            json.writeEnd();
        }
        json.writeEnd();
        json.close();
    }

    /** A value as text: dates in ISO 8601, links absolute when the site's address is known. */
    private static String text(OpenDataField field, Object value, String base) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant.truncatedTo(ChronoUnit.SECONDS).toString();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (field.type() == OpenDataField.Type.LINK) {
            return base + value;
        }
        return value.toString();
    }

    private static String tag(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps the ZIP open when the JSON generator closes its stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
