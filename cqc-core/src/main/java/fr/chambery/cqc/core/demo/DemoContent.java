package fr.chambery.cqc.core.demo;

import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.AssemblyAdministration;
import fr.chambery.cqc.core.assembly.AssemblyTexts;
import fr.chambery.cqc.core.assembly.AssemblyType;
import fr.chambery.cqc.core.assembly.AssemblyTypes;
import fr.chambery.cqc.core.assembly.CreatedBy;
import fr.chambery.cqc.core.assembly.ParticipationScope;
import fr.chambery.cqc.core.persistence.SchemaMigrated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Loads the demo content of Chambéry's CQC assembly (from the city's page) into an empty database when
 * {@code cqc.demo.enabled} is true: the assembly, created in May 2021 and stored first so that its
 * reference is {@code chbry-ASSE-2021-05-1}, and its seven councils. Each space enables the components
 * whose {@link DemoSeed} asks for its kind of space; then every seed adds its content, by order. This
 * class names no component.
 */
@ApplicationScoped
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());
    private static final Instant CREATED = Instant.parse("2021-05-17T08:00:00Z");

    /** The seven quartiers, in the order of the city's page, with an invented street for the demo. */
    private record Quartier(String slug, String name, String of, String street) {
    }

    private static final List<Quartier> QUARTIERS = List.of(
            new Quartier("bellevue", "Bellevue", "de Bellevue", "12 rue des Exemples"),
            new Quartier("biollay", "Biollay", "du Biollay", "3 place de la Démonstration"),
            new Quartier("bissy", "Bissy", "de Bissy", "8 chemin Fictif"),
            new Quartier("centre", "Centre", "du Centre", "1 rue de l'Illustration"),
            new Quartier("chambery-le-vieux", "Chambéry-le-Vieux", "de Chambéry-le-Vieux", "5 allée de l'Essai"),
            new Quartier("laurier", "Laurier", "du Laurier", "21 avenue Imaginaire"),
            new Quartier("les-hauts-de-chambery", "Les Hauts de Chambéry", "des Hauts de Chambéry", "7 square du Modèle"));

    @Inject
    Assemblies assemblies;
    @Inject
    AssemblyTypes types;
    @Inject
    AssemblyAdministration administration;

    @Inject
    @Any
    Instance<DemoSeed> seeds;

    @Inject
    @ConfigProperty(name = "cqc.demo.enabled", defaultValue = "false")
    boolean enabled;

    void onSchemaMigrated(@Observes SchemaMigrated event) {
        if (!enabled) {
            return;
        }
        if (assemblies.count() > 0) {
            LOG.fine("Demo content not loaded: the database already holds assemblies");
            return;
        }
        load();
        LOG.info("Demo content of Chambéry's conseils de quartier citoyens loaded");
    }

    void load() {
        List<DemoSeed> ordered = seeds.stream().sorted(Comparator.comparingInt(DemoSeed::order)).toList();
        AssemblyType cqc = types.add(Actor.SYSTEM, new AssemblyType("conseils-de-quartier-citoyens", "Conseils de quartier citoyens"));
        types.add(Actor.SYSTEM, new AssemblyType("commission", "Commission"));
        types.add(Actor.SYSTEM, new AssemblyType("groupe-de-travail", "Groupe de travail"));

        Assembly assembly = new Assembly("conseils-de-quartier-citoyens", "Conseils de quartier citoyens",
                AssemblyTexts.builder()
                        .subtitle("Découvrez l'espace dédié à vos conseils de quartier citoyens !")
                        .shortDescription("<p>Un espace d'échanges et de travail, ouvert à toutes et tous, pour mener des projets pour le quartier et enrichir les actions proposées par la Ville.</p>")
                        .description(DemoResources.text("assembly-description.html"))
                        .build(),
                CREATED);
        describeParticipation(assembly, cqc);
        assembly.promote(true);
        enableComponents(assembly, DemoSpaces.Kind.ASSEMBLY, ordered);
        administration.create(Actor.SYSTEM, assembly, Optional.empty());

        int weight = 0;
        List<DemoSpaces.Council> councils = new ArrayList<>();
        for (Quartier quartier : QUARTIERS) {
            Assembly council = new Assembly(quartier.slug(), "CQC " + quartier.name(),
                    AssemblyTexts.builder()
                            .subtitle("Le conseil de quartier citoyen " + quartier.of())
                            .shortDescription("<p>Habitant·es et usager·ères du quartier " + quartier.of()
                                    + " : on s'y informe, on débat et on porte ensemble des projets pour le quartier.</p>")
                            .description("<p>Le conseil de quartier citoyen " + quartier.of()
                                    + " est ouvert à toutes et tous, à partir de 16 ans. Il se réunit en plénière au moins une fois par an, "
                                    + "ses groupes de travail avancent sur les projets choisis ensemble, et sa coordination interne "
                                    + "se réunit au moins trois fois par an avec la mairie de quartier.</p>")
                            .build(),
                    CREATED);
            describeParticipation(council, cqc);
            council.placeAt(weight++);
            enableComponents(council, DemoSpaces.Kind.COUNCIL, ordered);
            administration.create(Actor.SYSTEM, council, Optional.of(assembly.slug()));
            councils.add(new DemoSpaces.Council(council, quartier.of(), quartier.street(), weight));
        }
        DemoSpaces spaces = new DemoSpaces(assembly, councils);
        ordered.forEach(seed -> seed.seed(spaces));
    }

    private static void enableComponents(Assembly space, DemoSpaces.Kind kind, List<DemoSeed> seeds) {
        seeds.stream().filter(seed -> seed.enabledOn().contains(kind)).forEach(seed -> space.enableComponent(seed.componentKey()));
    }

    private static void describeParticipation(Assembly space, AssemblyType type) {
        space.defineParticipation(new ParticipationScope("Votre quartier",
                "Habitant·es et usager·ères du quartier",
                "Participez directement à la vie de votre quartier !",
                null, "Quartier", null, "Ville de Chambéry"));
        space.classifyAs(type);
        space.recordCreation(LocalDate.of(2021, 5, 17), CreatedBy.CITY_COUNCIL);
        space.lastUntil(null);
        space.publish(CREATED);
    }
}
