package fr.chambery.cqc.core.association;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.AssemblyCatalog;
import fr.chambery.cqc.core.persistence.ResultPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/** What the public sees: the listed associations of a visible council, searchable by name, filtered by theme. */
@ApplicationScoped
public class AssociationCatalog {

    /** The city's own directory, linked from every listing. */
    public static final String CITY_DIRECTORY = "https://www.chambery.fr/949-annuaire-des-associations.htm";

    @Inject
    Associations associations;

    @Inject
    AssemblyCatalog spaces;

    public Optional<Assembly> quartier(String slug) {
        return spaces.visible(slug).filter(s -> s.enables(AssociationsComponent.KEY));
    }

    /**
     * One page of the listed associations of a quartier, by name. Without words to search, the page is
     * read from the database (two queries, whatever the quartier holds); words are matched without
     * accents or case on the quartier's list, which the quartier bounds.
     */
    public ResultPage<Association> page(Assembly quartier, String nameQuery, String theme, int page, int size) {
        int current = Math.max(1, page);
        if (nameQuery == null || nameQuery.isBlank()) {
            String only = theme == null || theme.isBlank() ? null : theme;
            return new ResultPage<>(associations.listedPage(quartier.id(), only, (current - 1) * size, size),
                    associations.listedCount(quartier.id(), only), current, size);
        }
        List<Association> found = associations.listedIn(quartier.id(), nameQuery, theme);
        int from = Math.min(found.size(), (current - 1) * size);
        return new ResultPage<>(found.subList(from, Math.min(found.size(), from + size)), found.size(), current, size);
    }

    public List<String> themes(Assembly quartier) {
        return associations.themesIn(quartier.id());
    }
}
