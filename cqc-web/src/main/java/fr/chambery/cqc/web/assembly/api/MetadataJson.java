package fr.chambery.cqc.web.assembly.api;

import java.time.LocalDate;

/**
 * The metadata panel: {@code scope} is « Périmètre d'application », {@code target} « Participants »,
 * {@code participatoryScope} « Objectifs »; {@code duration} is absent when {@code indefinite}.
 */
public record MetadataJson(String scope, String target, String participatoryScope, String participatoryStructure,
                           String metaScope, String localArea, String developerGroup, LocalDate creationDate,
                           String createdBy, LocalDate duration, boolean indefinite) {
}
