package fr.chambery.cqc.core.association;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.AssemblyCatalog;
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
        return spaces.visible(slug).filter(s -> s.enabledComponents().contains(AssociationsComponent.KEY));
    }

    public List<Association> of(Assembly quartier, String nameQuery, String theme) {
        return associations.listedIn(quartier.id(), nameQuery, theme);
    }

    public List<String> themes(Assembly quartier) {
        return associations.themesIn(quartier.id());
    }
}
