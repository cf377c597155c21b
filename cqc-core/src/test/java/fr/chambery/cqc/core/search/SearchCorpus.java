package fr.chambery.cqc.core.search;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.AssemblyTexts;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * The test corpus of the site search and the open data, the same on H2 and PostgreSQL: public things about
 * *jardins* beside unpublished spaces, drafts, an unlisted association and a member, which must never show.
 */
final class SearchCorpus {

    static final String MEMBER_NAME = "Camille Bergamote";
    static final String MEMBER_EMAIL = "camille.bergamote@example.org";
    static final String ASSOCIATION_EMAIL = "contact@amis-du-jardin.example.org";
    static final String ASSOCIATION_PHONE = "04 79 00 00 00";

    final Map<String, Long> ids = new HashMap<>();
    private final EntityManager em;
    private final Instant now = Instant.parse("2026-11-01T10:00:00Z");
    private int counter;

    SearchCorpus(EntityManager em) {
        this.em = em;
    }

    SearchCorpus build() {
        Assembly cqc = space("cqc", "Assemblée des conseils de quartier", "L'assemblée de tous les conseils", true, null, "meetings", "documents");
        Assembly bissy = space("bissy", "Conseil de quartier de Bissy", "Les <b>jardins</b> partagés de Bissy", true, cqc,
                "meetings", "documents", "associations", "membership");
        Assembly hidden = space("cache", "Conseil en préparation", "Un jardin secret", false, cqc, "meetings", "documents", "associations");
        space("sous-cache", "Sous-espace d'un conseil caché", "Le jardin d'en dessous", true, hidden, "meetings");
        meeting("m-ecole", bissy, "Réunion publique sur l'école", "<p>Les écoles du quartier &amp; leurs cantines</p>", true, false);
        meeting("m-draft", bissy, "Jardin en brouillon", "<p>Pas encore publiée</p>", false, false);
        meeting("m-hidden", hidden, "Jardin du conseil caché", "<p>Un espace non publié</p>", true, false);
        meeting("m-cancelled", bissy, "Plénière annulée", "<p>Il devait être question des jardins</p>", true, true);
        document("d-jardins", bissy, "Compte rendu de la plénière", "Les jardins partagés et la piscine municipale, 100 % ouverts", true);
        document("d-draft", bissy, "Brouillon", "Un jardin pas encore publié", false);
        document("d-charte", cqc, "Charte des conseils", "Le jardin de la mairie", true);
        association("a-listed", bissy, "Les Amis du Jardin", "Cultiver ensemble un jardin de quartier", "LISTEE");
        association("a-unlisted", bissy, "Jardin Retiré", "Une association retirée de la liste", "NON_LISTEE");
        em.createNativeQuery("INSERT INTO membership (assembly_id, email, name, lien, consent_version, consented_at, signed_up_at, confirmed_at) "
                        + "VALUES (?1, ?2, ?3, 'HABITANT', 'v1', ?4, ?4, ?4)")
                .setParameter(1, bissy.id()).setParameter(2, MEMBER_EMAIL).setParameter(3, MEMBER_NAME).setParameter(4, ts(now))
                .executeUpdate();
        return this;
    }

    /** {@code count} more published documents in the council, none about the words searched: a larger table. */
    void moreDocumentsIn(long spaceId, int count) {
        Assembly bissy = em.find(Assembly.class, spaceId);
        for (int i = 0; i < count; i++) {
            document("d-more-" + i, bissy, "Document " + i, "Budget participatif, ligne " + i, true);
        }
    }

    private Assembly space(String slug, String title, String shortDescription, boolean published, Assembly parent, String... components) {
        Assembly space = new Assembly(slug, title, AssemblyTexts.builder().subtitle("Sous-titre de " + title)
                .shortDescription(shortDescription).build(), now);
        if (parent != null) {
            space.moveUnder(parent);
        }
        for (String component : components) {
            space.enableComponent(component);
        }
        if (published) {
            space.publish(now);
        }
        em.persist(space);
        em.flush();
        ids.put(slug, space.id());
        return space;
    }

    private void meeting(String ref, Assembly space, String title, String description, boolean published, boolean cancelled) {
        Instant starts = now.plusSeconds(86_400L * (++counter));
        em.createNativeQuery("INSERT INTO meeting (assembly_id, type, title, description, starts_at, ends_at, time_zone, address, "
                        + "cancelled, published_at) VALUES (?1, 'PLENIERE', ?2, ?3, ?4, ?5, 'Europe/Paris', 'Maison de quartier', ?6, CAST(?7 AS TIMESTAMP))")
                .setParameter(1, space.id()).setParameter(2, title).setParameter(3, description).setParameter(4, ts(starts))
                .setParameter(5, ts(starts.plusSeconds(7200))).setParameter(6, cancelled).setParameter(7, published ? ts(now) : null)
                .executeUpdate();
        ids.put(ref, lastId("meeting"));
    }

    private void document(String ref, Assembly space, String title, String text, boolean published) {
        em.createNativeQuery("INSERT INTO document (assembly_id, title, position, current_version, published_at, created_at, updated_at) "
                        + "VALUES (?1, ?2, ?3, 1, CAST(?4 AS TIMESTAMP), ?5, ?5)")
                .setParameter(1, space.id()).setParameter(2, title).setParameter(3, ++counter)
                .setParameter(4, published ? ts(now.plusSeconds(counter)) : null).setParameter(5, ts(now)).executeUpdate();
        long id = lastId("document");
        em.createNativeQuery("INSERT INTO document_version (document_id, number, content_hash, media_type, size_bytes, file_name, "
                        + "text_content, uploaded_at, uploaded_by) VALUES (?1, 1, ?2, 'text/plain', ?3, ?4, ?5, ?6, 'moderatrice@example.org')")
                .setParameter(1, id).setParameter(2, String.format("%064d", id)).setParameter(3, text.length())
                .setParameter(4, ref + ".txt").setParameter(5, text).setParameter(6, ts(now)).executeUpdate();
        ids.put(ref, id);
    }

    private void association(String ref, Assembly quartier, String name, String purpose, String status) {
        em.createNativeQuery("INSERT INTO association (identity_key, name, theme, purpose, address, postcode, phone, email, website, "
                        + "quartier_id, quartier_source, status, content_hash, first_seen_at, updated_at) "
                        + "VALUES (?1, ?2, 'Environnement', ?3, '12 rue des Lilas', '73000', ?4, ?5, 'https://amis.example.org', ?6, "
                        + "'MODERATEUR', ?7, ?8, ?9, ?9)")
                .setParameter(1, ref).setParameter(2, name).setParameter(3, purpose).setParameter(4, ASSOCIATION_PHONE)
                .setParameter(5, ASSOCIATION_EMAIL).setParameter(6, quartier.id()).setParameter(7, status)
                .setParameter(8, "0".repeat(64)).setParameter(9, ts(now)).executeUpdate();
        ids.put(ref, lastId("association"));
    }

    private long lastId(String table) {
        return ((Number) em.createNativeQuery("SELECT MAX(id) FROM " + table).getSingleResult()).longValue();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
