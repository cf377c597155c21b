package fr.chambery.cqc.bench.dataset;

import fr.chambery.cqc.bench.dataset.fabrique.FabriqueSlice;
import fr.chambery.cqc.core.association.AssociationsComponent;
import fr.chambery.cqc.core.document.DocumentsComponent;
import fr.chambery.cqc.core.fabrique.FabriqueComponent;
import fr.chambery.cqc.core.meeting.MeetingsComponent;
import fr.chambery.cqc.core.membership.MembershipComponent;
import fr.chambery.cqc.core.persistence.DatabaseMigrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator on the application's real schema (Flyway's migrations), on H2 and on PostgreSQL: every
 * row lands, the constraints hold, and the fixed seed gives both databases the same content. Each component
 * contributes its slice; the generator itself names none.
 */
class DatasetGeneratorTest {

    private static final DatasetCounts SMALL = new DatasetCounts(3, 2,
            Map.of("meeting", 120, "document", 40, "association", 300, "membership", 90, "fabrique_subject", 40));
    private static final Path SOURCE = Path.of("src/main/java/fr/chambery/cqc/bench/dataset/DatasetGenerator.java");

    @Test
    void loadsTheSameRowsIntoH2AndPostgresql() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            List<String> fromH2 = load(h2);
            List<String> fromPostgres = load(postgres.getPostgresDatabase());
            assertThat(fromH2).isEqualTo(fromPostgres).isNotEmpty();
        }
    }

    @Test
    void eachComponentContributesItsSliceFoundOnTheClassPathInItsOrder() {
        List<DatasetSlice.Declaration> slices = DatasetSlices.all().stream().map(DatasetSlice::declaration).toList();
        assertThat(slices).extracting(DatasetSlice.Declaration::table).containsExactly("meeting", "document", "association", "membership", "fabrique_subject");
        assertThat(slices).extracting(DatasetSlice.Declaration::componentKey).containsExactly(
                MeetingsComponent.KEY, DocumentsComponent.KEY, AssociationsComponent.KEY, MembershipComponent.KEY, FabriqueComponent.KEY);
        assertThat(DatasetSize.X100.counts().rows()).containsOnlyKeys("meeting", "document", "association", "membership", "fabrique_subject")
                .containsEntry("association", 200_000).containsEntry("fabrique_subject", 100_000);
        assertThat(DatasetSize.X1.counts().isEmpty()).isTrue();
    }

    @Test
    void theGeneratorNamesNoComponentOnlyTheSlicesDo() throws IOException {
        String generator = Files.readString(SOURCE);
        for (DatasetSlice slice : DatasetSlices.all()) {
            DatasetSlice.Declaration declared = slice.declaration();
            assertThat(generator).as(declared.componentKey()).doesNotContain("\"" + declared.componentKey() + "\"")
                    .doesNotContain("\"" + declared.table() + "\"").doesNotContain(slice.getClass().getSimpleName());
        }
        assertThat(generator).doesNotContain("import fr.chambery.cqc.core.");
    }

    private static List<String> load(DataSource dataSource) throws SQLException {
        DatabaseMigrations.migrate(dataSource);
        try (Connection db = dataSource.getConnection()) {
            new DatasetGenerator(db, smallSlices()).load(SMALL);
            assertThat(DatasetGenerator.counts(db)).as("two councils' fabrique of 20 subjects: a plénière and 67 members each")
                    .isEqualTo("9 assembly, 122 meeting, 40 document, 300 association, 224 membership, 40 fabrique_subject");
            List<String> content = new ArrayList<>();
            try (Statement s = db.createStatement()) {
                content.addAll(column(s, "SELECT a.slug || ' ' || COALESCE(p.slug, '-') FROM assembly a LEFT JOIN assembly p ON p.id = a.parent_id ORDER BY a.slug"));
                content.addAll(column(s, "SELECT name || ' ' || status FROM association ORDER BY identity_key"));
                content.addAll(column(s, "SELECT title FROM meeting ORDER BY starts_at, title"));
                content.addAll(column(s, "SELECT title || ' ' || theme || ' ' || state || ' ' || COALESCE(author_label, '-') FROM fabrique_subject ORDER BY id"));
                content.addAll(column(s, "SELECT CAST(subject_id AS VARCHAR(20)) || ' ' || CAST(membership_id AS VARCHAR(20)) FROM fabrique_support ORDER BY id"));
                content.addAll(column(s, "SELECT CAST(COUNT(*) AS VARCHAR(20)) FROM fabrique_comment WHERE parent_id IS NOT NULL"));
                content.addAll(column(s, "SELECT d.title || ' ' || v.file_name FROM document d JOIN document_version v ON v.document_id = d.id "
                        + "JOIN document_index i ON i.document_id = d.id ORDER BY d.title, v.file_name"));
                List<String> enabled = column(s, "SELECT component_key || COUNT(*) FROM assembly_component GROUP BY component_key ORDER BY component_key");
                assertThat(enabled).as("each component enabled on the kinds of space its slice asks for: 3 parents, 6 councils")
                        .containsExactly("associations6", "documents9", "fabrique6", "meetings9", "membership6");
                content.addAll(enabled);
            }
            return content;
        }
    }

    /** Every slice, the fabrique's with councils of 20 subjects rather than 1,000 (the same code, a tenth of a second). */
    static List<DatasetSlice> smallSlices() {
        return DatasetSlices.all().stream().map(slice -> slice instanceof FabriqueSlice ? new FabriqueSlice(20) : slice).toList();
    }

    static List<String> column(Statement s, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        return values;
    }
}
