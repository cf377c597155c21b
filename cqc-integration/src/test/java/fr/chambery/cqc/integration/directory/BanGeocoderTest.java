package fr.chambery.cqc.integration.directory;

import fr.chambery.cqc.core.association.AddressLocator;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The BAN's /search answer shape: the first feature's street and score, in Chambéry only. */
class BanGeocoderTest {

    @Test
    void readsTheStreetAndScoreOfTheFirstFeatureInChambery() {
        String answer = """
                {"type":"FeatureCollection","version":"draft","features":[{"type":"Feature",
                 "geometry":{"type":"Point","coordinates":[5.9186,45.5646]},
                 "properties":{"label":"8 Chemin Fictif 73000 Chambéry","score":0.87,"housenumber":"8","id":"73065_1234_00008",
                  "name":"8 Chemin Fictif","postcode":"73000","citycode":"73065","city":"Chambéry","context":"73, Savoie",
                  "type":"housenumber","street":"Chemin Fictif"}}],"query":"8 ch fictif chambery"}""";
        assertThat(BanGeocoder.parse(answer.getBytes(StandardCharsets.UTF_8)))
                .contains(new AddressLocator.Located("Chemin Fictif", 0.87));
    }

    @Test
    void ignoresOtherCommunesEmptyAnswersAndNonsense() {
        assertThat(BanGeocoder.parse("""
                {"features":[{"properties":{"street":"Rue de Paris","score":0.9,"citycode":"75056"}}]}""".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(BanGeocoder.parse("{\"features\":[]}".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(BanGeocoder.parse("<html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }
}
