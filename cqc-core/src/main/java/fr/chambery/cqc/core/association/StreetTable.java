package fr.chambery.cqc.core.association;

import fr.chambery.cqc.core.text.SearchText;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
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
import java.util.List;
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

    /** Below this score, a located street is not trusted: the association waits in the review list. */
    static final double TRUSTED_SCORE = 0.6;

    @Inject
    Instance<AddressLocator> locators;

    private final Map<String, String> quartierByStreet = new HashMap<>();
    private List<AddressLocator> extraLocators = List.of();

    @PostConstruct
    void load() {
        file.filter(f -> !f.isBlank()).map(Path::of).filter(Files::isRegularFile).ifPresent(this::read);
    }

    public static StreetTable of(Map<String, String> streets, AddressLocator... locators) {
        StreetTable table = new StreetTable();
        table.extraLocators = List.of(locators);
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

    /**
     * The quartier of the first known street the address names; else, of the street a locator (the
     * geocoder) finds in it with a score of {@value #TRUSTED_SCORE} or more.
     */
    public Optional<String> quartierOf(String address) {
        if (address == null) {
            return Optional.empty();
        }
        Optional<String> written = written(address);
        if (written.isPresent()) {
            return written;
        }
        List<AddressLocator> all = new java.util.ArrayList<>(extraLocators);
        if (locators != null) {
            locators.forEach(all::add);
        }
        for (AddressLocator locator : all) {
            Optional<String> located = locator.locate(address).filter(l -> l.score() >= TRUSTED_SCORE).flatMap(l -> written(l.street()));
            if (located.isPresent()) {
                return located;
            }
        }
        return Optional.empty();
    }

    private Optional<String> written(String address) {
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
