package fr.chambery.cqc.web.assembly.api;

import java.time.LocalDate;
import java.util.List;

/**
 * What a program sends to create or change an assembly. On a change, {@code version} is the version it
 * read ({@code GET} answers it); absent fields are left as they are... except on creation, where
 * {@code slug}, {@code title} and {@code subtitle} are required.
 */
public record AssemblyInput(String slug, String parent, Long version, String title, String subtitle,
                            String shortDescription, String description, String purposeOfAction, String composition,
                            String internalOrganisation, String specialFeatures, String announcement,
                            String scope, String target, String participatoryScope, String type,
                            LocalDate creationDate, LocalDate duration, Boolean promoted, Integer weight,
                            List<String> components) {
}
