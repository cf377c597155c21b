package fr.chambery.cqc.integration.directory;

import fr.chambery.cqc.core.association.AddressLocator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The street of an address from a geocoder answering like the BAN's {@code /search} (GeoJSON features
 * whose {@code properties} hold {@code street} or {@code name}, {@code score} and {@code citycode}),
 * limited to Chambéry. Off unless {@code cqc.directory.geocoder.url} is set; a geocoder that fails only
 * leaves the association to the review list.
 */
@ApplicationScoped
public class BanGeocoder implements AddressLocator {

    private static final Logger LOG = Logger.getLogger(BanGeocoder.class.getName());

    @Inject
    @ConfigProperty(name = "cqc.directory.geocoder.url")
    Optional<String> baseUrl;

    @Inject
    ResilientHttp http;

    @Override
    public Optional<Located> locate(String address) {
        if (baseUrl.filter(u -> !u.isBlank()).isEmpty() || address == null || address.isBlank()) {
            return Optional.empty();
        }
        String url = baseUrl.get().replaceAll("/+$", "") + "/search?limit=1&citycode=" + RnaFile.CHAMBERY
                + "&q=" + URLEncoder.encode(address, StandardCharsets.UTF_8);
        try {
            return parse(http.fetch(url, null, null).body());
        } catch (RuntimeException e) {
            LOG.fine(() -> "Geocoder unavailable: " + e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** The first feature's street (or name, for a street-level answer) and score, in Chambéry. */
    static Optional<Located> parse(byte[] body) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            JsonArray features = reader.readObject().getJsonArray("features");
            if (features == null || features.isEmpty()) {
                return Optional.empty();
            }
            JsonObject properties = features.getJsonObject(0).getJsonObject("properties");
            if (properties == null || !RnaFile.CHAMBERY.equals(properties.getString("citycode", ""))) {
                return Optional.empty();
            }
            String street = properties.getString("street", properties.getString("name", ""));
            double score = properties.containsKey("score") ? properties.getJsonNumber("score").doubleValue() : 0;
            return street.isBlank() ? Optional.empty() : Optional.of(new Located(street, score));
        } catch (JsonException | ClassCastException e) {
            return Optional.empty();
        }
    }
}
