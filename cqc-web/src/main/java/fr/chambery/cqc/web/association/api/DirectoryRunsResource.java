package fr.chambery.cqc.web.association.api;

import fr.chambery.cqc.core.access.Action;
import fr.chambery.cqc.core.access.Permissions;
import fr.chambery.cqc.core.association.Association;
import fr.chambery.cqc.core.association.Associations;
import fr.chambery.cqc.core.association.RunNotHeldException;
import fr.chambery.cqc.core.association.SyncAlreadyRunningException;
import fr.chambery.cqc.core.association.SyncRun;
import fr.chambery.cqc.core.association.UnlistingDecision;
import fr.chambery.cqc.integration.directory.DirectoryRuns;
import fr.chambery.cqc.integration.directory.SourceException;
import fr.chambery.cqc.web.api.ApiLanguage;
import fr.chambery.cqc.web.api.ProblemJson;
import fr.chambery.cqc.web.ui.RefusalMessages;
import jakarta.ws.rs.core.HttpHeaders;
import fr.chambery.cqc.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Locale;

/** The directory sync's runs, for administrators' programs (bearer token): start one, follow it, read its report. */
@Path("directory/runs")
@RequestScoped
public class DirectoryRunsResource {

    @Inject
    DirectoryRuns runs;

    @Inject
    Associations associations;

    @Inject
    UnlistingDecision decision;

    @Inject
    CurrentActor actor;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lancer une synchronisation de l'annuaire (202 ; 409 si une autre est en cours)")
    public Response start() {
        Permissions.require(actor.onApi(), Action.RUN_DIRECTORY_SYNC);
        SyncRun run;
        try {
            run = runs.start();
        } catch (SyncAlreadyRunningException e) {
            Locale language = ApiLanguage.of(headers);
            return ProblemJson.response(Response.Status.CONFLICT, RefusalMessages.text(language, "problem.sync.running"),
                    RefusalMessages.text(e, language));
        } catch (SourceException e) {
            return ProblemJson.response(Response.Status.CONFLICT, RefusalMessages.text(ApiLanguage.of(headers), "problem.sync.noSource"), e.getMessage());
        }
        return Response.accepted(RunJson.of(run, List.of()))
                .location(uri.getAbsolutePathBuilder().path(String.valueOf(run.id())).build()).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Les 50 dernières synchronisations")
    public List<RunJson> list() {
        Permissions.require(actor.onApi(), Action.RUN_DIRECTORY_SYNC);
        return associations.runs(50).stream().map(r -> RunJson.of(r, List.of())).toList();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Une synchronisation, ses comptes et chaque enregistrement rejeté avec sa raison")
    public RunJson get(@PathParam("id") long id) {
        Permissions.require(actor.onApi(), Action.RUN_DIRECTORY_SYNC);
        SyncRun run = associations.run(id).orElseThrow(NotFoundException::new);
        List<String> wouldUnlist = run.isHeld() ? associations.heldUnlisting(id, 100).stream().map(Association::name).toList() : List.of();
        return RunJson.of(run, associations.rejectionsOf(id).stream().map(r -> new RunJson.RejectionJson(r.record(), r.reason())).toList(),
                wouldUnlist);
    }

    @POST
    @Path("{id}/confirmation")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirmer une synchronisation À CONFIRMER : elle retire de la liste ce qu'elle annonçait (409 si elle n'attend rien)")
    public Response confirm(@PathParam("id") long id) {
        Permissions.require(actor.onApi(), Action.RUN_DIRECTORY_SYNC);
        return decide(id, () -> decision.confirm(actor.onApi(), id));
    }

    @POST
    @Path("{id}/discard")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Écarter une synchronisation À CONFIRMER : aucune association n'est retirée (409 si elle n'attend rien)")
    public Response discard(@PathParam("id") long id) {
        Permissions.require(actor.onApi(), Action.RUN_DIRECTORY_SYNC);
        return decide(id, () -> decision.discard(actor.onApi(), id));
    }

    private Response decide(long id, java.util.function.Supplier<SyncRun> decision) {
        if (associations.run(id).isEmpty()) {
            throw new NotFoundException();
        }
        try {
            return Response.ok(RunJson.of(decision.get(), List.of())).build();
        } catch (RunNotHeldException e) {
            Locale language = ApiLanguage.of(headers);
            return ProblemJson.response(Response.Status.CONFLICT, RefusalMessages.text(language, "problem.sync.notHeld"),
                    RefusalMessages.text(e, language));
        } catch (SyncAlreadyRunningException e) {
            Locale language = ApiLanguage.of(headers);
            return ProblemJson.response(Response.Status.CONFLICT, RefusalMessages.text(language, "problem.sync.busy"),
                    RefusalMessages.text(e, language));
        }
    }
}
