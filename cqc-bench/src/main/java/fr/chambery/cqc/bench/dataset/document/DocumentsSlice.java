package fr.chambery.cqc.bench.dataset.document;

import fr.chambery.cqc.bench.dataset.DatasetSize;
import fr.chambery.cqc.bench.dataset.DatasetSlice;
import fr.chambery.cqc.bench.dataset.FrenchWords;
import fr.chambery.cqc.bench.dataset.GeneratedSpaces;
import fr.chambery.cqc.bench.dataset.SpaceSlugs;
import fr.chambery.cqc.bench.load.Target;
import fr.chambery.cqc.bench.load.Targets;
import fr.chambery.cqc.core.document.DocumentsComponent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static fr.chambery.cqc.bench.dataset.FrenchWords.pick;
import static fr.chambery.cqc.bench.dataset.Rows.BATCH;
import static fr.chambery.cqc.bench.dataset.Rows.EPOCH;
import static fr.chambery.cqc.bench.dataset.Rows.sha256;

/**
 * Two collections in every space, then documents spread over the spaces and their collections, each with
 * its search text and the metadata of one file version (no file); one in ten unpublished.
 */
public final class DocumentsSlice implements DatasetSlice {

    @Override
    public Declaration declaration() {
        return new Declaration("document", DocumentsComponent.KEY, EnumSet.allOf(GeneratedSpaces.Kind.class), 20, Map.of(DatasetSize.X100, 20_000));
    }

    /** The demo network's documents, listed and searched; at x100 a generated network's; beside nginx, the list. */
    @Override
    public Targets targets(SpaceSlugs slugs) {
        String demo = "assemblies/" + SpaceSlugs.DEMO_NETWORK + "/documents";
        return new Targets(List.of(Target.page(demo), Target.page(demo + "?q=reunion")),
                List.of(Target.page("assemblies/" + slugs.middleNetwork() + "/documents")),
                List.of(Target.page(demo)), List.of());
    }

    @Override
    public int load(Connection db, GeneratedSpaces spaces, int count, Random random) throws SQLException {
        List<Long> collections = collections(db, spaces);
        int spaceCount = spaces.size();
        try (PreparedStatement document = db.prepareStatement("INSERT INTO document (assembly_id, collection_id, title, description, "
                + "position, current_version, published_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)", new String[] {"id"});
             PreparedStatement index = db.prepareStatement("INSERT INTO document_index (document_id, search_text) VALUES (?, ?)");
             PreparedStatement version = db.prepareStatement("INSERT INTO document_version (document_id, number, content_hash, media_type, "
                     + "size_bytes, file_name, uploaded_at, uploaded_by) VALUES (?, 1, ?, ?, ?, ?, ?, 'generateur@example.org')")) {
            for (int from = 0; from < count; from += BATCH) {
                List<String> titles = new ArrayList<>();
                List<Timestamp> dates = new ArrayList<>();
                for (int i = from; i < Math.min(count, from + BATCH); i++) {
                    int slot = i % spaceCount;
                    String title = pick(random, FrenchWords.DOCUMENT_TITLES) + " " + (i / spaceCount + 1);
                    Timestamp at = Timestamp.from(EPOCH.minus(Duration.ofHours(random.nextInt(24 * 900))));
                    document.setLong(1, spaces.spaceOf(slot));
                    document.setLong(2, collections.get(slot * 2 + random.nextInt(2)));
                    document.setString(3, title);
                    document.setString(4, "Document du conseil, à consulter avant la prochaine plénière.");
                    document.setInt(5, i / spaceCount);
                    document.setTimestamp(6, random.nextInt(10) == 0 ? null : at);
                    document.setTimestamp(7, at);
                    document.setTimestamp(8, at);
                    document.addBatch();
                    titles.add(title);
                    dates.add(at);
                }
                document.executeBatch();
                int k = 0;
                try (ResultSet keys = document.getGeneratedKeys()) {
                    while (keys.next()) {
                        long id = keys.getLong(1);
                        boolean pdf = random.nextInt(3) > 0;
                        index.setLong(1, id);
                        index.setString(2, titles.get(k).toLowerCase() + " document du conseil a consulter avant la prochaine pleniere");
                        index.addBatch();
                        version.setLong(1, id);
                        version.setString(2, sha256("document " + id));
                        version.setString(3, pdf ? "application/pdf" : "application/vnd.oasis.opendocument.text");
                        version.setLong(4, 20_000 + random.nextInt(5_000_000));
                        version.setString(5, "document-" + id + (pdf ? ".pdf" : ".odt"));
                        version.setTimestamp(6, dates.get(k));
                        version.addBatch();
                        k++;
                    }
                }
                if (k != titles.size()) {
                    throw new SQLException("The database gave " + k + " generated ids for " + titles.size() + " documents.");
                }
                index.executeBatch();
                version.executeBatch();
            }
        }
        return count;
    }

    /** Two collections per space, in the spaces' order: space {@code s} owns ids {@code 2s} and {@code 2s + 1}. */
    private static List<Long> collections(Connection db, GeneratedSpaces spaces) throws SQLException {
        List<Long> collections = new ArrayList<>();
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO document_collection (assembly_id, name, position) VALUES (?, ?, ?)",
                new String[] {"id"})) {
            List<String> names = List.of("Comptes rendus", "Guides méthodologiques");
            for (int s = 0; s < spaces.size(); s++) {
                for (int position = 0; position < names.size(); position++) {
                    insert.setLong(1, spaces.spaceOf(s));
                    insert.setString(2, names.get(position));
                    insert.setInt(3, position);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                while (keys.next()) {
                    collections.add(keys.getLong(1));
                }
            }
        }
        return collections;
    }
}
