package fr.chambery.cqc.bench.dataset;

import java.util.ArrayList;
import java.util.List;

/** The spaces the generator created, for the slices to spread their rows over. */
public final class GeneratedSpaces {

    /** A generated space: a top-level assembly (a city's network) or one of the councils under it. */
    public enum Kind { PARENT, COUNCIL }

    private final List<Long> parents = new ArrayList<>();
    private final List<Long> councils = new ArrayList<>();

    void add(Kind kind, long id) {
        (kind == Kind.PARENT ? parents : councils).add(id);
    }

    /** How many spaces there are, of both kinds. */
    public int size() {
        return councils.size() + parents.size();
    }

    /** How many councils there are. */
    public int councils() {
        return councils.size();
    }

    /** The {@code index}-th space of all, councils first, so that a row per index spreads over each space. */
    public long spaceOf(int index) {
        int slot = index % size();
        return slot < councils.size() ? councils.get(slot) : parents.get(slot - councils.size());
    }

    /** The {@code index}-th council, round the councils. */
    public long councilOf(int index) {
        return councils.get(index % councils.size());
    }
}
