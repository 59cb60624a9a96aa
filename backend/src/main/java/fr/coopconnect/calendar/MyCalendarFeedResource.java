package fr.coopconnect.calendar;

import fr.coopconnect.common.Messages;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me/calendar.ics")
@Tag(name = "Calendars")
@PermitAll
@SecurityRequirements
public class MyCalendarFeedResource {

    @Inject
    CalendarService calendars;

    @GET
    @Produces("text/calendar")
    @Operation(summary = "A member's bookings as an iCalendar feed", description = "No bearer token: the private `token` "
            + "from GET /me/calendar-token identifies the member. One VEVENT per booking (UID `<bookingId>@coopconnect`), "
            + "live ones from 90 days back (CONFIRMED, or TENTATIVE while pending), and those cancelled or rejected in the "
            + "last 30 days as CANCELLED so subscribed apps remove them; community events the member registered for (UID "
            + "`event-<eventId>@coopconnect`, TENTATIVE while waitlisted), CANCELLED when cancelled or withdrawn. Times in the venue's zone, with its VTIMEZONE. "
            + "An unknown or revoked token is a 404.")
    @APIResponse(responseCode = "200", description = "RFC 5545 calendar",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response feed(@QueryParam("token") @Parameter(description = "The private feed token", required = true) String token,
                         @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return Response.ok(calendars.feed(token, Messages.localeOf(acceptLanguage)), IcsWriter.MEDIA_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=300").build();
    }
}
