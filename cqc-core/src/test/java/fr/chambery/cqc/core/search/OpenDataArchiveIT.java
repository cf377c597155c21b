package fr.chambery.cqc.core.search;

import fr.chambery.cqc.core.search.SpacesPublicContent;
import fr.chambery.cqc.core.association.AssociationsPublicContent;
import fr.chambery.cqc.core.document.DocumentsPublicContent;
import fr.chambery.cqc.core.meeting.MeetingsPublicContent;
import fr.chambery.cqc.core.opendata.OpenDataArchive;
import fr.chambery.cqc.core.persistence.BothDatabases;
import fr.chambery.cqc.core.persistence.DatabaseMigrations;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManagerFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The open-data archive built from the search corpus, on H2 and PostgreSQL: every file parses, the data
 * package describes every column of every file, and no file holds personal data.
 */
class OpenDataArchiveIT {

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");

    private static Map<String, String> archive(DataSource dataSource) throws IOException {
        DatabaseMigrations.migrate(dataSource);
        EntityManagerFactory emf = BothDatabases.unit(dataSource);
        try {
            BothDatabases.inTransaction(emf, em -> new SearchCorpus(em).build());
            byte[] zip = BothDatabases.inTransaction(emf, em -> new OpenDataArchive(List.of(new SpacesPublicContent(em),
                    new MeetingsPublicContent(em), new DocumentsPublicContent(em), new AssociationsPublicContent(em)),
                    Optional.of("https://participer.example.org/")).build());
            byte[] again = BothDatabases.inTransaction(emf, em -> new OpenDataArchive(List.of(new AssociationsPublicContent(em),
                    new DocumentsPublicContent(em), new MeetingsPublicContent(em), new SpacesPublicContent(em)),
                    Optional.of("https://participer.example.org/")).build());
            assertThat(again).as("the same data gives the same bytes, hence the same ETag").isEqualTo(zip);
            Map<String, String> files = new LinkedHashMap<>();
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return files;
        } finally {
            emf.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
    void everyFileParsesAndTheDataPackageDescribesEveryColumn(String name, DataSource dataSource) throws IOException {
        Map<String, String> files = archive(dataSource);
        assertThat(files.keySet()).containsExactlyInAnyOrder("associations.csv", "associations.json", "documents.csv", "documents.json",
                "espaces.csv", "espaces.json", "rencontres.csv", "rencontres.json", "datapackage.json", "LICENCE.txt");
        assertThat(files.get("LICENCE.txt")).contains("Licence Ouverte", "2.0", "etalab");
        JsonObject datapackage = Json.createReader(new StringReader(files.get("datapackage.json"))).readObject();
        assertThat(datapackage.getJsonArray("licenses").getJsonObject(0).getString("name")).isEqualTo("etalab-2.0");
        JsonArray resources = datapackage.getJsonArray("resources");
        assertThat(resources).hasSize(8);
        for (JsonValue value : resources) {
            JsonObject resource = value.asJsonObject();
            String path = resource.getString("path");
            List<String> described = resource.getJsonObject("schema").getJsonArray("fields").stream()
                    .map(f -> f.asJsonObject().getString("name")).toList();
            resource.getJsonObject("schema").getJsonArray("fields").forEach(f ->
                    assertThat(f.asJsonObject().getString("description")).as(path).isNotBlank());
            String content = files.get(path);
            assertThat(content).as(path).isNotNull();
            if (path.endsWith(".csv")) {
                assertThat(content).as("no BOM").doesNotStartWith("\ufeff");
                try (CSVParser csv = CSVParser.parse(content, CSVFormat.RFC4180.builder().setHeader().get())) {
                    assertThat(csv.getHeaderNames()).as(path).containsExactlyElementsOf(described);
                    List<CSVRecord> records = csv.getRecords();
                    assertThat(records).as(path).isNotEmpty();
                    records.forEach(r -> assertThat(r.size()).as(path).isEqualTo(described.size()));
                }
            } else {
                JsonArray rows = Json.createReader(new StringReader(content)).readArray();
                assertThat(rows).as(path).isNotEmpty();
                rows.forEach(r -> assertThat(r.asJsonObject().keySet()).as(path).containsExactlyElementsOf(described));
            }
        }
        assertThat(files.get("documents.csv")).as("download links, absolute")
                .contains("https://participer.example.org/files/").doesNotContain("Brouillon");
        assertThat(files.get("espaces.csv")).contains("Conseil de quartier de Bissy").doesNotContain("Conseil en préparation", "Sous-espace");
        assertThat(files.get("rencontres.json")).contains("Plénière annulée").doesNotContain("Jardin en brouillon", "Jardin du conseil caché");
        assertThat(files.get("associations.json")).contains("Les Amis du Jardin").doesNotContain("Jardin Retiré");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
    void noFileHoldsAnEmailAddressAPhoneNumberOrAMembersName(String name, DataSource dataSource) throws IOException {
        archive(dataSource).forEach((file, content) -> {
            assertThat(EMAIL.matcher(content).find()).as(file + " holds an e-mail address").isFalse();
            assertThat(content).as(file).doesNotContain(SearchCorpus.MEMBER_NAME, "Bergamote", SearchCorpus.ASSOCIATION_PHONE,
                    "12 rue des Lilas", "moderatrice");
        });
    }
}
