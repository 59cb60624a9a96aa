package fr.coopconnect.calendar;

import fr.coopconnect.common.Messages;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/spaces/{spaceId}/busy.ics")
@Tag(name = "Calendars")
@PermitAll
@SecurityRequirements
public class SpaceBusyResource {

    @Inject
    CalendarService calendars;

    @GET
    @Produces("text/calendar")
    @Operation(summary = "A space's busy times as iCalendar", description = "Public. One VFREEBUSY whose FREEBUSY periods "
            + "(UTC) are the times the space cannot be booked: live bookings of an EXCLUSIVE space, the full periods of a "
            + "SHARED one, and the venue's blocks. Never who booked, nor why.")
    @APIResponse(responseCode = "200", description = "RFC 5545 calendar",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response busy(@PathParam("spaceId") UUID spaceId,
                         @QueryParam("from") @Parameter(description = "Start: an instant with offset, or a date (its start "
                                 + "in the venue's zone). Default now.", example = "2027-03-29") String from,
                         @QueryParam("to") @Parameter(description = "End: an instant with offset, or a date (included). "
                                 + "Default 60 days after `from`; at most 366 days after it.", example = "2027-05-28") String to,
                         @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return Response.ok(calendars.busy(spaceId, from, to, Messages.localeOf(acceptLanguage)), IcsWriter.MEDIA_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=60").build();
    }
}
