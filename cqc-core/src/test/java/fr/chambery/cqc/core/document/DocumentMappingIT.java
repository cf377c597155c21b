package fr.chambery.cqc.core.document;

import fr.chambery.cqc.core.text.SearchText;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.AssemblyTexts;
import fr.chambery.cqc.core.persistence.BothDatabases;
import fr.chambery.cqc.core.persistence.DatabaseMigrations;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.sql.DataSource;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents, their versions and the search, on the real schema of H2 and PostgreSQL: a new version
 * becomes the current one, the search finds words of the current file's text without accents or case.
 */
class DocumentMappingIT {





    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
    void versionsAndSearch(String name, DataSource dataSource) {
        DatabaseMigrations.migrate(dataSource);
        EntityManagerFactory emf = BothDatabases.unit(dataSource);
        try {
            Instant now = Instant.now();
            long spaceId = BothDatabases.inTransaction(emf, em -> {
                Assembly space = new Assembly("docs", "Docs", AssemblyTexts.builder().subtitle("s").build(), now);
                em.persist(space);
                em.flush();
                return space.id();
            });
            long documentId = BothDatabases.inTransaction(emf, em -> {
                Document document = new Document(spaceId, new DocumentDraft("Compte rendu", "Plénière", null, null), 0, now);
                em.persist(document);
                em.flush();
                em.persist(new DocumentIndex(document, "Réaménagement de la place"));
                em.persist(new DocumentVersion(document.id(), 1, file("a".repeat(64), "Réaménagement de la place"), now, "test"));
                return document.id();
            });
            BothDatabases.inTransaction(emf, em -> {
                Document document = em.find(Document.class, documentId);
                em.persist(new DocumentVersion(documentId, 2, file("b".repeat(64), "Jardins partagés et œuvres"), now, "test"));
                document.replacedBy(2, now);
                em.find(DocumentIndex.class, documentId).reindex(document, "Jardins partagés et œuvres");
                return null;
            });
            BothDatabases.inTransaction(emf, em -> {
                Documents documents = new Documents();
                documents.em = em;
                DocumentEntry entry = documents.entry(documentId).orElseThrow();
                assertThat(entry.current().number()).isEqualTo(2);
                assertThat(entry.current().fileName()).isEqualTo("b.txt");
                assertThat(documents.versionsOf(documentId)).extracting(DocumentVersion::number).containsExactly(2, 1);
                em.find(Document.class, documentId).publish(now);
                em.flush();
                assertThat(documents.search(spaceId, SearchText.words("OEUVRES jardins"))).hasSize(1);
                assertThat(documents.search(spaceId, SearchText.words("réaménagement"))).as("the old version's text").isEmpty();
                assertThat(documents.search(spaceId, SearchText.words("100%"))).isEmpty();
                assertThat(documents.isStored("a".repeat(64))).isTrue();
                return null;
            });
        } finally {
            emf.close();
        }
    }

    private static StoredFile file(String hash, String text) {
        return new StoredFile(hash, text.length(), new FileName(hash.charAt(0) + ".txt"), DocumentFormat.TEXT, text);
    }

}
