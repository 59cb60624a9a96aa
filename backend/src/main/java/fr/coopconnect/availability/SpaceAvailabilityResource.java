package fr.coopconnect.availability;

import fr.coopconnect.space.Space;
import fr.coopconnect.space.SpaceService;
import fr.coopconnect.venue.VenueService;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.util.UUID;

@Path("/api/v1/spaces/{spaceId}/availability")
@Tag(name = "Availability")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@SecurityRequirements
public class SpaceAvailabilityResource {

    @Inject
    AvailabilityService availability;

    @Inject
    SpaceService spaces;

    @Inject
    VenueService venues;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Free slots of one space", description = "Public. Same rules as the search; `slots` is empty when "
            + "nothing is free.")
    @APIResponse(responseCode = "200", description = "The space's free slots")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public AvailabilityDto.Result forSpace(@PathParam("spaceId") UUID spaceId, @BeanParam @Valid AvailabilityParams params) {
        Space space = spaces.require(spaceId);
        return availability.forSpace(params.toQuery(clock.instant(), spaceId), space, venues.require(space.venueId));
    }
}
