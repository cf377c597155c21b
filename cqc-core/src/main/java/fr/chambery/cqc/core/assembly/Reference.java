package fr.chambery.cqc.core.assembly;

import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A space's public reference, built the way Decidim builds it: the organisation's prefix, the first four
 * letters of the resource's class name in capitals ({@code ASSE}), the year and month of creation and the
 * database id, neither padded nor counted per space: {@code chbry-ASSE-2021-05-1}.
 */
public record Reference(String value) {

    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9]{1,20}");

    public Reference {
        Objects.requireNonNull(value, "value");
    }

    public static Reference ofAssembly(String organisationPrefix, YearMonth created, long id) {
        Objects.requireNonNull(created, "created");
        if (organisationPrefix == null || !PREFIX.matcher(organisationPrefix).matches()) {
            throw new IllegalArgumentException("Invalid organisation prefix: " + organisationPrefix);
        }
        if (id <= 0) {
            throw new IllegalArgumentException("A reference needs the stored id, got " + id);
        }
        return new Reference(String.join("-", organisationPrefix, "ASSE", created.toString(), Long.toString(id)));
    }

    @Override
    public String toString() {
        return value;
    }
}
