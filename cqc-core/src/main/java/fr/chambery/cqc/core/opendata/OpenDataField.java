package fr.chambery.cqc.core.opendata;

import java.util.Objects;

/**
 * One column of an open-data file, as the Frictionless Data Package describes it.
 *
 * @param name        its name in the CSV header and the JSON objects
 * @param type        its Table Schema type
 * @param description what it holds, in French
 */
public record OpenDataField(String name, Type type, String description) {

    /** The Table Schema types used; {@link #LINK} is an address on this site, written absolute. */
    public enum Type {
        STRING("string", null), INTEGER("integer", null), BOOLEAN("boolean", null), DATE("date", null),
        DATETIME("datetime", null), LINK("string", "uri");

        private final String tableSchema;
        private final String format;

        Type(String tableSchema, String format) {
            this.tableSchema = tableSchema;
            this.format = format;
        }

        public String tableSchema() {
            return tableSchema;
        }

        /** The Table Schema format, or {@code null} for the default. */
        public String format() {
            return format;
        }
    }

    public OpenDataField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
    }

    public static OpenDataField string(String name, String description) {
        return new OpenDataField(name, Type.STRING, description);
    }

    public static OpenDataField integer(String name, String description) {
        return new OpenDataField(name, Type.INTEGER, description);
    }
}
