package fr.chambery.cqc.web.assembly.api;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.AssemblyCatalog;
import fr.chambery.cqc.core.assembly.AssemblyFilter;
import fr.chambery.cqc.core.assembly.ParticipationScope;
import fr.chambery.cqc.core.assembly.Reference;
import fr.chambery.cqc.core.assembly.Slug;
import fr.chambery.cqc.core.assembly.UnknownAssemblyException;
import fr.chambery.cqc.core.space.ComponentDescriptor;
import fr.chambery.cqc.core.space.ComponentRegistry;
import fr.chambery.cqc.web.api.ProblemJson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Published assemblies and sub-spaces, read-only. */
@Path("assemblies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AssembliesResource {

    @Inject
    AssemblyCatalog catalog;

    @Inject
    ComponentRegistry components;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Les assemblées publiées",
            description = "Toutes les assemblées visibles, ou seulement les sous-espaces de « parent », ou seulement celles d'un type.")
    @APIResponse(responseCode = "200", description = "La liste, dans l'ordre d'affichage")
    @APIResponse(responseCode = "400", description = "Paramètre malformé ou parent inconnu",
            content = @Content(mediaType = ProblemJson.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class)))
    public List<AssemblySummaryJson> list(
            @Parameter(description = "slug de l'assemblée parente") @QueryParam("parent") String parent,
            @Parameter(description = "clé du type d'assemblée") @QueryParam("type") String type) {
        Optional<String> parentSlug = optional("parent", parent);
        Optional<String> typeKey = optional("type", type);
        List<Assembly> found;
        try {
            found = catalog.search(new AssemblyFilter(parentSlug, typeKey));
        } catch (UnknownAssemblyException e) {
            throw new BadRequestException(ProblemJson.response(Response.Status.BAD_REQUEST, "Parent inconnu",
                    "Paramètre parent : aucune assemblée publiée « " + e.slug() + " »."));
        }
        return summaries(found, parentSlug.orElse(null));
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "Une assemblée publiée, avec ses sous-espaces et ses métadonnées")
    @APIResponse(responseCode = "200", description = "L'assemblée")
    @APIResponse(responseCode = "404", description = "Aucune assemblée publiée sous ce slug",
            content = @Content(mediaType = ProblemJson.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class)))
    public AssemblyJson get(@PathParam("slug") String slug) {
        Assembly a = catalog.visible(slug).orElseThrow(() -> new UnknownAssemblyException(slug));
        List<Assembly> ancestors = a.ancestors();
        ParticipationScope p = a.participation();
        return new AssemblyJson(a.slug(), a.reference().map(Reference::value).orElse(null), a.title(),
                a.texts().subtitle(), a.texts().shortDescription(),
                new AssemblyJson.Sections(a.texts().description(), a.texts().purposeOfAction(), a.texts().composition(),
                        a.texts().internalOrganisation(), a.texts().specialFeatures(), a.texts().announcement()),
                new MetadataJson(p.scope(), p.target(), p.participatoryScope(), p.participatoryStructure(),
                        p.metaScope(), p.localArea(), p.developerGroup(), a.creationDate().orElse(null),
                        a.createdBy().map(Enum::name).orElse(null), a.duration().orElse(null), a.isIndefinite()),
                a.type().map(AssemblyTypeJson::of).orElse(null),
                ancestors.stream().map(x -> new AssemblyJson.BreadcrumbJson(x.slug(), x.title())).toList(),
                summaries(catalog.subSpacesOf(a), a.slug()),
                components.deployedAmong(a.enabledComponents()).stream().map(ComponentDescriptor::key).toList(),
                page(a.slug()));
    }

    private List<AssemblySummaryJson> summaries(List<Assembly> spaces, String knownParentSlug) {
        Map<Long, Long> counts = catalog.subSpaceCounts(spaces);
        Map<Long, String> slugsById = new java.util.HashMap<>();
        spaces.forEach(s -> slugsById.put(s.id(), s.slug()));
        return spaces.stream()
                .map(s -> AssemblySummaryJson.of(s,
                        knownParentSlug != null ? knownParentSlug : s.parentId().map(slugsById::get).orElse(null),
                        counts.getOrDefault(s.id(), 0L), page(s.slug())))
                .toList();
    }

    private URI page(String slug) {
        return uri.getBaseUriBuilder().path("..").path("assemblies").path(slug).build().normalize();
    }

    private static Optional<String> optional(String name, String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        if (!Slug.isValid(value)) {
            throw new BadRequestException(ProblemJson.response(Response.Status.BAD_REQUEST, "Paramètre malformé",
                    "Paramètre " + name + " : lettres minuscules, chiffres et tirets attendus, au plus "
                            + Slug.MAX_LENGTH + " caractères."));
        }
        return Optional.of(value);
    }
}
