package fr.coopconnect.hours;

import fr.coopconnect.venue.VenueAccess;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/venues/{venueId}/opening-hours")
@Tag(name = "Opening hours")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class OpeningHoursResource {

    @Inject
    OpeningHoursService hours;

    @Inject
    VenueAccess access;

    @GET
    @PermitAll
    @SecurityRequirements
    @Operation(summary = "Get a venue's opening hours", description = "Public. Weekly intervals, the public-holiday rule "
            + "and the same hours in OpenStreetMap syntax.")
    @APIResponse(responseCode = "200", description = "The opening hours")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public OpeningHoursDto get(@PathParam("venueId") @Parameter(description = "Venue id") UUID venueId) {
        return hours.get(venueId);
    }

    @PUT
    @Operation(summary = "Replace a venue's opening hours", description = "The venue's managers and network-admins. "
            + "Send `weekly` or `osm`; overlapping or inverted intervals, and OSM rules that weekly hours cannot hold "
            + "(months, weeks, sunrise, comments, 24/7, overnight ranges...), are refused with a 400.")
    @APIResponse(responseCode = "200", description = "The new opening hours")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public OpeningHoursDto update(@PathParam("venueId") @Parameter(description = "Venue id") UUID venueId,
                                  @Valid @NotNull OpeningHoursDto openingHours) {
        access.requireManager(venueId);
        return hours.update(venueId, openingHours);
    }

    @GET
    @Path("/calendar")
    @PermitAll
    @SecurityRequirements
    @Operation(summary = "When a venue is actually open between two dates", description = "Public. Weekly hours minus "
            + "closures and, unless the venue opens on them, French public holidays. Dates are local to the venue, "
            + "both included, at most 366 days.")
    @APIResponse(responseCode = "200", description = "Open periods, in time order")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<OpenPeriod> calendar(
            @PathParam("venueId") @Parameter(description = "Venue id") UUID venueId,
            @QueryParam("from") @NotNull @Parameter(description = "First day, in the venue's time zone", example = "2027-03-26",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @NotNull @Parameter(description = "Last day, included", example = "2027-03-29",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) String to) {
        return hours.calendar(venueId, DateSpans.parse(from, "from"), DateSpans.parse(to, "to"));
    }
}
