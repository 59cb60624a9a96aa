package fr.coopconnect.calendar;

import fr.coopconnect.member.CurrentMember;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me/calendar-token")
@Tag(name = "Calendars")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MyCalendarTokenResource {

    @Inject
    CalendarTokens tokens;

    @Inject
    CurrentMember current;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The caller's private calendar feed", description = "The URL of an RFC 5545 feed of the caller's "
            + "bookings, for calendar apps (created on first call; the same until rotated). The token in it stands for the "
            + "caller: only its hash is stored.")
    @APIResponse(responseCode = "200", description = "The feed URL and its token",
            content = @Content(schema = @Schema(implementation = CalendarTokenDto.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public CalendarTokenDto get() {
        return dto(tokens.current(current.id()));
    }

    @POST
    @Path("/rotate")
    @Operation(summary = "Replace the calendar feed token", description = "The old feed URL stops working at once (404); "
            + "subscribe again with the new one.")
    @APIResponse(responseCode = "200", description = "The new feed URL and token",
            content = @Content(schema = @Schema(implementation = CalendarTokenDto.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public CalendarTokenDto rotate() {
        return dto(tokens.rotate(current.id()));
    }

    private CalendarTokenDto dto(String token) {
        String url = uri.getBaseUriBuilder().path("/api/v1/me/calendar.ics").queryParam("token", token).build().toString();
        return new CalendarTokenDto(url, token);
    }
}
