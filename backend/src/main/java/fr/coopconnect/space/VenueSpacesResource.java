package fr.coopconnect.space;

import fr.coopconnect.common.ETags;
import fr.coopconnect.venue.VenueAccess;
import jakarta.annotation.security.PermitAll;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/venues/{venueId}/spaces")
@Tag(name = "Spaces")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class VenueSpacesResource {

    @Inject
    SpaceService spaces;

    @Inject
    VenueAccess access;

    @GET
    @PermitAll
    @SecurityRequirements
    @Operation(summary = "List a venue's spaces", description = "Public.")
    @APIResponse(responseCode = "200", description = "The venue's spaces, by name")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<SpaceDto> list(@PathParam("venueId") UUID venueId) {
        return spaces.listForVenue(venueId);
    }

    @POST
    @Authenticated
    @Operation(summary = "Add a space to a venue", description = "The venue's managers and network-admins.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = SpaceDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response create(@PathParam("venueId") UUID venueId, @Valid @NotNull SpaceDto space) {
        access.requireManager(venueId);
        Space created = spaces.create(venueId, space);
        return Response.created(URI.create("/api/v1/spaces/" + created.id))
                .tag(ETags.of(created.version)).entity(SpaceService.toDto(created)).build();
    }

}
