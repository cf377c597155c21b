package fr.chambery.cqc.bench.dataset.fabrique;

import fr.chambery.cqc.bench.dataset.DatasetCounts;
import fr.chambery.cqc.bench.dataset.DatasetSize;
import fr.chambery.cqc.bench.dataset.DatasetSlice;
import fr.chambery.cqc.bench.dataset.FrenchWords;
import fr.chambery.cqc.bench.dataset.GeneratedSpaces;
import fr.chambery.cqc.bench.dataset.SpaceSlugs;
import fr.chambery.cqc.bench.load.SameRun;
import fr.chambery.cqc.bench.load.Target;
import fr.chambery.cqc.bench.load.Targets;
import fr.chambery.cqc.core.fabrique.EtatSujet;
import fr.chambery.cqc.core.fabrique.FabriqueComponent;
import fr.chambery.cqc.core.fabrique.StatutProjet;
import fr.chambery.cqc.core.fabrique.Theme;
import fr.chambery.cqc.core.meeting.MeetingType;
import fr.chambery.cqc.core.membership.SignUp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import static fr.chambery.cqc.bench.dataset.FrenchWords.pick;
import static fr.chambery.cqc.bench.dataset.Rows.BATCH;
import static fr.chambery.cqc.bench.dataset.Rows.EPOCH;
import static fr.chambery.cqc.bench.dataset.Rows.batch;

/**
 * La fabrique citoyenne of some councils, each loaded in full: {@value #SUBJECTS_PER_COUNCIL} subjects with the
 * charter's themes (one in five proposed after the plénière, a few hidden, non retenus or retired), comments with
 * one level of replies, a closed priorisation tied to a past plénière with {@value #SUPPORTS_PER_SUBJECT} supports a
 * subject on average (each from a distinct confirmed member of the council, at most the round's
 * {@value #SUPPORTS_PER_MEMBER} per member, at most one per subject: the members are generated for it), the show of
 * hands of its first subjects, and a programme of {@value #PROJETS_PER_COUNCIL} projets with their updates, the City's
 * answer when realised, and the plénière linked. The declared rows are the subjects; the councils loaded are spread
 * over the generated ones (one in seven at x100: {@code reseau-N-cqc-1}), the others have the component and nothing
 * in it.
 */
public final class FabriqueSlice implements DatasetSlice {

    public static final int SUBJECTS_PER_COUNCIL = 1_000;
    public static final int SUPPORTS_PER_SUBJECT = 10;
    public static final int SUPPORTS_PER_MEMBER = 3;
    public static final int PROJETS_PER_COUNCIL = 12;
    public static final int UPDATES_PER_PROJET = 3;
    public static final int IN_ROOM_COUNTS = 20;

    private static final List<String> SURNAMES = List.of("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard",
            "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "Roux");
    private static final List<String> IDEAS = List.of("Un jardin partagé", "Des bancs", "Un composteur collectif",
            "Une boîte à livres", "Un marché de producteurs", "Des pistes cyclables", "Un terrain de pétanque",
            "Une fête des voisins", "Des toilettes publiques", "Un abri à vélos", "Des arbres fruitiers",
            "Un passage piéton sécurisé", "Une aire de jeux", "Un atelier de réparation", "Des fontaines à eau");
    private static final List<String> PLACES = List.of("près de l'école", "sur la place du marché", "le long du ruisseau",
            "devant la médiathèque", "au parc", "rue des Tilleuls", "à l'arrêt de bus");
    private static final List<String> REMARKS = List.of("Bonne idée, je soutiens.", "Il faudrait en parler à la mairie de quartier.",
            "Qui s'occuperait de l'entretien ?", "Je suis prêt à donner un coup de main.", "Attention au stationnement.",
            "On pourrait commencer par un essai cet été.");

    private final int subjectsPerCouncil;

    public FabriqueSlice() {
        this(SUBJECTS_PER_COUNCIL);
    }

    /** A slice whose councils hold that many subjects each (the tests' smaller councils). */
    public FabriqueSlice(int subjectsPerCouncil) {
        this.subjectsPerCouncil = subjectsPerCouncil;
    }

    @Override
    public Declaration declaration() {
        return new Declaration("fabrique_subject", FabriqueComponent.KEY, EnumSet.of(GeneratedSpaces.Kind.COUNCIL), 50,
                Map.of(DatasetSize.X100, 100 * SUBJECTS_PER_COUNCIL));
    }

    /** How many councils {@code count} subjects fill, of {@code councils}. */
    public int councilsFor(int count, int councils) {
        return Math.min(councils, Math.max(1, count / subjectsPerCouncil));
    }

    /** The councils {@code count} subjects fill, by their index among the {@code councils} in the generator's order: spread evenly. */
    public List<Integer> loadedCouncils(int count, int councils) {
        if (count == 0 || councils == 0) {
            return List.of();
        }
        int loaded = councilsFor(count, councils);
        int stride = councils / loaded;
        return IntStream.range(0, loaded).map(c -> c * stride).boxed().toList();
    }

    /**
     * Bissy's programme and the API's subjects and programme; at x100, Bissy's page and these three beside the same
     * four of a council loaded in full (the first from the middle network on), in the same run.
     */
    @Override
    public Targets targets(SpaceSlugs slugs) {
        String bissy = "assemblies/" + SpaceSlugs.DEMO_COUNCIL;
        List<Target> demo = List.of(Target.page(bissy + "/fabrique/programme"), Target.api("api/" + bissy + "/subjects"),
                Target.api("api/" + bissy + "/programme"));
        if (!slugs.generated()) {
            return new Targets(demo, List.of(), List.of(), List.of());
        }
        String full = "assemblies/" + fullCouncil(slugs);
        List<SameRun.Pair> pairs = List.of(
                new SameRun.Pair(Target.page(bissy), Target.page(full)),
                new SameRun.Pair(demo.get(0), Target.page(full + "/fabrique/programme")),
                new SameRun.Pair(demo.get(1), Target.api("api/" + full + "/subjects")),
                new SameRun.Pair(demo.get(2), Target.api("api/" + full + "/programme")));
        String title = String.format(Locale.ROOT, "Fabrique: the demo's Bissy beside a council of %,d subjects and %,d supports, same run",
                SUBJECTS_PER_COUNCIL, SUBJECTS_PER_COUNCIL * SUPPORTS_PER_SUBJECT);
        return new Targets(demo, List.of(), List.of(), List.of(new SameRun(title, "Bissy", pairs)));
    }

    /** The first council this slice loads in full at the size, from the middle network on ({@code reseau-50-cqc-1} at x100). */
    private String fullCouncil(SpaceSlugs slugs) {
        DatasetCounts counts = slugs.counts();
        int from = slugs.middleNetworksFirstCouncil();
        return loadedCouncils(counts.rowsOf(declaration().table()), counts.parents() * counts.councilsPerParent()).stream()
                .filter(index -> index >= from).findFirst().map(slugs::councilAt)
                .orElseThrow(() -> new IllegalStateException("No council from the middle network on is loaded in full at " + counts));
    }

    @Override
    public int load(Connection db, GeneratedSpaces spaces, int count, Random random) throws SQLException {
        List<Integer> councils = loadedCouncils(count, spaces.councils());
        if (councils.isEmpty()) {
            return 0;
        }
        int loaded = councils.size();
        int written = 0;
        long[] rows = new long[4];
        for (int c = 0; c < loaded; c++) {
            int subjects = c == loaded - 1 ? count - written : count / loaded;
            Council council = new Council(db, spaces.councilOf(councils.get(c)), random);
            council.load(subjects);
            written += subjects;
            rows[0] += council.members.size();
            rows[1] += council.comments;
            rows[2] += council.supports;
            rows[3] += council.projets;
        }
        System.out.printf("  (fabrique of %d councils: %,d members, %,d comments, %,d supports, %,d projets)%n", loaded,
                rows[0], rows[1], rows[2], rows[3]);
        return written;
    }

    /** One council's fabrique, written in batches. */
    private static final class Council {

        private final Connection db;
        private final long space;
        private final Random random;
        private final List<Long> members = new ArrayList<>();
        private final List<String> labels = new ArrayList<>();
        private int comments;
        private int supports;
        private int projets;

        Council(Connection db, long space, Random random) {
            this.db = db;
            this.space = space;
            this.random = random;
        }

        void load(int subjectCount) throws SQLException {
            Instant pleniereStarts = EPOCH.minus(Duration.ofDays(60)).plus(Duration.ofHours(random.nextInt(24 * 20)));
            Instant closes = pleniereStarts.plus(Duration.ofHours(2));
            Instant opens = pleniereStarts.minus(Duration.ofDays(30));
            int supportCount = subjectCount * SUPPORTS_PER_SUBJECT;
            members((supportCount + SUPPORTS_PER_MEMBER - 1) / SUPPORTS_PER_MEMBER, opens);
            long pleniere = pleniere(pleniereStarts, closes);
            long round = priorisation(pleniere, opens, closes);
            Subjects subjects = subjects(subjectCount, opens, closes);
            comments(subjects);
            supports(round, subjects, supportCount, opens, closes);
            inRoomCounts(round, subjects, closes);
            programme(subjects, pleniere, closes);
        }

        /** Confirmed members enough for every support (the round's limit per member), signed up before the round. */
        private void members(int count, Instant before) throws SQLException {
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO membership (assembly_id, email, name, lien, consent_version, "
                    + "consented_at, signed_up_at, confirmed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
                for (int from = 0; from < count; from += BATCH) {
                    for (int i = from; i < Math.min(count, from + BATCH); i++) {
                        String first = pick(random, FrenchWords.FIRST_NAMES);
                        String surname = pick(random, SURNAMES);
                        Timestamp at = Timestamp.from(before.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 500))));
                        insert.setLong(1, space);
                        insert.setString(2, "fabrique-" + space + "-" + i + "@example.org");
                        insert.setString(3, first + " " + surname);
                        insert.setString(4, random.nextInt(4) == 0 ? "USAGER" : "HABITANT");
                        insert.setString(5, SignUp.CONSENT_VERSION);
                        insert.setTimestamp(6, at);
                        insert.setTimestamp(7, at);
                        insert.setTimestamp(8, at);
                        insert.addBatch();
                        labels.add(first + " " + surname.charAt(0) + ".");
                    }
                    insert.executeBatch();
                    keys(insert, members);
                }
            }
            check(members.size(), labels.size(), "members");
        }

        private long pleniere(Instant starts, Instant ends) throws SQLException {
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO meeting (assembly_id, type, title, description, starts_at, "
                    + "ends_at, time_zone, address, published_at, cancelled) VALUES (?, ?, ?, ?, ?, ?, 'Europe/Paris', ?, ?, FALSE)",
                    new String[] {"id"})) {
                insert.setLong(1, space);
                insert.setString(2, MeetingType.PLENIERE.name());
                insert.setString(3, "Plénière de priorisation");
                insert.setString(4, "<p>Priorisation des sujets de la fabrique citoyenne et programme de travail de l'année.</p>");
                insert.setTimestamp(5, Timestamp.from(starts));
                insert.setTimestamp(6, Timestamp.from(ends));
                insert.setString(7, "Salle polyvalente, " + (1 + random.nextInt(80)) + " " + pick(random, FrenchWords.STREET_TYPES)
                        + " " + pick(random, FrenchWords.STREET_NAMES));
                insert.setTimestamp(8, Timestamp.from(starts.minus(Duration.ofDays(45))));
                return single(insert);
            }
        }

        /** A round closed at the plénière's end, its counts hidden until then (public now). */
        private long priorisation(long pleniere, Instant opens, Instant closes) throws SQLException {
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO fabrique_priorisation (assembly_id, meeting_id, opens_at, "
                    + "closes_at, supports_per_member, counts_live) VALUES (?, ?, ?, ?, ?, FALSE)", new String[] {"id"})) {
                insert.setLong(1, space);
                insert.setLong(2, pleniere);
                insert.setTimestamp(3, Timestamp.from(opens));
                insert.setTimestamp(4, Timestamp.from(closes));
                insert.setInt(5, SUPPORTS_PER_MEMBER);
                return single(insert);
            }
        }

        /** The council's subjects, their ids, and which of them the round could be given supports for. */
        private record Subjects(List<Long> ids, List<Instant> proposed, List<EtatSujet> states, List<Boolean> hidden, List<Integer> supportable) {
        }

        private Subjects subjects(int count, Instant opens, Instant closes) throws SQLException {
            Subjects subjects = new Subjects(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            Theme[] themes = Theme.values();
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO fabrique_subject (assembly_id, title, description, theme, place, "
                    + "author_membership_id, author_label, proposed_at, state, hidden_at, hidden_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"})) {
                for (int from = 0; from < count; from += BATCH) {
                    for (int i = from; i < Math.min(count, from + BATCH); i++) {
                        boolean afterThePleniere = random.nextInt(5) == 0 && i >= PROJETS_PER_COUNCIL;
                        Instant proposed = afterThePleniere
                                ? closes.plus(Duration.ofMinutes(1 + random.nextInt((int) Duration.between(closes, EPOCH).toMinutes())))
                                : opens.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 300)));
                        EtatSujet state = i < PROJETS_PER_COUNCIL ? EtatSujet.RETENU
                                : afterThePleniere ? EtatSujet.PROPOSE
                                : switch (random.nextInt(20)) {
                                    case 0, 1 -> EtatSujet.NON_RETENU;
                                    case 2 -> EtatSujet.RETIRE;
                                    default -> EtatSujet.PROPOSE;
                                };
                        boolean hidden = i >= PROJETS_PER_COUNCIL && random.nextInt(50) == 0;
                        int author = random.nextInt(members.size());
                        String idea = pick(random, IDEAS);
                        insert.setLong(1, space);
                        insert.setString(2, idea + " " + pick(random, PLACES) + " (" + (i + 1) + ")");
                        insert.setString(3, idea + " : une proposition d'habitants du quartier.\nÀ discuter en plénière avec la mairie de quartier.");
                        insert.setString(4, themes[random.nextInt(themes.length)].name());
                        if (random.nextInt(3) == 0) {
                            insert.setString(5, pick(random, PLACES));
                        } else {
                            insert.setNull(5, Types.VARCHAR);
                        }
                        insert.setLong(6, members.get(author));
                        insert.setString(7, labels.get(author));
                        insert.setTimestamp(8, Timestamp.from(proposed));
                        insert.setString(9, state.name());
                        insert.setTimestamp(10, hidden ? Timestamp.from(proposed.plus(Duration.ofDays(1))) : null);
                        insert.setString(11, hidden ? "Propos injurieux envers un voisin." : null);
                        insert.addBatch();
                        if (!afterThePleniere && !hidden && state != EtatSujet.RETIRE) {
                            subjects.supportable().add(i);
                        }
                        subjects.proposed().add(proposed);
                        subjects.states().add(state);
                        subjects.hidden().add(hidden);
                    }
                    insert.executeBatch();
                    keys(insert, subjects.ids());
                }
            }
            check(subjects.ids().size(), count, "subjects");
            return subjects;
        }

        /** Up to three comments a subject, each answered once in two (one level of replies). */
        private void comments(Subjects subjects) throws SQLException {
            List<Long> parents = new ArrayList<>();
            List<Integer> parentSubjects = new ArrayList<>();
            List<Instant> parentDates = new ArrayList<>();
            String sql = "INSERT INTO fabrique_comment (subject_id, parent_id, body, author_membership_id, author_label, written_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?)";
            try (PreparedStatement insert = db.prepareStatement(sql, new String[] {"id"})) {
                int pending = 0;
                for (int s = 0; s < subjects.ids().size(); s++) {
                    for (int k = random.nextInt(4); k > 0; k--) {
                        Instant at = subjects.proposed().get(s).plus(Duration.ofMinutes(1 + random.nextInt(60 * 24 * 20)));
                        comment(insert, subjects.ids().get(s), null, at);
                        insert.addBatch();
                        parentSubjects.add(s);
                        parentDates.add(at);
                        if (++pending % BATCH == 0) {
                            insert.executeBatch();
                            keys(insert, parents);
                        }
                    }
                }
                if (pending % BATCH != 0) {
                    insert.executeBatch();
                    keys(insert, parents);
                }
            }
            check(parents.size(), parentSubjects.size(), "comments");
            try (PreparedStatement insert = db.prepareStatement(sql)) {
                int replies = 0;
                for (int p = 0; p < parents.size(); p++) {
                    if (random.nextBoolean()) {
                        comment(insert, subjects.ids().get(parentSubjects.get(p)), parents.get(p),
                                parentDates.get(p).plus(Duration.ofMinutes(1 + random.nextInt(60 * 24 * 3))));
                        batch(insert, replies++);
                    }
                }
                insert.executeBatch();
                comments = parents.size() + replies;
            }
        }

        private void comment(PreparedStatement insert, long subject, Long parent, Instant at) throws SQLException {
            int author = random.nextInt(members.size());
            insert.setLong(1, subject);
            if (parent == null) {
                insert.setNull(2, Types.BIGINT);
            } else {
                insert.setLong(2, parent);
            }
            insert.setString(3, pick(random, REMARKS));
            insert.setLong(4, members.get(author));
            insert.setString(5, labels.get(author));
            insert.setTimestamp(6, Timestamp.from(at));
        }

        /**
         * Each member in turn gives the round's {@value #SUPPORTS_PER_MEMBER} supports (the last one fewer) to distinct
         * subjects open during the round, the first subjects more often (a few stand out, as at a plénière).
         */
        private void supports(long round, Subjects subjects, int count, Instant opens, Instant closes) throws SQLException {
            List<Integer> supportable = subjects.supportable();
            int perMember = Math.min(SUPPORTS_PER_MEMBER, supportable.size());
            long window = Duration.between(opens, closes).toMinutes();
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO fabrique_support (priorisation_id, subject_id, membership_id, "
                    + "given_at) VALUES (?, ?, ?, ?)")) {
                int written = 0;
                for (int m = 0; written < count && m < members.size() && perMember > 0; m++) {
                    Set<Integer> chosen = new HashSet<>();
                    while (chosen.size() < Math.min(perMember, count - written)) {
                        double u = random.nextDouble();
                        chosen.add(supportable.get((int) (u * u * supportable.size())));
                    }
                    for (int s : chosen) {
                        insert.setLong(1, round);
                        insert.setLong(2, subjects.ids().get(s));
                        insert.setLong(3, members.get(m));
                        insert.setTimestamp(4, Timestamp.from(opens.plus(Duration.ofMinutes(random.nextLong(window)))));
                        batch(insert, written++);
                    }
                }
                insert.executeBatch();
                supports = written;
            }
        }

        private void inRoomCounts(long round, Subjects subjects, Instant closes) throws SQLException {
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO fabrique_in_room_count (priorisation_id, subject_id, hands, "
                    + "recorded_at) VALUES (?, ?, ?, ?)")) {
                List<Integer> supportable = subjects.supportable();
                for (int k = 0; k < Math.min(IN_ROOM_COUNTS, supportable.size()); k++) {
                    insert.setLong(1, round);
                    insert.setLong(2, subjects.ids().get(supportable.get(k)));
                    insert.setInt(3, random.nextInt(40));
                    insert.setTimestamp(4, Timestamp.from(closes.minus(Duration.ofMinutes(30))));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }

        /** The retained subjects (the first ones) as projets at every stage, with their updates and the plénière linked. */
        private void programme(Subjects subjects, long pleniere, Instant retained) throws SQLException {
            List<Long> projets = new ArrayList<>();
            StatutProjet[] statuses = StatutProjet.values();
            int year = retained.atZone(java.time.ZoneId.of("Europe/Paris")).getYear();
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO fabrique_projet (assembly_id, subject_id, pleniere_id, "
                    + "programme_year, title, needs_city, status, abandon_reason, progress, retained_at, realised_at, city_answer, "
                    + "city_answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
                for (int p = 0; p < subjects.ids().size() && subjects.states().get(p) == EtatSujet.RETENU; p++) {
                    StatutProjet status = statuses[p % statuses.length];
                    boolean realised = status == StatutProjet.REALISE;
                    Instant done = retained.plus(Duration.ofDays(20 + random.nextInt(20)));
                    insert.setLong(1, space);
                    insert.setLong(2, subjects.ids().get(p));
                    insert.setLong(3, pleniere);
                    insert.setInt(4, year);
                    insert.setString(5, pick(random, IDEAS) + " (" + (p + 1) + ")");
                    insert.setBoolean(6, random.nextBoolean());
                    insert.setString(7, status.name());
                    insert.setString(8, status == StatutProjet.ABANDONNE ? "Le terrain n'est pas disponible." : null);
                    insert.setInt(9, switch (status) {
                        case A_L_ETUDE -> 0;
                        case EN_COURS -> 10 + random.nextInt(80);
                        case REALISE -> 100;
                        case ABANDONNE -> random.nextInt(50);
                    });
                    insert.setTimestamp(10, Timestamp.from(retained));
                    insert.setTimestamp(11, realised ? Timestamp.from(done) : null);
                    insert.setString(12, realised ? "La Ville prend en charge les travaux et l'entretien." : null);
                    insert.setTimestamp(13, realised ? Timestamp.from(done.minus(Duration.ofDays(10))) : null);
                    insert.addBatch();
                }
                insert.executeBatch();
                keys(insert, projets);
                this.projets = projets.size();
            }
            try (PreparedStatement update = db.prepareStatement("INSERT INTO fabrique_projet_update (projet_id, written_at, body, "
                    + "document_url) VALUES (?, ?, ?, ?)");
                 PreparedStatement meeting = db.prepareStatement("INSERT INTO fabrique_projet_meeting (projet_id, meeting_id) VALUES (?, ?)")) {
                for (long projet : projets) {
                    for (int u = 0; u < UPDATES_PER_PROJET; u++) {
                        update.setLong(1, projet);
                        update.setTimestamp(2, Timestamp.from(retained.plus(Duration.ofDays(1 + u * 7L + random.nextInt(7)))));
                        update.setString(3, "Étape " + (u + 1) + " : point fait avec la mairie de quartier.");
                        update.setString(4, u == 0 ? "https://example.org/fabrique/etape-" + projet + ".pdf" : null);
                        update.addBatch();
                    }
                    meeting.setLong(1, projet);
                    meeting.setLong(2, pleniere);
                    meeting.addBatch();
                }
                update.executeBatch();
                meeting.executeBatch();
            }
        }

        private static void keys(PreparedStatement insert, List<Long> into) throws SQLException {
            try (ResultSet keys = insert.getGeneratedKeys()) {
                while (keys.next()) {
                    into.add(keys.getLong(1));
                }
            }
        }

        private static long single(PreparedStatement insert) throws SQLException {
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }

        private static void check(int ids, int rows, String what) throws SQLException {
            if (ids != rows) {
                throw new SQLException("The database gave " + ids + " generated ids for " + rows + " " + what + ".");
            }
        }
    }
}
