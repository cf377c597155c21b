package fr.chambery.cqc.bench.dataset.membership;

import fr.chambery.cqc.bench.dataset.DatasetSize;
import fr.chambery.cqc.bench.dataset.DatasetSlice;
import fr.chambery.cqc.bench.dataset.FrenchWords;
import fr.chambery.cqc.bench.dataset.GeneratedSpaces;
import fr.chambery.cqc.core.membership.MembershipComponent;
import fr.chambery.cqc.core.membership.SignUp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Random;

import static fr.chambery.cqc.bench.dataset.FrenchWords.pick;
import static fr.chambery.cqc.bench.dataset.Rows.EPOCH;
import static fr.chambery.cqc.bench.dataset.Rows.batch;

/** Members signed up to the councils, one in ten not yet confirmed. */
public final class MembershipSlice implements DatasetSlice {

    @Override
    public Declaration declaration() {
        return new Declaration("membership", MembershipComponent.KEY, EnumSet.of(GeneratedSpaces.Kind.COUNCIL), 40, Map.of(DatasetSize.X100, 100_000));
    }

    @Override
    public int load(Connection db, GeneratedSpaces spaces, int count, Random random) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO membership (assembly_id, email, name, lien, consent_version, "
                + "consented_at, signed_up_at, confirmed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                Timestamp at = Timestamp.from(EPOCH.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 600))));
                insert.setLong(1, spaces.councilOf(i));
                insert.setString(2, "habitant" + i + "@example.org");
                insert.setString(3, pick(random, FrenchWords.FIRST_NAMES) + " " + (char) ('A' + random.nextInt(26)) + ".");
                insert.setString(4, random.nextInt(4) == 0 ? "USAGER" : "HABITANT");
                insert.setString(5, SignUp.CONSENT_VERSION);
                insert.setTimestamp(6, at);
                insert.setTimestamp(7, at);
                insert.setTimestamp(8, random.nextInt(10) == 0 ? null : at);
                batch(insert, i);
            }
            insert.executeBatch();
        }
        return count;
    }
}
