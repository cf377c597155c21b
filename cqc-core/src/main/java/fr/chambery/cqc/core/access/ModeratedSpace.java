package fr.chambery.cqc.core.access;

import java.util.List;

/**
 * A space as {@link Permissions} sees it: its id, the spaces above it (a moderator of one of them moderates
 * it too) and the components it enables. The assembly implements it, so that the rules need not know it.
 */
public interface ModeratedSpace {

    Long id();

    /** The spaces above it, from the top-level one down to its parent. */
    List<? extends ModeratedSpace> ancestors();

    boolean enables(String componentKey);
}
