package fr.coopconnect.calendar;

import fr.coopconnect.common.Messages;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/events.ics")
@Tag(name = "Calendars")
@PermitAll
@SecurityRequirements
public class EventFeedResource {

    @Inject
    CalendarService calendars;

    @GET
    @Produces("text/calendar")
    @Operation(summary = "Community events as an iCalendar feed", description = "Public. One VEVENT per event to come in "
            + "the next year (UID `event-<eventId>@coopconnect`), and those cancelled in the last 30 days as CANCELLED so "
            + "subscribed apps remove them. Times in the venue's zone, with its VTIMEZONE. Never who registered.")
    @APIResponse(responseCode = "200", description = "RFC 5545 calendar",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)))
    public Response feed(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return Response.ok(calendars.publicEvents(Messages.localeOf(acceptLanguage)), IcsWriter.MEDIA_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300").build();
    }
}
