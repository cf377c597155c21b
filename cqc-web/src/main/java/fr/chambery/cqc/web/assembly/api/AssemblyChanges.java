package fr.chambery.cqc.web.assembly.api;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.web.api.InvalidRequestException;
import fr.chambery.cqc.core.assembly.AssemblyTexts;
import fr.chambery.cqc.core.assembly.AssemblyTypes;
import fr.chambery.cqc.core.assembly.ParticipationScope;

import java.util.Optional;
import java.util.function.Function;

/** Applies an {@link AssemblyInput} to an assembly: what the input leaves out stays as it is. */
final class AssemblyChanges {

    private AssemblyChanges() {
    }

    static void apply(AssemblyInput in, Assembly a, AssemblyTypes types) {
        if (in.title() != null) {
            a.retitle(in.title());
        }
        a.describe(texts(in, a.texts()));
        ParticipationScope p = a.participation();
        a.defineParticipation(new ParticipationScope(or(in.scope(), p.scope()), or(in.target(), p.target()),
                or(in.participatoryScope(), p.participatoryScope()), p.participatoryStructure(), p.metaScope(),
                p.localArea(), p.developerGroup()));
        if (in.type() != null) {
            a.classifyAs(in.type().isBlank() ? null : types.byKey(in.type())
                    .orElseThrow(() -> new InvalidRequestException("refusal.type.unknown", in.type())));
        }
        if (in.creationDate() != null) {
            a.recordCreation(in.creationDate(), a.createdBy().orElse(null));
        }
        if (in.duration() != null) {
            a.lastUntil(in.duration());
        }
        Optional.ofNullable(in.promoted()).ifPresent(a::promote);
        Optional.ofNullable(in.weight()).ifPresent(a::placeAt);
        Optional.ofNullable(in.components()).ifPresent(a::enableOnly);
    }

    static AssemblyTexts texts(AssemblyInput in, AssemblyTexts current) {
        Function<Function<AssemblyTexts, String>, String> now = field -> current == null ? null : field.apply(current);
        return AssemblyTexts.builder()
                .subtitle(or(in.subtitle(), now.apply(AssemblyTexts::subtitle)))
                .shortDescription(or(in.shortDescription(), now.apply(AssemblyTexts::shortDescription)))
                .description(or(in.description(), now.apply(AssemblyTexts::description)))
                .purposeOfAction(or(in.purposeOfAction(), now.apply(AssemblyTexts::purposeOfAction)))
                .composition(or(in.composition(), now.apply(AssemblyTexts::composition)))
                .internalOrganisation(or(in.internalOrganisation(), now.apply(AssemblyTexts::internalOrganisation)))
                .specialFeatures(or(in.specialFeatures(), now.apply(AssemblyTexts::specialFeatures)))
                .announcement(or(in.announcement(), now.apply(AssemblyTexts::announcement)))
                .build();
    }

    private static String or(String given, String current) {
        return given != null ? given : current;
    }
}
