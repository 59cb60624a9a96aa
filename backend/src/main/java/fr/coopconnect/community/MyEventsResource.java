package fr.coopconnect.community;

import fr.coopconnect.common.Page;
import fr.coopconnect.common.Paging;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me/events")
@Tag(name = "Events")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MyEventsResource {

    @Inject
    EventService events;

    @GET
    @Operation(summary = "The events the caller registered for", description = "Any member, for their own registrations. "
            + "Each event the caller holds a seat (REGISTERED) or a waiting place (WAITLISTED, with `waitlistPosition`) "
            + "at, events not yet ended first (soonest first), then past ones (latest first); cancelled events stay "
            + "with status CANCELLED. Withdrawn registrations are left out. Never shows other registrants.")
    @APIResponse(responseCode = "200", description = "One page of the caller's events")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public Page<MyEventDto> list(@BeanParam @Valid Paging paging) {
        return events.mine(paging.page, paging.size);
    }
}
