package fr.chambery.cqc.core.assembly;

import java.util.List;

/** An assembly's state as the action log keeps it, before and after a change. */
public record AssemblySnapshot(String slug, String title, String subtitle, String shortDescription, String description,
                               String purposeOfAction, String composition, String internalOrganisation,
                               String specialFeatures, String announcement, String scope, String target,
                               String participatoryScope, String type, String parent, String creationDate,
                               String createdBy, String duration, boolean published, boolean promoted, int weight,
                               List<String> components) {

    static AssemblySnapshot of(Assembly a) {
        AssemblyTexts t = a.texts();
        ParticipationScope p = a.participation();
        return new AssemblySnapshot(a.slug(), a.title(), t.subtitle(), t.shortDescription(), t.description(),
                t.purposeOfAction(), t.composition(), t.internalOrganisation(), t.specialFeatures(), t.announcement(),
                p.scope(), p.target(), p.participatoryScope(), a.type().map(AssemblyType::key).orElse(null),
                a.parent().map(Assembly::slug).orElse(null), a.creationDate().map(Object::toString).orElse(null),
                a.createdBy().map(Enum::name).orElse(null), a.duration().map(Object::toString).orElse(null),
                a.isPublished(), a.isPromoted(), a.weight(), a.enabledComponents().stream().sorted().toList());
    }
}
