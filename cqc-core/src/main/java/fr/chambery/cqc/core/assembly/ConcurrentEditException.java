package fr.chambery.cqc.core.assembly;

import fr.chambery.cqc.core.refusal.Refusal;

import java.util.List;

/** Someone else stored a change to this space since the editor started from it. */
public class ConcurrentEditException extends RuntimeException implements Refusal {

    private final String slug;

    public ConcurrentEditException(String slug) {
        super("Assembly " + slug + " was changed by someone else");
        this.slug = slug;
    }

    @Override
    public String key() {
        return "refusal.space.concurrent";
    }

    @Override
    public List<Object> arguments() {
        return List.of(slug);
    }
}
