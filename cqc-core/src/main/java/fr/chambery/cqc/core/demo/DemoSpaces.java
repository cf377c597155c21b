package fr.chambery.cqc.core.demo;

import fr.chambery.cqc.core.assembly.Assembly;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * The demo's spaces, once stored: Chambéry's CQC assembly and its seven councils, for the {@link DemoSeed}s.
 *
 * @param assembly the assembly of the conseils de quartier citoyens
 * @param councils its councils, in the order of the city's page
 */
public record DemoSpaces(Assembly assembly, List<Council> councils) {

    /** The two kinds of space of the demo, for {@link DemoSeed#enabledOn()}. */
    public enum Kind { ASSEMBLY, COUNCIL }

    /**
     * A council and its quartier.
     *
     * @param space  the council's space
     * @param of     the quartier's name with its preposition: « de Bellevue », « du Centre »
     * @param street an invented street of the quartier, for the demo
     * @param number its rank on the city's page, from 1
     */
    public record Council(Assembly space, String of, String street, int number) {
    }

    public DemoSpaces {
        councils = List.copyOf(councils);
    }

    /** The council whose space has that slug. */
    public Assembly council(String slug) {
        return councils.stream().map(Council::space).filter(s -> s.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No demo council " + slug));
    }
}
