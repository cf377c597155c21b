package fr.chambery.cqc.web.assembly.api;

import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.AssemblyAdministration;
import fr.chambery.cqc.core.assembly.AssemblyCatalog;
import fr.chambery.cqc.core.assembly.AssemblyFilter;
import fr.chambery.cqc.core.assembly.AssemblyTypes;
import fr.chambery.cqc.core.assembly.ParticipationScope;
import fr.chambery.cqc.core.assembly.Reference;
import fr.chambery.cqc.core.assembly.Slug;
import fr.chambery.cqc.core.assembly.UnknownAssemblyException;
import fr.chambery.cqc.core.persistence.ResultPage;
import fr.chambery.cqc.core.space.ComponentDescriptor;
import fr.chambery.cqc.core.space.ComponentRegistry;
import fr.chambery.cqc.web.api.PageJson;
import fr.chambery.cqc.web.api.PageRequest;
import fr.chambery.cqc.web.api.InvalidRequestException;
import fr.chambery.cqc.web.api.ProblemJson;
import fr.chambery.cqc.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Published assemblies and sub-spaces for everyone; creating, changing and publishing them for programs
 * holding a bearer token, under the same {@code Permissions} as the back office.
 */
@Path("assemblies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AssembliesResource {

    @Inject
    AssemblyCatalog catalog;

    @Inject
    ComponentRegistry components;

    @Inject
    AssemblyAdministration administration;

    @Inject
    AssemblyTypes types;

    @Inject
    CurrentActor currentActor;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Les assemblées publiées",
            description = "Les assemblées visibles, ou seulement les sous-espaces de « parent », ou seulement celles d'un type ; "
                    + "par pages.")
    @APIResponse(responseCode = "200", description = "Une page de la liste, dans l'ordre d'affichage",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Page")))
    @APIResponse(responseCode = "400", description = "Paramètre malformé, pagination invalide ou parent inconnu",
            content = @Content(mediaType = ProblemJson.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class)))
    @Parameter(ref = "page")
    @Parameter(ref = "size")
    public Response list(
            @Parameter(description = "slug de l'assemblée parente") @QueryParam("parent") String parent,
            @Parameter(description = "clé du type d'assemblée") @QueryParam("type") String type,
            @BeanParam PageRequest paging) {
        Optional<String> parentSlug = optional("parent", parent);
        Optional<String> typeKey = optional("type", type);
        int page = paging.page();
        int size = paging.size();
        ResultPage<Assembly> found;
        try {
            found = catalog.search(new AssemblyFilter(parentSlug, typeKey), page, size);
        } catch (UnknownAssemblyException e) {
            throw new BadRequestException(ProblemJson.response(Response.Status.BAD_REQUEST, "Parent inconnu",
                    "Paramètre parent : aucune assemblée publiée « " + e.slug() + " »."));
        }
        return PageJson.response(uri, found, PageJson.of(found, summaries(found.items(), parentSlug.orElse(null))));
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
                page(a.slug()), a.version());
    }

    // --- writes: bearer token only ------------------------------------------------------------

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Créer une assemblée ou un sous-espace (jeton Bearer)")
    @APIResponse(responseCode = "201", description = "Créée ; Location donne son adresse")
    @APIResponse(responseCode = "400", description = "Données invalides")
    @APIResponse(responseCode = "401", description = "Sans jeton")
    @APIResponse(responseCode = "403", description = "Le compte du jeton ne le permet pas")
    public Response create(AssemblyInput input) {
        if (input == null || input.slug() == null || input.title() == null || input.subtitle() == null) {
            throw new InvalidRequestException("request.assembly.required");
        }
        if (input.type() != null && !input.type().isBlank() && types.byKey(input.type()).isEmpty()) {
            throw new InvalidRequestException("refusal.type.unknown", input.type());
        }
        Actor actor = currentActor.onApi();
        Assembly created = administration.create(actor,
                new Assembly(input.slug(), input.title(), AssemblyChanges.texts(input, null), Instant.now()),
                Optional.ofNullable(input.parent()));
        administration.update(actor, created.slug(), created.version(), a -> AssemblyChanges.apply(input, a, types));
        return Response.created(uri.getBaseUriBuilder().path("assemblies").path(created.slug()).build())
                .entity(new AssemblyCreatedJson(created.slug(), page(created.slug()))).build();
    }

    @PUT
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Modifier une assemblée (jeton Bearer) ; version obligatoire")
    @APIResponse(responseCode = "204", description = "Modifiée")
    @APIResponse(responseCode = "409", description = "Modifiée entre-temps par quelqu'un d'autre")
    public Response update(@PathParam("slug") String slug, AssemblyInput input) {
        if (input == null || input.version() == null) {
            throw new InvalidRequestException("request.version.required");
        }
        administration.update(currentActor.onApi(), slug, input.version(), a -> AssemblyChanges.apply(input, a, types));
        return Response.noContent().build();
    }

    @PUT
    @Path("{slug}/publication")
    @Operation(summary = "Publier une assemblée (jeton Bearer)")
    public Response publish(@PathParam("slug") String slug) {
        administration.publish(currentActor.onApi(), slug, true);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{slug}/publication")
    @Operation(summary = "Dépublier une assemblée (jeton Bearer)")
    public Response unpublish(@PathParam("slug") String slug) {
        administration.publish(currentActor.onApi(), slug, false);
        return Response.noContent().build();
    }

    private List<AssemblySummaryJson> summaries(List<Assembly> spaces, String knownParentSlug) {
        Map<Long, Long> counts = catalog.subSpaceCounts(spaces);
        Map<Long, String> slugsById = new HashMap<>();
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
