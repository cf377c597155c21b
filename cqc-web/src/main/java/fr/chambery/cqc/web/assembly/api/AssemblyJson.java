package fr.chambery.cqc.web.assembly.api;

import java.net.URI;
import java.util.List;

/**
 * One assembly with its « À propos » sections, metadata, breadcrumb and published sub-spaces;
 * {@code version} is what a change must send back.
 */
public record AssemblyJson(String slug, String reference, String title, String subtitle, String shortDescription,
                           Sections about, MetadataJson metadata, AssemblyTypeJson type,
                           List<BreadcrumbJson> ancestors, List<AssemblySummaryJson> subSpaces,
                           List<String> components, URI page, long version) {

    /** Rich text, sanitized HTML. */
    public record Sections(String description, String purposeOfAction, String composition,
                           String internalOrganisation, String specialFeatures, String announcement) {
    }

    public record BreadcrumbJson(String slug, String title) {
    }
}
