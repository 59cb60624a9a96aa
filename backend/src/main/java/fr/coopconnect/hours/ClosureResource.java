package fr.coopconnect.hours;

import fr.coopconnect.venue.VenueAccess;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/venues/{venueId}/closures")
@Tag(name = "Opening hours")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ClosureResource {

    @Inject
    ClosureService closures;

    @Inject
    VenueAccess access;

    @GET
    @PermitAll
    @SecurityRequirements
    @Operation(summary = "List a venue's closures", description = "Public. By default only closures ending today or "
            + "later (in the venue's time zone), earliest first.")
    @APIResponse(responseCode = "200", description = "The closures")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<ClosureDto> list(
            @PathParam("venueId") @Parameter(description = "Venue id") UUID venueId,
            @QueryParam("past") @DefaultValue("false") @Parameter(description = "Also list closures that are over") boolean past) {
        return closures.list(venueId, past);
    }

    @POST
    @Operation(summary = "Close a venue for whole days", description = "The venue's managers and network-admins. "
            + "Both dates are included; at most 366 days.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ClosureDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response create(@PathParam("venueId") @Parameter(description = "Venue id") UUID venueId,
                           @Valid @NotNull ClosureDto closure) {
        access.requireManager(venueId);
        Closure created = closures.create(venueId, closure);
        return Response.created(URI.create("/api/v1/venues/" + venueId + "/closures/" + created.id))
                .entity(ClosureDto.of(created)).build();
    }

    @DELETE
    @Path("/{closureId}")
    @Operation(summary = "Remove a closure", description = "The venue's managers and network-admins.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public void delete(@PathParam("venueId") @Parameter(description = "Venue id") UUID venueId,
                       @PathParam("closureId") @Parameter(description = "Closure id, of this venue") UUID closureId) {
        access.requireManager(venueId);
        closures.delete(venueId, closureId);
    }
}
