package fr.coopconnect.occupancy;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/venues/{venueId}/occupancy.csv")
@Tag(name = "Occupancy")
@Authenticated
public class VenueOccupancyCsvResource {

    @Inject
    OccupancyReports reports;

    @GET
    @Produces(OccupancyResponses.CSV)
    @Operation(summary = "Occupancy of a venue, as CSV", description = "The venue's managers and network-admins. "
            + "The same report as /venues/{venueId}/occupancy, always as CSV." + OccupancyReports.DESCRIPTION_TAIL)
    @APIResponse(responseCode = "200", description = "The CSV file (Content-Disposition: attachment)",
            content = @Content(mediaType = OccupancyResponses.CSV, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response occupancy(@PathParam("venueId") @Parameter(description = "Venue id") UUID venueId,
                              @BeanParam OccupancyParams params, @Context HttpHeaders headers) {
        return reports.venue(venueId, params, headers, true);
    }
}
