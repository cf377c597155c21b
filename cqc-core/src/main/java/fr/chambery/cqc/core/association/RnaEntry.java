package fr.chambery.cqc.core.association;

/** What the sync takes from a line of the RNA file: the number, the object, whether it is dissolved. */
public record RnaEntry(String number, String title, String purpose, boolean dissolved) {
}
