package fr.chambery.cqc.core.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Stores every {@link Instant} as the UTC date-time in a {@code TIMESTAMP} column, whatever the JVM's
 * time zone: a meeting at 02:30 on the night clocks go back is stored, and read back, as the instant it
 * is (a JDBC {@code Timestamp} would pass through the JVM's zone and lose one of the two 02:30).
 */
@Converter(autoApply = true)
public class InstantAsUtc implements AttributeConverter<Instant, LocalDateTime> {

    @Override
    public LocalDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
