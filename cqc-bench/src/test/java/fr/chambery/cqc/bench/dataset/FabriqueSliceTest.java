package fr.chambery.cqc.bench.dataset;

import fr.chambery.cqc.bench.dataset.fabrique.FabriqueSlice;
import fr.chambery.cqc.core.fabrique.EtatSujet;
import fr.chambery.cqc.core.fabrique.Theme;
import fr.chambery.cqc.core.persistence.DatabaseMigrations;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.chambery.cqc.bench.dataset.DatasetGeneratorTest.column;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fabrique's slice on the application's real schema: each loaded council holds its subjects, ten supports a
 * subject, comments with one level of replies, a closed priorisation tied to its plénière and a programme; and the
 * rules the application enforces when members act hold for the generated rows too (no member over the round's N,
 * one support per member and subject, only confirmed members of the council, no support on a hidden subject or
 * one proposed after the close).
 */
class FabriqueSliceTest {

    private static final int PER_COUNCIL = 40;
    private static final DatasetCounts THREE_COUNCILS = new DatasetCounts(3, 3, Map.of("fabrique_subject", 3 * PER_COUNCIL));

    private static Connection db;
    private static Statement s;

    @BeforeAll
    static void load() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1");
        DatabaseMigrations.migrate(h2);
        db = h2.getConnection();
        new DatasetGenerator(db, List.of(new FabriqueSlice(PER_COUNCIL))).load(THREE_COUNCILS);
        s = db.createStatement();
    }

    @AfterAll
    static void close() throws SQLException {
        s.close();
        db.close();
    }

    @Test
    void atX100OneCouncilInSevenHoldsAThousandSubjectsAndTenThousandSupports() {
        FabriqueSlice slice = new FabriqueSlice();
        int subjects = slice.declaration().rowsAt(DatasetSize.X100);
        DatasetCounts x100 = DatasetSize.X100.counts();
        int councils = x100.parents() * x100.councilsPerParent();
        assertThat(subjects).isEqualTo(100_000);
        assertThat(slice.declaration().rowsAt(DatasetSize.X1)).as("x1 is the demo's own fabrique").isZero();
        assertThat(councils / slice.councilsFor(subjects, councils)).as("one council in seven").isEqualTo(7);
        assertThat(subjects / slice.councilsFor(subjects, councils)).isEqualTo(FabriqueSlice.SUBJECTS_PER_COUNCIL).isEqualTo(1_000);
        assertThat(FabriqueSlice.SUBJECTS_PER_COUNCIL * FabriqueSlice.SUPPORTS_PER_SUBJECT).isEqualTo(10_000);
    }

    @Test
    void theCouncilItsSameRunTableMeasuresBesideBissyIsOneItLoadedInFull() throws SQLException {
        FabriqueSlice slice = new FabriqueSlice(PER_COUNCIL);
        SpaceSlugs slugs = new SpaceSlugs(THREE_COUNCILS);
        List<String> loaded = column(s, "SELECT DISTINCT a.slug FROM fabrique_subject j JOIN assembly a ON a.id = j.assembly_id ORDER BY a.slug");
        assertThat(slice.loadedCouncils(3 * PER_COUNCIL, 9).stream().map(slugs::councilAt).toList())
                .as("the slugs it names are those of the councils it filled").containsExactlyElementsOf(loaded)
                .containsExactly("reseau-1-cqc-1", "reseau-2-cqc-1", "reseau-3-cqc-1");
        assertThat(slice.targets(slugs).sameRun()).singleElement().satisfies(table -> assertThat(table.pairs())
                .allSatisfy(pair -> assertThat(pair.generated().path()).contains("/" + slugs.middleNetwork() + "-cqc-1")
                        .doesNotContain(SpaceSlugs.DEMO_COUNCIL))
                .allSatisfy(pair -> assertThat(pair.demo().path()).contains("/" + SpaceSlugs.DEMO_COUNCIL)));

        SpaceSlugs x100 = new SpaceSlugs(DatasetSize.X100.counts());
        List<Integer> atX100 = new FabriqueSlice().loadedCouncils(x100.counts().rowsOf("fabrique_subject"), 700);
        assertThat(atX100.stream().map(x100::councilAt)).as("at x100, the middle network's first council is loaded in full")
                .contains("reseau-50-cqc-1").hasSize(100);
        assertThat(new FabriqueSlice().targets(x100).sameRun().getFirst().pairs().getFirst().generated().path())
                .isEqualTo("assemblies/reseau-50-cqc-1");
        assertThat(new FabriqueSlice().targets(new SpaceSlugs(DatasetSize.X1.counts())).sameRun()).as("x1 generates no council").isEmpty();
    }

    @Test
    void eachLoadedCouncilHoldsItsSubjectsTenSupportsASubjectItsCommentsAndItsProgramme() throws SQLException {
        assertThat(column(s, "SELECT CAST(COUNT(*) AS VARCHAR(9)) FROM fabrique_subject GROUP BY assembly_id"))
                .containsExactly("40", "40", "40");
        assertThat(column(s, "SELECT CAST(COUNT(*) AS VARCHAR(9)) FROM fabrique_support GROUP BY priorisation_id"))
                .containsExactly("400", "400", "400");
        assertThat(column(s, "SELECT DISTINCT theme FROM fabrique_subject ORDER BY theme"))
                .isSubsetOf(Arrays.stream(Theme.values()).map(Enum::name).toList()).hasSizeGreaterThan(2);
        assertThat(column(s, "SELECT DISTINCT state FROM fabrique_subject"))
                .isSubsetOf(Arrays.stream(EtatSujet.values()).map(Enum::name).toList()).contains("PROPOSE", "RETENU");
        assertThat(count("SELECT COUNT(*) FROM fabrique_comment WHERE parent_id IS NULL")).isGreaterThan(3 * PER_COUNCIL / 2);
        assertThat(count("SELECT COUNT(*) FROM fabrique_comment WHERE parent_id IS NOT NULL")).isPositive();
        assertThat(column(s, "SELECT CAST(COUNT(*) AS VARCHAR(9)) FROM fabrique_projet GROUP BY assembly_id")).containsExactly("12", "12", "12");
        assertThat(column(s, "SELECT DISTINCT status FROM fabrique_projet ORDER BY status"))
                .containsExactly("ABANDONNE", "A_L_ETUDE", "EN_COURS", "REALISE");
        assertThat(count("SELECT COUNT(*) FROM fabrique_projet_update")).isEqualTo(3 * 12 * FabriqueSlice.UPDATES_PER_PROJET);
        assertThat(count("SELECT COUNT(*) FROM fabrique_projet WHERE status = 'REALISE' AND (city_answer IS NULL OR progress <> 100)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM fabrique_in_room_count")).isEqualTo(3 * FabriqueSlice.IN_ROOM_COUNTS);
        assertThat(column(s, "SELECT component_key FROM assembly_component GROUP BY component_key")).containsExactly("fabrique");
        assertThat(count("SELECT COUNT(*) FROM assembly_component")).as("on every council, loaded or not").isEqualTo(9);
    }

    @Test
    void noMemberGivesMoreThanTheRoundsSupportsNorTwoToOneSubject() throws SQLException {
        assertThat(count("""
                SELECT COUNT(*) FROM (SELECT s.membership_id FROM fabrique_support s JOIN fabrique_priorisation p ON p.id = s.priorisation_id
                GROUP BY s.priorisation_id, s.membership_id, p.supports_per_member HAVING COUNT(*) > p.supports_per_member) over""")).isZero();
        assertThat(count("SELECT MAX(supports_per_member) FROM fabrique_priorisation")).isEqualTo(FabriqueSlice.SUPPORTS_PER_MEMBER);
        assertThat(count("""
                SELECT COUNT(*) FROM (SELECT membership_id FROM fabrique_support GROUP BY priorisation_id, membership_id, subject_id
                HAVING COUNT(*) > 1) twice""")).isZero();
    }

    @Test
    void everySupportIsAConfirmedMembersOfTheCouncilOnAVisibleSubjectProposedBeforeTheClose() throws SQLException {
        assertThat(count("""
                SELECT COUNT(*) FROM fabrique_support s JOIN fabrique_priorisation p ON p.id = s.priorisation_id
                JOIN fabrique_subject j ON j.id = s.subject_id JOIN membership m ON m.id = s.membership_id
                WHERE m.assembly_id <> p.assembly_id OR j.assembly_id <> p.assembly_id OR m.confirmed_at IS NULL
                   OR j.hidden_at IS NOT NULL OR j.state = 'RETIRE' OR j.proposed_at >= p.closes_at
                   OR s.given_at < p.opens_at OR s.given_at > p.closes_at""")).isZero();
        assertThat(count("SELECT COUNT(*) FROM fabrique_support WHERE membership_id IS NULL")).isZero();
    }

    @Test
    void theRoundIsClosedAtTheEndOfAPastPleniereOfItsCouncil() throws SQLException {
        assertThat(count("SELECT COUNT(*) FROM fabrique_priorisation")).isEqualTo(3);
        assertThat(count("""
                SELECT COUNT(*) FROM fabrique_priorisation p JOIN meeting m ON m.id = p.meeting_id
                WHERE m.type = 'PLENIERE' AND m.assembly_id = p.assembly_id AND p.closes_at = m.ends_at AND p.opens_at < p.closes_at
                  AND m.published_at IS NOT NULL AND p.closes_at < TIMESTAMP '2026-11-27 08:00:00'""")).isEqualTo(3);
    }

    @Test
    void repliesAreOneLevelDeepOnTheirParentsSubjectAndWrittenAfterIt() throws SQLException {
        assertThat(count("""
                SELECT COUNT(*) FROM fabrique_comment c JOIN fabrique_comment p ON p.id = c.parent_id
                WHERE p.parent_id IS NOT NULL OR p.subject_id <> c.subject_id OR c.written_at <= p.written_at""")).isZero();
        assertThat(count("""
                SELECT COUNT(*) FROM fabrique_comment c JOIN fabrique_subject j ON j.id = c.subject_id JOIN membership m ON m.id = c.author_membership_id
                WHERE m.assembly_id <> j.assembly_id OR c.written_at <= j.proposed_at""")).isZero();
    }

    @Test
    void eachProjetIsARetainedSubjectOfItsCouncilLinkedToThePleniere() throws SQLException {
        assertThat(count("""
                SELECT COUNT(*) FROM fabrique_projet p JOIN fabrique_subject j ON j.id = p.subject_id
                JOIN fabrique_priorisation r ON r.meeting_id = p.pleniere_id
                WHERE j.state = 'RETENU' AND j.assembly_id = p.assembly_id AND r.assembly_id = p.assembly_id""")).isEqualTo(36);
        assertThat(count("SELECT COUNT(*) FROM fabrique_subject WHERE state = 'RETENU'")).isEqualTo(36);
        assertThat(count("""
                SELECT COUNT(*) FROM fabrique_projet_meeting l JOIN fabrique_projet p ON p.id = l.projet_id
                WHERE l.meeting_id = p.pleniere_id""")).isEqualTo(36);
    }

    private static long count(String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
