package fr.chambery.cqc.core.persistence;

import java.util.List;

/**
 * One page of a list read from the database, with the total to page through: what every paged list
 * (assemblies, meetings, a quartier's associations) hands its views and its API.
 */
public record ResultPage<T>(List<T> items, long total, int page, int size) {

    /** The page of a list already in memory (a space's few documents, say). */
    public static <T> ResultPage<T> slice(List<T> all, int page, int size) {
        int from = (int) Math.min(all.size(), (long) (page - 1) * size);
        return new ResultPage<>(List.copyOf(all.subList(from, Math.min(all.size(), from + size))), all.size(), page, size);
    }

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
