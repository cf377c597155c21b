package fr.chambery.cqc.bench.dataset.meeting;

import fr.chambery.cqc.bench.dataset.DatasetSize;
import fr.chambery.cqc.bench.dataset.DatasetSlice;
import fr.chambery.cqc.bench.dataset.FrenchWords;
import fr.chambery.cqc.bench.dataset.GeneratedSpaces;
import fr.chambery.cqc.bench.dataset.SpaceSlugs;
import fr.chambery.cqc.bench.load.Target;
import fr.chambery.cqc.bench.load.Targets;
import fr.chambery.cqc.core.meeting.MeetingType;
import fr.chambery.cqc.core.meeting.MeetingsComponent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static fr.chambery.cqc.bench.dataset.FrenchWords.pick;
import static fr.chambery.cqc.bench.dataset.Rows.EPOCH;
import static fr.chambery.cqc.bench.dataset.Rows.batch;

/** Meetings over every space, councils first: a plenary in five, past and future, a few unpublished or cancelled. */
public final class MeetingsSlice implements DatasetSlice {

    private static final List<String> TYPES = List.of(MeetingType.PLENIERE.name(), MeetingType.GROUPE_DE_TRAVAIL.name(),
            MeetingType.COORDINATION_INTERNE.name(), MeetingType.FORMATION.name());

    @Override
    public Declaration declaration() {
        return new Declaration("meeting", MeetingsComponent.KEY, EnumSet.allOf(GeneratedSpaces.Kind.class), 10, Map.of(DatasetSize.X100, 50_000));
    }

    /** The demo network's meetings, filtered, and its API's upcoming ones; at x100 a generated network's; beside nginx, the list. */
    @Override
    public Targets targets(SpaceSlugs slugs) {
        String demo = "assemblies/" + SpaceSlugs.DEMO_NETWORK + "/meetings";
        return new Targets(
                List.of(Target.page(demo + "?when=all&type=PLENIERE"), Target.page(demo + "?when=past&council=" + SpaceSlugs.DEMO_COUNCIL),
                        Target.api("api/" + demo + "?when=upcoming")),
                List.of(Target.page("assemblies/" + slugs.middleNetwork() + "/meetings?when=all")),
                List.of(Target.page(demo)), List.of());
    }

    @Override
    public int load(Connection db, GeneratedSpaces spaces, int count, Random random) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO meeting (assembly_id, type, title, description, starts_at, "
                + "ends_at, time_zone, address, published_at, cancelled) VALUES (?, ?, ?, ?, ?, ?, 'Europe/Paris', ?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                String type = TYPES.get(random.nextInt(10) < 2 ? 0 : 1 + random.nextInt(TYPES.size() - 1));
                Instant starts = EPOCH.plus(Duration.ofHours(random.nextInt(24 * 365 * 4) - 24 * 365 * 3));
                insert.setLong(1, spaces.spaceOf(i));
                insert.setString(2, type);
                insert.setString(3, switch (type) {
                    case "PLENIERE" -> "Plénière n°" + (i / 100 + 1);
                    case "COORDINATION_INTERNE" -> "Coordination interne";
                    case "FORMATION" -> "Formation à l'animation de réunion";
                    default -> "Groupe de travail " + pick(random, FrenchWords.THEMES).toLowerCase();
                });
                insert.setString(4, "<p>Ordre du jour à venir.</p>");
                insert.setTimestamp(5, Timestamp.from(starts));
                insert.setTimestamp(6, Timestamp.from(starts.plus(Duration.ofHours(2))));
                insert.setString(7, (1 + random.nextInt(80)) + " " + pick(random, FrenchWords.STREET_TYPES) + " " + pick(random, FrenchWords.STREET_NAMES));
                insert.setTimestamp(8, random.nextInt(20) == 0 ? null : Timestamp.from(starts.minus(Duration.ofDays(30))));
                insert.setBoolean(9, random.nextInt(40) == 0);
                batch(insert, i);
            }
            insert.executeBatch();
        }
        return count;
    }
}
