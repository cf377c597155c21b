package fr.chambery.cqc.core.meeting;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of meeting the CQC charter defines. */
public enum MeetingType {
    /** Open to all the quartier's inhabitants and actors; at least once a year. */
    PLENIERE,
    /** A working group's meeting, led by its two référent·es. */
    GROUPE_DE_TRAVAIL,
    /** Elected members, quartier staff and working-group référent·es; at least three times a year. */
    COORDINATION_INTERNE,
    /** A training the city organises for the councils' members. */
    FORMATION;

    /** The type of this exact name ({@code PLENIERE}...), if any. */
    public static Optional<MeetingType> named(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }
}
