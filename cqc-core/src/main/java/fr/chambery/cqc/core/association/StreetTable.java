package fr.chambery.cqc.core.association;

import fr.chambery.cqc.core.document.SearchText;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The street-to-quartier table of {@code cqc.directory.streets-file} ({@code config/quartiers-rues.csv}:
 * {@code rue;quartier}): an address whose street is in it belongs to that quartier. Streets are compared
 * normalised (case, accents, « av. » and « avenue »).
 */
@ApplicationScoped
public class StreetTable {

    @Inject
    @ConfigProperty(name = "cqc.directory.streets-file")
    Optional<String> file;

    private final Map<String, String> quartierByStreet = new HashMap<>();

    @PostConstruct
    void load() {
        file.filter(f -> !f.isBlank()).map(Path::of).filter(Files::isRegularFile).ifPresent(this::read);
    }

    public static StreetTable of(Map<String, String> streets) {
        StreetTable table = new StreetTable();
        streets.forEach((street, quartier) -> table.quartierByStreet.put(normalize(street), quartier));
        return table;
    }

    private void read(Path path) {
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .setCommentMarker('#').setTrim(true).get();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(reader)) {
                quartierByStreet.put(normalize(row.get("rue")), row.get("quartier"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the street table " + path, e);
        }
    }

    /** The quartier of the first known street the address names. */
    public Optional<String> quartierOf(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String normalized = " " + normalize(address) + " ";
        return quartierByStreet.entrySet().stream()
                .filter(e -> normalized.contains(" " + e.getKey() + " "))
                .max(Map.Entry.comparingByKey(java.util.Comparator.comparingInt(String::length)))
                .map(Map.Entry::getValue);
    }

    static String normalize(String street) {
        return (" " + SearchText.normalize(street) + " ")
                .replace(" av ", " avenue ").replace(" bd ", " boulevard ").replace(" pl ", " place ")
                .replace(" ch ", " chemin ").replace(" r ", " rue ").strip();
    }
}
