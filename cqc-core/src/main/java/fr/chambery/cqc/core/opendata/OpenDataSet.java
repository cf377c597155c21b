package fr.chambery.cqc.core.opendata;

import java.util.List;

/**
 * One file of the open data (a CSV and a JSON of the same rows) that a component, or the shell for the spaces,
 * contributes: an {@code @ApplicationScoped} bean implementing this, found by {@link OpenDataArchive}; the
 * archive names no kind.
 *
 * <h2>Usage</h2>
 * <pre>
 * &#64;ApplicationScoped
 * public class MeetingsPublicContent implements OpenDataSet {
 *     public String name() { return "rencontres"; }
 *     public String title() { return "Rencontres"; }
 *     public List&lt;OpenDataField&gt; fields() { return List.of(OpenDataField.integer("id", "Identifiant"), ...); }
 *     public List&lt;List&lt;Object&gt;&gt; rows() { return ...; } // one value per field, in order
 * }
 * </pre>
 * Read in the background, never on a visitor's request. Only what the public may see, and never personal
 * data: no member, no staff, no e-mail address or phone number.
 */
public interface OpenDataSet {

    /** The files' name without extension: lower case letters, digits and dashes. */
    String name();

    /** Its title in the data package, in French. */
    String title();

    /** What a row is, in French. */
    String description();

    List<OpenDataField> fields();

    /**
     * The rows, each with one value per field in their order: {@link String}, {@link Number}, {@link Boolean},
     * {@link java.time.LocalDate}, {@link java.time.Instant}, or {@code null}; a {@link OpenDataField.Type#LINK}
     * is a path from the site's root ({@code /files/12/cr.pdf}).
     */
    List<List<Object>> rows();
}
