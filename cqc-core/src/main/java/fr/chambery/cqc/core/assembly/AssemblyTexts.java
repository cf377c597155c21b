package fr.chambery.cqc.core.assembly;

import fr.chambery.cqc.core.text.RichText;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What an assembly says of itself (Decidim's « À propos » sections). Rich-text fields are sanitized
 * when the value is built; plain fields are stripped.
 */
@Embeddable
public class AssemblyTexts {

    /** Column size of rich-text fields (VARCHAR on both H2 and PostgreSQL). */
    public static final int RICH_TEXT = 100_000;

    @Column(nullable = false, length = 500)
    private String subtitle;
    @Column(name = "short_description", length = RICH_TEXT)
    private String shortDescription;
    @Column(length = RICH_TEXT)
    private String description;
    @Column(name = "purpose_of_action", length = RICH_TEXT)
    private String purposeOfAction;
    @Column(length = RICH_TEXT)
    private String composition;
    @Column(name = "internal_organisation", length = RICH_TEXT)
    private String internalOrganisation;
    @Column(name = "special_features", length = RICH_TEXT)
    private String specialFeatures;
    @Column(length = RICH_TEXT)
    private String announcement;

    protected AssemblyTexts() {
    }

    private AssemblyTexts(Builder b) {
        this.subtitle = b.subtitle == null ? "" : b.subtitle.strip();
        this.shortDescription = RichText.sanitize(b.shortDescription);
        this.description = RichText.sanitize(b.description);
        this.purposeOfAction = RichText.sanitize(b.purposeOfAction);
        this.composition = RichText.sanitize(b.composition);
        this.internalOrganisation = RichText.sanitize(b.internalOrganisation);
        this.specialFeatures = RichText.sanitize(b.specialFeatures);
        this.announcement = RichText.sanitize(b.announcement);
    }

    public static Builder builder() {
        return new Builder();
    }

    public String subtitle() { return subtitle; }
    public String shortDescription() { return shortDescription; }
    public String description() { return description; }
    public String purposeOfAction() { return purposeOfAction; }
    public String composition() { return composition; }
    public String internalOrganisation() { return internalOrganisation; }
    public String specialFeatures() { return specialFeatures; }
    public String announcement() { return announcement; }

    public static final class Builder {
        private String subtitle, shortDescription, description, purposeOfAction, composition,
                internalOrganisation, specialFeatures, announcement;

        public Builder subtitle(String v) { subtitle = v; return this; }
        public Builder shortDescription(String v) { shortDescription = v; return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder purposeOfAction(String v) { purposeOfAction = v; return this; }
        public Builder composition(String v) { composition = v; return this; }
        public Builder internalOrganisation(String v) { internalOrganisation = v; return this; }
        public Builder specialFeatures(String v) { specialFeatures = v; return this; }
        public Builder announcement(String v) { announcement = v; return this; }

        public AssemblyTexts build() {
            return new AssemblyTexts(this);
        }
    }
}
