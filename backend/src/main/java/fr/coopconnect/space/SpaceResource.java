package fr.coopconnect.space;

import fr.coopconnect.common.ETags;
import fr.coopconnect.venue.VenueAccess;
import jakarta.annotation.security.PermitAll;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/spaces/{spaceId}")
@Tag(name = "Spaces")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SpaceResource {

    @Inject
    SpaceService spaces;

    @Inject
    VenueAccess access;

    @GET
    @PermitAll
    @SecurityRequirements
    @Operation(summary = "Get a space", description = "Public. The ETag header carries the version for If-Match.")
    @APIResponse(responseCode = "200", description = "The space",
            content = @Content(schema = @Schema(implementation = SpaceDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("spaceId") UUID spaceId) {
        Space space = spaces.require(spaceId);
        return Response.ok(SpaceService.toDto(space)).tag(ETags.of(space.version)).build();
    }

    @PUT
    @Authenticated
    @Operation(summary = "Update a space and its booking rules", description = "The venue's managers and network-admins. "
            + "Send `If-Match` with the ETag to refuse overwriting someone else's change (412).")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = SpaceDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response update(@PathParam("spaceId") UUID spaceId,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag of the version being edited") String ifMatch,
                           @Valid @NotNull SpaceDto space) {
        access.requireManager(spaces.require(spaceId).venueId);
        Space updated = spaces.update(spaceId, space, ETags.parse(ifMatch));
        return Response.ok(SpaceService.toDto(updated)).tag(ETags.of(updated.version)).build();
    }

    @DELETE
    @Authenticated
    @Operation(summary = "Delete a space", description = "The venue's managers and network-admins. "
            + "A space with bookings is kept (409 in-use): deactivate it instead.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public void delete(@PathParam("spaceId") UUID spaceId) {
        access.requireManager(spaces.require(spaceId).venueId);
        spaces.delete(spaceId);
    }
}
