package fr.chambery.cqc.core.association;

import java.util.List;

/** One page of a quartier's listed associations, with the total to page through. */
public record AssociationPage(List<Association> items, long total, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }
}
