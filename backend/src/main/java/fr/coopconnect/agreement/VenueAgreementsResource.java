package fr.coopconnect.agreement;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/venues/{venueId}/agreements")
@Tag(name = "Agreements")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class VenueAgreementsResource {

    @Inject
    AgreementService agreements;

    @POST
    @Operation(summary = "Ask for a usage agreement", description = "Any member, on an active template of the venue: "
            + "PENDING until a manager approves or rejects it. 409 when the member already has a pending or running one.")
    @APIResponse(responseCode = "201", description = "Requested",
            content = @Content(schema = @Schema(implementation = AgreementDtos.View.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response request(@PathParam("venueId") UUID venueId, @Valid @NotNull AgreementDtos.Request request) {
        AgreementDtos.View created = agreements.request(venueId, request);
        return Response.created(URI.create("/api/v1/agreements/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(summary = "The venue's agreements", description = "The venue's managers and network-admins, by request date.")
    @APIResponse(responseCode = "200", description = "The agreements, with their members' names and emails")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<AgreementDtos.View> list(@PathParam("venueId") UUID venueId,
                                         @QueryParam("status") @Parameter(description = "Computed status") AgreementStatus status) {
        return agreements.listForVenue(venueId, status);
    }
}
