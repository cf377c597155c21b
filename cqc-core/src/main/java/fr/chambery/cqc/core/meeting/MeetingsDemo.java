package fr.chambery.cqc.core.meeting;

import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.demo.DemoSeed;
import fr.chambery.cqc.core.demo.DemoSpaces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.Set;

/**
 * A few rencontres around the day the demo is loaded: past ones across the councils (one with its
 * compte rendu, one cancelled) and a single upcoming one, the next plénière, as on the city's page; and
 * two working groups with their référent·es.
 */
@ApplicationScoped
public class MeetingsDemo implements DemoSeed {

    @Inject
    Meetings meetings;

    @Inject
    MeetingAdministration administration;

    @Override
    public String componentKey() {
        return MeetingsComponent.KEY;
    }

    @Override
    public Set<DemoSpaces.Kind> enabledOn() {
        return EnumSet.allOf(DemoSpaces.Kind.class);
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void seed(DemoSpaces spaces) {
        LocalDate today = LocalDate.now(Meeting.PARIS);
        meeting(spaces.council("bissy"), MeetingType.PLENIERE, "Plénière du conseil de quartier citoyen de Bissy",
                today.plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)), LocalTime.of(18, 30), 120,
                "Salle polyvalente de Bissy (adresse d'exemple), 73000 Chambéry", null,
                "<p>Bilan de l'année, actions en cours et programme de travail de l'année à venir : venez proposer et prioriser les sujets.</p>",
                "<ol><li>Accueil</li><li>Bilan des groupes de travail</li><li>Propositions de sujets</li><li>Priorisation</li></ol>", null, false);
        meeting(spaces.council("biollay"), MeetingType.COORDINATION_INTERNE, "Coordination interne du Biollay",
                today.minusWeeks(6).with(TemporalAdjusters.previousOrSame(DayOfWeek.THURSDAY)), LocalTime.of(18, 0), 90,
                "Mairie de quartier du Biollay (adresse d'exemple)", null,
                "<p>Suivi des groupes de travail et préparation de la plénière.</p>", null, null, false);
        meeting(spaces.council("centre"), MeetingType.GROUPE_DE_TRAVAIL, "Groupe de travail « Mobilités douces »",
                today.minusWeeks(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.WEDNESDAY)), LocalTime.of(18, 30), 90,
                null, "https://visio.example.org/cqc-centre-mobilites",
                "<p>Itinéraires cyclables entre le centre et les écoles.</p>", null,
                "<p>Compte rendu : trois itinéraires repérés, une marche exploratoire proposée au printemps.</p>", false);
        meeting(spaces.assembly(), MeetingType.FORMATION, "Formation : animer une réunion",
                today.minusMonths(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY)), LocalTime.of(9, 30), 180,
                "Hôtel de ville (adresse d'exemple)", null,
                "<p>Les méthodes du guide de l'animation de réunion, pour les membres des CQC.</p>", null, null, false);
        meeting(spaces.council("laurier"), MeetingType.PLENIERE, "Plénière du Laurier",
                today.minusMonths(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY)), LocalTime.of(18, 30), 120,
                "École du Laurier (adresse d'exemple)", null, "<p>Reportée à une date ultérieure.</p>", null, null, true);
        administration.addWorkingGroup(Actor.SYSTEM, "centre", "Mobilités douces",
                "Des itinéraires cyclables et piétons sûrs entre le centre et les écoles.", "Alex Exemple", "Sam Exemple");
        administration.addWorkingGroup(Actor.SYSTEM, "bissy", "Jardins partagés",
                "Un jardin partagé près de l'école, avec les associations du quartier.", "Dominique Exemple", "Lou Exemple");
    }

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
}
