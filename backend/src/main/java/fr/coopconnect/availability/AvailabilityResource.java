package fr.coopconnect.availability;

import fr.coopconnect.common.Paging;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;

@Path("/api/v1/availability")
@Tag(name = "Availability")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@SecurityRequirements
public class AvailabilityResource {

    @Inject
    AvailabilityService availability;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Search free slots across every venue", description = "Public. A free slot is time when the venue "
            + "is open (weekly hours, minus closures, minus public holidays unless open), within the space's own hours, "
            + "booking horizon and notice, not blocked and — for EXCLUSIVE spaces — not booked, buffers included. For "
            + "SHARED spaces a run of time with at least `seats` free seats is split where the free count changes. Slots "
            + "sit on the space's slot grid and the run they belong to lasts at least `minDuration`.")
    @APIResponse(responseCode = "200", description = "Spaces with free slots: by distance with `near`, else by earliest slot")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public AvailabilityDto.Page search(@BeanParam @Valid AvailabilityParams params, @BeanParam @Valid Paging paging) {
        return availability.search(params.toQuery(clock.instant(), null), paging.page, paging.size);
    }
}
