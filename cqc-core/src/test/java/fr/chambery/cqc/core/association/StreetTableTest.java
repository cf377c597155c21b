package fr.chambery.cqc.core.association;

import fr.chambery.cqc.core.association.AddressLocator.Located;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class StreetTableTest {

    private final AddressLocator geocoder = address -> switch (address) {
        case "Les Halles, 73000 Chambéry" -> Optional.of(new Located("Chemin Fictif", 0.82));
        case "Près de la gare" -> Optional.of(new Located("Avenue Imaginaire", 0.31));
        default -> Optional.empty();
    };

    private final StreetTable table = StreetTable.of(Map.of("chemin Fictif", "Bissy", "avenue Imaginaire", "Laurier",
            "rue de l'Illustration", "Centre"), geocoder);

    @Test
    void findsTheStreetAsWrittenWhateverItsCaseAccentsAndAbbreviations() {
        assertThat(table.quartierOf("8 CHEMIN FICTIF, 73000 Chambéry")).contains("Bissy");
        assertThat(table.quartierOf("21 av. Imaginaire")).contains("Laurier");
        assertThat(table.quartierOf("1 r de l’Illustration")).contains("Centre");
        assertThat(table.quartierOf("Boîte postale 42")).isEmpty();
        assertThat(table.quartierOf(null)).isEmpty();
    }

    @Test
    void asksTheGeocoderWhenTheAddressNamesNoKnownStreetAndTrustsOnlyAGoodScore() {
        assertThat(table.quartierOf("Les Halles, 73000 Chambéry")).contains("Bissy");
        assertThat(table.quartierOf("Près de la gare")).as("score 0.31: doubtful").isEmpty();
    }

    @Test
    void checksRecordsOneByOne() {
        DirectoryRecord base = new DirectoryRecord("1", null, "Les Amis du Laurier", null, "Laurier", null, null, null, null,
                "contact@amis.example.org", "amis.example.org", null);
        assertThat(CheckedRecord.check(base).record().orElseThrow().website()).isEqualTo("https://amis.example.org");
        assertThat(CheckedRecord.check(base).record().orElseThrow().identityKey()).isEqualTo("annuaire:1");
        assertThat(CheckedRecord.check(new DirectoryRecord(null, null, "Les Amis du Laurier", null, null, null, null, "73000", null, null, null, null))
                .record().orElseThrow().identityKey()).isEqualTo("nom:les amis du laurier|73000");
        assertThat(CheckedRecord.check(new DirectoryRecord("1", "X12", "A", null, null, null, null, null, null, null, null, null)).reason())
                .isEqualTo("numéro RNA mal formé : X12");
        assertThat(CheckedRecord.check(new DirectoryRecord("1", null, "A", null, null, null, null, null, null, null, "http://", null)).reason())
                .startsWith("site web mal formé");
        assertThat(CheckedRecord.check(new DirectoryRecord("1", null, "\u00a0 ", null, null, null, null, null, null, null, null, null)).reason())
                .isEqualTo("sans nom");
    }
}
