package fr.coopconnect.occupancy;

import fr.coopconnect.member.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/network")
@Tag(name = "Occupancy")
@RolesAllowed(Roles.NETWORK_ADMIN)
public class NetworkOccupancyResource {

    static final String SCOPE = " Every venue of the network, or those given by `venueId` (repeatable) and/or `commune`; "
            + "at most 500 venues per report.";

    @Inject
    OccupancyReports reports;

    @GET
    @Path("/occupancy")
    @Produces({MediaType.APPLICATION_JSON, OccupancyResponses.CSV})
    @Operation(summary = "Occupancy of the network", description = "Network-admin only." + SCOPE + OccupancyReports.DESCRIPTION_TAIL)
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OccupancyDtos.Report.class)),
            @Content(mediaType = OccupancyResponses.CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response occupancy(
            @QueryParam("venueId") @Size(max = 500) @Parameter(description = "Only these venues (repeatable)") List<UUID> venueIds,
            @QueryParam("commune") @Size(max = 120) @Parameter(description = "Only the venues of this commune (case-insensitive)") String commune,
            @BeanParam OccupancyParams params, @Context HttpHeaders headers) {
        return reports.network(venueIds, commune, params, headers, OccupancyResponses.wantsCsv(headers));
    }

    @GET
    @Path("/occupancy.csv")
    @Produces(OccupancyResponses.CSV)
    @Operation(summary = "Occupancy of the network, as CSV", description = "Network-admin only. The same report as "
            + "/network/occupancy, always as CSV." + SCOPE + OccupancyReports.DESCRIPTION_TAIL)
    @APIResponse(responseCode = "200", description = "The CSV file (Content-Disposition: attachment)",
            content = @Content(mediaType = OccupancyResponses.CSV, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response occupancyCsv(
            @QueryParam("venueId") @Size(max = 500) @Parameter(description = "Only these venues (repeatable)") List<UUID> venueIds,
            @QueryParam("commune") @Size(max = 120) @Parameter(description = "Only the venues of this commune (case-insensitive)") String commune,
            @BeanParam OccupancyParams params, @Context HttpHeaders headers) {
        return reports.network(venueIds, commune, params, headers, true);
    }
}
