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
import fr.chambery.cqc.core.document.Document;
import fr.chambery.cqc.core.document.DocumentAdministration;
import fr.chambery.cqc.core.document.DocumentCollection;
import fr.chambery.cqc.core.document.DocumentDraft;
import fr.chambery.cqc.core.document.DocumentUploads;
import fr.chambery.cqc.core.document.DocumentsComponent;
import fr.chambery.cqc.core.association.AssociationsComponent;
import fr.chambery.cqc.core.interlocutor.AdjointDeQuartier;
import fr.chambery.cqc.core.membership.MembershipComponent;
import fr.chambery.cqc.core.interlocutor.CityInterlocutors;
import fr.chambery.cqc.core.interlocutor.Interlocutors;
import fr.chambery.cqc.core.interlocutor.InterlocutorsComponent;
import fr.chambery.cqc.core.interlocutor.MairieDeQuartier;
import fr.chambery.cqc.core.meeting.Meeting;
import fr.chambery.cqc.core.meeting.MeetingAdministration;
import fr.chambery.cqc.core.meeting.MeetingType;
import fr.chambery.cqc.core.meeting.Meetings;
import fr.chambery.cqc.core.meeting.MeetingsComponent;
import fr.chambery.cqc.core.persistence.SchemaMigrated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Loads the demo content of Chambéry's CQC assembly (from the city's page) into an empty database when
 * {@code cqc.demo.enabled} is true: the assembly, created in May 2021 and stored first so that its
 * reference is {@code chbry-ASSE-2021-05-1}, and its seven councils. The councils' interlocutors are
 * invented and marked illustrative.
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
    Interlocutors interlocutors;

    @Inject
    Meetings meetings;

    @Inject
    DocumentUploads uploads;

    @Inject
    DocumentAdministration documentAdministration;

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
        AssemblyType cqc = types.add(Actor.SYSTEM, new AssemblyType("conseils-de-quartier-citoyens", "Conseils de quartier citoyens"));
        types.add(Actor.SYSTEM, new AssemblyType("commission", "Commission"));
        types.add(Actor.SYSTEM, new AssemblyType("groupe-de-travail", "Groupe de travail"));

        Assembly assembly = new Assembly("conseils-de-quartier-citoyens", "Conseils de quartier citoyens",
                AssemblyTexts.builder()
                        .subtitle("Découvrez l'espace dédié à vos conseils de quartier citoyens !")
                        .shortDescription("<p>Un espace d'échanges et de travail, ouvert à toutes et tous, pour mener des projets pour le quartier et enrichir les actions proposées par la Ville.</p>")
                        .description(resource("assembly-description.html"))
                        .build(),
                CREATED);
        describeParticipation(assembly, cqc);
        assembly.promote(true);
        assembly.enableComponent(MeetingsComponent.KEY);
        assembly.enableComponent(DocumentsComponent.KEY);
        assembly.enableComponent(MembershipComponent.KEY);
        administration.create(Actor.SYSTEM, assembly, Optional.empty());

        int weight = 0;
        java.util.Map<String, Assembly> councils = new java.util.HashMap<>();
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
            council.enableComponent(InterlocutorsComponent.KEY);
            council.enableComponent(MeetingsComponent.KEY);
            council.enableComponent(DocumentsComponent.KEY);
            council.enableComponent(MembershipComponent.KEY);
            council.enableComponent(AssociationsComponent.KEY);
            administration.create(Actor.SYSTEM, council, Optional.of(assembly.slug()));
            councils.put(quartier.slug(), council);
            interlocutors.add(new CityInterlocutors(council.id(),
                    new MairieDeQuartier("Mairie de quartier " + quartier.of(),
                            quartier.street() + ", 73000 Chambéry",
                            "04 65 71 00 0" + weight,
                            "mairie-" + quartier.slug() + "@example.org",
                            "Du lundi au vendredi, de 9 h à 12 h et de 14 h à 17 h"),
                    new AdjointDeQuartier("Camille Exemple", "Adjoint·e du quartier " + quartier.of()),
                    true));
        }
        loadMeetings(assembly, councils);
        loadDocuments(assembly);
        meetingAdministration.addWorkingGroup(Actor.SYSTEM, "centre", "Mobilités douces",
                "Des itinéraires cyclables et piétons sûrs entre le centre et les écoles.", "Alex Exemple", "Sam Exemple");
        meetingAdministration.addWorkingGroup(Actor.SYSTEM, "bissy", "Jardins partagés",
                "Un jardin partagé près de l'école, avec les associations du quartier.", "Dominique Exemple", "Lou Exemple");
    }

    /**
     * The assembly's documents à consulter: the meeting-facilitation guide the city's page speaks of (a
     * real PDF, written for the demo) in « Guides méthodologiques », and how a CQC works, in « Charte des CQC ».
     */
    private void loadDocuments(Assembly assembly) {
        DocumentCollection guides = documentAdministration.addCollection(Actor.SYSTEM, assembly.slug(), "Guides méthodologiques",
                "Pour préparer et animer les réunions des conseils.");
        DocumentCollection charte = documentAdministration.addCollection(Actor.SYSTEM, assembly.slug(), "Charte des CQC",
                "Le fonctionnement des conseils de quartier citoyens.");
        document(assembly, guides, "Guide de l'animation de réunion",
                "Préparer, ouvrir, faire vivre et conclure une réunion de conseil de quartier (exemple de démonstration).",
                "guide-animation-reunion.pdf");
        document(assembly, charte, "Fonctionnement des CQC",
                "Plénière, groupes de travail et coordination interne, en résumé (texte de démonstration).",
                "fonctionnement-des-cqc.txt");
    }

    private void document(Assembly space, DocumentCollection collection, String title, String description, String file) {
        try (InputStream in = DemoContent.class.getResourceAsStream("/demo/" + file)) {
            Document document = uploads.upload(Actor.SYSTEM, space.slug(), new DocumentDraft(title, description, collection.id(), null), file, in);
            documentAdministration.publish(Actor.SYSTEM, document.id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A few rencontres around the day the demo is loaded: past ones across the councils (one with its
     * compte rendu, one cancelled) and a single upcoming one, the next plénière, as on the city's page.
     */
    private void loadMeetings(Assembly assembly, java.util.Map<String, Assembly> councils) {
        LocalDate today = LocalDate.now(Meeting.PARIS);
        meeting(councils.get("bissy"), MeetingType.PLENIERE, "Plénière du conseil de quartier citoyen de Bissy",
                today.plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)), LocalTime.of(18, 30), 120,
                "Salle polyvalente de Bissy (adresse d'exemple), 73000 Chambéry", null,
                "<p>Bilan de l'année, actions en cours et programme de travail de l'année à venir : venez proposer et prioriser les sujets.</p>",
                "<ol><li>Accueil</li><li>Bilan des groupes de travail</li><li>Propositions de sujets</li><li>Priorisation</li></ol>", null, false);
        meeting(councils.get("biollay"), MeetingType.COORDINATION_INTERNE, "Coordination interne du Biollay",
                today.minusWeeks(6).with(TemporalAdjusters.previousOrSame(DayOfWeek.THURSDAY)), LocalTime.of(18, 0), 90,
                "Mairie de quartier du Biollay (adresse d'exemple)", null,
                "<p>Suivi des groupes de travail et préparation de la plénière.</p>", null, null, false);
        meeting(councils.get("centre"), MeetingType.GROUPE_DE_TRAVAIL, "Groupe de travail « Mobilités douces »",
                today.minusWeeks(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.WEDNESDAY)), LocalTime.of(18, 30), 90,
                null, "https://visio.example.org/cqc-centre-mobilites",
                "<p>Itinéraires cyclables entre le centre et les écoles.</p>", null,
                "<p>Compte rendu : trois itinéraires repérés, une marche exploratoire proposée au printemps.</p>", false);
        meeting(assembly, MeetingType.FORMATION, "Formation : animer une réunion",
                today.minusMonths(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY)), LocalTime.of(9, 30), 180,
                "Hôtel de ville (adresse d'exemple)", null,
                "<p>Les méthodes du guide de l'animation de réunion, pour les membres des CQC.</p>", null, null, false);
        meeting(councils.get("laurier"), MeetingType.PLENIERE, "Plénière du Laurier",
                today.minusMonths(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY)), LocalTime.of(18, 30), 120,
                "École du Laurier (adresse d'exemple)", null, "<p>Reportée à une date ultérieure.</p>", null, null, true);
    }

    @Inject
    MeetingAdministration meetingAdministration;

    private void meeting(Assembly space, MeetingType type, String title, LocalDate day, LocalTime time, int minutes,
                         String address, String link, String description, String agenda, String compteRendu, boolean cancelled) {
        ZonedDateTime starts = day.atTime(time).atZone(Meeting.PARIS);
        Meeting meeting = new Meeting(space.id(), type, title, starts, starts.plusMinutes(minutes), address, link);
        meeting.describe(description, agenda);
        if (compteRendu != null) {
            meeting.recordMinutes(compteRendu);
        }
        if (cancelled) {
            meeting.cancel();
        }
        meeting.publish(Instant.now());
        meetings.add(meeting);
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

    private static String resource(String name) {
        try (InputStream in = DemoContent.class.getResourceAsStream("/demo/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
