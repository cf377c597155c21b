package fr.chambery.cqc.core.assembly;

import java.util.List;

/** One page of assemblies: bounded, whatever the number of spaces, with the total to page through. */
public record AssemblySlice(List<Assembly> items, long total, int page, int size) {

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
