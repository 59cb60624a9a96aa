package fr.coopconnect.space;

import fr.coopconnect.member.CurrentMember;
import fr.coopconnect.venue.VenueAccess;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/spaces/{spaceId}/blocks")
@Tag(name = "Spaces")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class BlockResource {

    @Inject
    BlockService blocks;

    @Inject
    SpaceService spaces;

    @Inject
    VenueAccess access;

    @Inject
    CurrentMember current;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "List a space's blocks, with their reasons",
            description = "The venue's managers and network-admins. The public sees blocks only as busy time in the availability search.")
    @APIResponse(responseCode = "200", description = "Blocks overlapping the window, by start")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<BlockDto> list(@PathParam("spaceId") UUID spaceId,
                               @QueryParam("from") @Parameter(description = "Window start (ISO-8601 with offset); default now") OffsetDateTime from,
                               @QueryParam("to") @Parameter(description = "Window end (ISO-8601 with offset); default unbounded") OffsetDateTime to) {
        access.requireManager(spaces.require(spaceId).venueId);
        return blocks.list(spaceId, from == null ? clock.instant() : from.toInstant(), to == null ? null : to.toInstant());
    }

    @POST
    @Operation(summary = "Block a space for the venue's own use", description = "The venue's managers and network-admins. "
            + "Existing bookings are not touched; the blocked time disappears from the availability search.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = BlockDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response create(@PathParam("spaceId") UUID spaceId, @Valid @NotNull BlockDto block) {
        access.requireManager(spaces.require(spaceId).venueId);
        BlockDto created = blocks.create(spaceId, block, current.id());
        return Response.created(URI.create("/api/v1/spaces/" + spaceId + "/blocks/" + created.id())).entity(created).build();
    }

    @DELETE
    @Path("/{blockId}")
    @Operation(summary = "Remove a block", description = "The venue's managers and network-admins.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public void delete(@PathParam("spaceId") UUID spaceId, @PathParam("blockId") UUID blockId) {
        access.requireManager(spaces.require(spaceId).venueId);
        blocks.delete(spaceId, blockId);
    }
}
