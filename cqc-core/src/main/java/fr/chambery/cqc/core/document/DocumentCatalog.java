package fr.chambery.cqc.core.document;

import fr.chambery.cqc.core.text.SearchText;
import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.AssemblyCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the public sees of the documents: the published ones of visible spaces that enable the documents
 * component, each with its current version only.
 */
@ApplicationScoped
public class DocumentCatalog {

    @Inject
    Documents documents;

    @Inject
    AssemblyCatalog assemblies;

    @Inject
    Assemblies allAssemblies;

    public SpaceDocuments of(Assembly space) {
        List<DocumentEntry> published = documents.ofSpace(space.id(), true);
        Map<Long, List<DocumentEntry>> byCollection = published.stream().filter(e -> e.document().collectionId().isPresent())
                .collect(Collectors.groupingBy(e -> e.document().collectionId().orElseThrow()));
        List<SpaceDocuments.Collected> collections = documents.collectionsOf(space.id()).stream()
                .filter(c -> byCollection.containsKey(c.id()))
                .map(c -> new SpaceDocuments.Collected(c, byCollection.get(c.id())))
                .toList();
        List<DocumentEntry> others = published.stream().filter(e -> e.document().collectionId().isEmpty()).toList();
        return new SpaceDocuments(collections, others);
    }

    /** Published documents of the space holding every word of the query in their title, description or text. */
    public List<DocumentEntry> search(Assembly space, String query) {
        List<String> words = SearchText.words(query);
        return words.isEmpty() ? List.of() : documents.search(space.id(), words);
    }

    /** A published document of a visible space that enables documents. */
    public Optional<DocumentEntry> visible(long id) {
        return documents.entry(id).filter(e -> e.document().isPublished())
                .filter(e -> allAssemblies.byId(e.document().spaceId())
                        .flatMap(s -> assemblies.visible(s.slug()))
                        .filter(s -> s.enables(DocumentsComponent.KEY))
                        .isPresent());
    }

    /** The published documents attached to a meeting. */
    public List<DocumentEntry> ofMeeting(long meetingId) {
        return documents.ofMeeting(meetingId);
    }

    /** The collection names of a space, by id, for listings that show them. */
    public Map<Long, String> collectionNames(Assembly space) {
        return documents.collectionsOf(space.id()).stream()
                .collect(Collectors.toMap(DocumentCollection::id, DocumentCollection::name, (a, b) -> a));
    }
}
