package fr.chambery.cqc.bench.dataset;

import java.util.List;
import java.util.Random;

/** Invented but plausible French names for the generated spaces, meetings, documents and associations. */
public final class FrenchWords {

    public static final List<String> CITIES = List.of("Aixval", "Belmont", "Castelnau", "Combelle", "Fontclaire", "Genolhac",
            "Lacroix", "Montrieux", "Pradelles", "Roquebrune", "Saint-Alvère", "Valfleury", "Verneuil", "Villemagne");
    public static final List<String> QUARTIERS = List.of("Centre", "Gare", "Les Hauts", "Le Port", "La Plaine", "Les Vignes",
            "Saint-Jean", "Le Moulin", "Les Prés", "La Colline", "Bellevue", "Le Faubourg");
    public static final List<String> THEMES = List.of("Culture", "Sport", "Environnement", "Solidarité", "Éducation", "Santé",
            "Loisirs", "Jeunesse", "Patrimoine", "Cadre de vie");
    public static final List<String> ASSOCIATION_KINDS = List.of("Les Amis", "Comité", "Club", "Collectif", "Amicale",
            "Association", "Atelier", "Union", "Cercle", "Maison");
    public static final List<String> ASSOCIATION_OBJECTS = List.of("des jardins partagés", "de basket", "du patrimoine",
            "des parents d'élèves", "de théâtre", "de randonnée", "des locataires", "de musique", "du vélo", "d'entraide",
            "des échecs", "de danse", "de lecture", "des aînés", "de football");
    public static final List<String> DOCUMENT_TITLES = List.of("Compte rendu de la plénière", "Charte de fonctionnement",
            "Guide de l'animation de réunion", "Diagnostic du quartier", "Relevé de décisions", "Présentation du budget",
            "Carte des projets", "Bilan annuel");
    public static final List<String> STREET_TYPES = List.of("rue", "avenue", "chemin", "place", "impasse", "boulevard");
    public static final List<String> STREET_NAMES = List.of("des Tilleuls", "Victor Hugo", "de la Gare", "du Moulin",
            "des Écoles", "Jean Jaurès", "de la République", "des Lilas", "du Stade", "Pasteur");
    public static final List<String> FIRST_NAMES = List.of("Camille", "Lucas", "Léa", "Hugo", "Chloé", "Nathan", "Manon",
            "Louis", "Inès", "Jules", "Sarah", "Gabriel");

    private FrenchWords() {
    }

    public static String pick(Random random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }
}
