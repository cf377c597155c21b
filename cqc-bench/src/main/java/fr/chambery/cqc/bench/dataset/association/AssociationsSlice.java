package fr.chambery.cqc.bench.dataset.association;

import fr.chambery.cqc.bench.dataset.DatasetSize;
import fr.chambery.cqc.bench.dataset.DatasetSlice;
import fr.chambery.cqc.bench.dataset.FrenchWords;
import fr.chambery.cqc.bench.dataset.GeneratedSpaces;
import fr.chambery.cqc.bench.dataset.SpaceSlugs;
import fr.chambery.cqc.bench.load.Awaited;
import fr.chambery.cqc.bench.load.Target;
import fr.chambery.cqc.bench.load.Targets;
import fr.chambery.cqc.core.association.AssociationsComponent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static fr.chambery.cqc.bench.dataset.FrenchWords.pick;
import static fr.chambery.cqc.bench.dataset.Rows.EPOCH;
import static fr.chambery.cqc.bench.dataset.Rows.batch;
import static fr.chambery.cqc.bench.dataset.Rows.sha256;

/** Associations placed in the councils, as the directory sync would have listed them: most listed, a few unlisted or dissolved. */
public final class AssociationsSlice implements DatasetSlice {

    @Override
    public Declaration declaration() {
        return new Declaration("association", AssociationsComponent.KEY, EnumSet.of(GeneratedSpaces.Kind.COUNCIL), 30, Map.of(DatasetSize.X100, 200_000));
    }

    /**
     * Bissy's page filtered by association and theme, the search restricted to associations, the API's search in a
     * council; at x100 the same in a generated council.
     */
    @Override
    public Targets targets(SpaceSlugs slugs) {
        return new Targets(
                List.of(Target.page("assemblies/" + SpaceSlugs.DEMO_COUNCIL + "?association=jardin&theme=Environnement"),
                        Target.page("search?q=jardins&kind=associations"),
                        Target.api("api/assemblies/" + SpaceSlugs.DEMO_COUNCIL + "/associations?q=jardin")),
                List.of(Target.page("assemblies/" + slugs.middleCouncil() + "?association=club"),
                        Target.api("api/assemblies/" + slugs.middleCouncil() + "/associations?q=club")),
                List.of(), List.of());
    }

    /** The demo's directory, synced shortly after start-up: the generated associations go in after it. */
    @Override
    public List<Awaited> awaitedBeforeLoading() {
        return List.of(new Awaited("the demo's directory to be synced",
                Target.api("api/assemblies/" + SpaceSlugs.DEMO_COUNCIL + "/associations"), "\"name\""));
    }

    @Override
    public int load(Connection db, GeneratedSpaces spaces, int count, Random random) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO association (identity_key, rna_number, directory_id, name, theme, "
                + "purpose, address, postcode, phone, email, website, quartier_id, quartier_source, status, missed_runs, content_hash, "
                + "first_seen_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ANNUAIRE', ?, 0, ?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                String rna = String.format("W%09d", 100_000_000 + i);
                String name = pick(random, FrenchWords.ASSOCIATION_KINDS) + " " + pick(random, FrenchWords.ASSOCIATION_OBJECTS) + " " + (i % 997);
                Timestamp seen = Timestamp.from(EPOCH.minus(Duration.ofDays(random.nextInt(700))));
                int status = random.nextInt(100);
                insert.setString(1, "rna:" + rna);
                insert.setString(2, rna);
                insert.setString(3, "gen-" + i);
                insert.setString(4, name);
                insert.setString(5, pick(random, FrenchWords.THEMES));
                insert.setString(6, "Faire vivre le quartier : " + name.toLowerCase() + ".");
                insert.setString(7, (1 + random.nextInt(120)) + " " + pick(random, FrenchWords.STREET_TYPES) + " " + pick(random, FrenchWords.STREET_NAMES));
                insert.setString(8, String.format("%05d", 1_000 + random.nextInt(94_000)));
                insert.setString(9, random.nextBoolean() ? null : String.format("04 79 %02d %02d %02d", random.nextInt(100), random.nextInt(100), random.nextInt(100)));
                insert.setString(10, random.nextBoolean() ? null : "contact" + i + "@example.org");
                insert.setString(11, random.nextInt(3) == 0 ? "https://asso" + i + ".example.org" : null);
                insert.setLong(12, spaces.councilOf(i));
                insert.setString(13, status < 95 ? "LISTEE" : status < 98 ? "NON_LISTEE" : "DISSOUTE");
                insert.setString(14, sha256("association " + i));
                insert.setTimestamp(15, seen);
                insert.setTimestamp(16, seen);
                batch(insert, i);
            }
            insert.executeBatch();
        }
        return count;
    }
}
