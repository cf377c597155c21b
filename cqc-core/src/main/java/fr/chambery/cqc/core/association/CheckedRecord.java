package fr.chambery.cqc.core.association;

import fr.chambery.cqc.core.text.SearchText;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A record that passed the checks, its fields trimmed and its spaces normalised (non-breaking ones
 * too; the purpose keeps its line breaks): a name, a well-formed e-mail and website when given, an RNA number of the right shape.
 */
public record CheckedRecord(String directoryId, String rnaNumber, String name, String theme, String quartier,
                            String purpose, String address, String postcode, String phone, String email,
                            String website, String directoryUrl) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern RNA = Pattern.compile("W\\d{9}");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f]+");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n|\\u2028|\\u2029");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    /** The record checked, or why it is rejected (in French, for the run's report). */
    public static Result check(DirectoryRecord r) {
        String name = clean(r.name());
        if (name == null) {
            return Result.rejected("sans nom");
        }
        String email = clean(r.email());
        if (email != null && !EMAIL.matcher(email).matches()) {
            return Result.rejected("adresse e-mail mal formée : " + email);
        }
        String website = clean(r.website());
        if (website != null) {
            if (!website.matches("(?i)https?://.*")) {
                website = "https://" + website;
            }
            if (!isWebAddress(website)) {
                return Result.rejected("site web mal formé : " + clean(r.website()));
            }
        }
        String rna = clean(r.rnaNumber());
        if (rna != null) {
            rna = rna.toUpperCase(Locale.ROOT);
            if (!RNA.matcher(rna).matches()) {
                return Result.rejected("numéro RNA mal formé : " + rna);
            }
        }
        return new Result(Optional.of(new CheckedRecord(clean(r.directoryId()), rna, name, clean(r.theme()), clean(r.quartier()),
                cleanText(r.purpose()), clean(r.address()), clean(r.postcode()), clean(r.phone()), email, website, clean(r.directoryUrl()))),
                null);
    }

    /** Checked, or rejected with a reason. */
    public record Result(Optional<CheckedRecord> record, String reason) {
        static Result rejected(String reason) {
            return new Result(Optional.empty(), reason);
        }
    }

    /** RNA number, else the directory's id, else the normalised name and postcode. */
    public String identityKey() {
        if (rnaNumber != null) {
            return "rna:" + rnaNumber;
        }
        if (directoryId != null) {
            return "annuaire:" + directoryId;
        }
        return "nom:" + SearchText.normalize(name) + "|" + (postcode == null ? "" : postcode);
    }

    /** Recognises an unchanged record without comparing field by field. */
    public String contentHash() {
        String joined = String.join("\u001f", nz(directoryId), nz(rnaNumber), name, nz(theme), nz(quartier), nz(purpose),
                nz(address), nz(postcode), nz(phone), nz(email), nz(website), nz(directoryUrl));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isWebAddress(String value) {
        try {
            URI uri = URI.create(value);
            return uri.getHost() != null && uri.getHost().contains(".") && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * A text of several lines (the purpose): spaces normalised within each line, line breaks kept (as
     * {@code \n}), blank lines in a row reduced to one, blank lines at either end dropped.
     */
    static String cleanText(String value) {
        if (value == null) {
            return null;
        }
        String joined = LINE_BREAK.splitAsStream(value).map(line -> SPACES.matcher(line).replaceAll(" ").strip())
                .collect(java.util.stream.Collectors.joining("\n"));
        String cleaned = BLANK_LINES.matcher(joined).replaceAll("\n\n").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = SPACES.matcher(value).replaceAll(" ").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
