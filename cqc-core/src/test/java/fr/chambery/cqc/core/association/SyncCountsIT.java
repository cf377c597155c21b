package fr.chambery.cqc.core.association;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;

import static fr.chambery.cqc.core.association.SyncFixture.record;
import static org.assertj.core.api.Assertions.assertThat;

/** What a run counts and keeps, on H2 and PostgreSQL: a placement moved by a new street table, an objet's line breaks. */
class SyncCountsIT {

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
    void aPlacementChangedByANewStreetTableCountsAsUpdated(String name, DataSource dataSource) {
        try (SyncFixture f = new SyncFixture(dataSource)) {
            long laurier = f.council("laurier", "CQC Laurier");
            List<DirectoryRecord> club = List.of(record("2", "Club de basket", null, "21 avenue Imaginaire, 73000 Chambéry", "Basket"));
            f.run(club, true);
            assertThat(f.named("Club de basket").quartierSource()).isEqualTo(QuartierSource.A_REVOIR);

            f.sync.streets = StreetTable.of(Map.of("avenue Imaginaire", "Laurier"));
            SyncRun withTable = f.run(club, true);

            assertThat(List.of(withTable.created(), withTable.updated(), withTable.unchanged())).containsExactly(0, 1, 0);
            assertThat(f.named("Club de basket").quartierId()).contains(laurier);
            assertThat(f.named("Club de basket").quartierSource()).isEqualTo(QuartierSource.RUE);
            SyncRun again = f.run(club, true);
            assertThat(List.of(again.updated(), again.unchanged())).as("placed the same way: unchanged").containsExactly(0, 1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
    void thePurposeKeepsItsLineBreaks(String name, DataSource dataSource) {
        try (SyncFixture f = new SyncFixture(dataSource)) {
            f.council("bissy", "CQC Bissy");
            f.run(List.of(record("1", "Épicerie solidaire", "Bissy", null,
                    "  Entraide\u00a0 et épicerie\r\n\r\n\r\n- aide aux devoirs\r- sorties\n\n")), true);

            assertThat(f.named("Épicerie solidaire").purpose()).isEqualTo("Entraide et épicerie\n\n- aide aux devoirs\n- sorties");
        }
    }
}
