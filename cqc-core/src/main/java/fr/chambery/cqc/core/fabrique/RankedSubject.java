package fr.chambery.cqc.core.fabrique;

/**
 * A subject's place in a priorisation's results: its online supports and its in-room count side by side,
 * and their sum, which ranks it (equal totals share a rank).
 */
public record RankedSubject(int rank, Sujet subject, long online, int inRoom) {

    public long total() {
        return online + inRoom;
    }
}
