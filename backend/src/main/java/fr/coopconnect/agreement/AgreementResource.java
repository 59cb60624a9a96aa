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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/agreements/{agreementId}")
@Tag(name = "Agreements")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class AgreementResource {

    @Inject
    AgreementService agreements;

    @GET
    @Operation(summary = "An agreement, with the text its member asked for",
            description = "Its member, the venue's managers and network-admins; 404 for anyone else.")
    @APIResponse(responseCode = "200", description = "The agreement")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public AgreementDtos.View get(@PathParam("agreementId") UUID agreementId) {
        return agreements.get(agreementId);
    }

    @POST
    @Path("/approve")
    @Operation(summary = "Approve a pending agreement", description = "The venue's managers and network-admins. "
            + "ACTIVE from now for the template version's validityDays, then EXPIRED.")
    @APIResponse(responseCode = "200", description = "Active")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public AgreementDtos.View approve(@PathParam("agreementId") UUID agreementId) {
        return agreements.approve(agreementId);
    }

    @POST
    @Path("/reject")
    @Operation(summary = "Reject a pending agreement", description = "The venue's managers and network-admins, with a reason.")
    @APIResponse(responseCode = "200", description = "Rejected")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public AgreementDtos.View reject(@PathParam("agreementId") UUID agreementId, @Valid @NotNull AgreementDtos.Reason reason) {
        return agreements.reject(agreementId, reason.reason());
    }

    @POST
    @Path("/terminate")
    @Operation(summary = "End a pending or running agreement", description = "Its member, the venue's managers and "
            + "network-admins; the reason is optional.")
    @RequestBody(required = false)
    @APIResponse(responseCode = "200", description = "Terminated")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public AgreementDtos.View terminate(@PathParam("agreementId") UUID agreementId, @Valid AgreementDtos.Reason reason) {
        return agreements.terminate(agreementId, reason == null ? null : reason.reason());
    }
}
