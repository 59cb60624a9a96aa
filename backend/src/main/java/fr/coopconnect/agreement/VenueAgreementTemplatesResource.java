package fr.coopconnect.agreement;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/venues/{venueId}/agreement-templates")
@Tag(name = "Agreements")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class VenueAgreementTemplatesResource {

    @Inject
    AgreementService agreements;

    @GET
    @PermitAll
    @SecurityRequirements
    @Operation(summary = "The venue's usage agreement templates", description = "Public: the current version of each.")
    @APIResponse(responseCode = "200", description = "The templates, oldest first")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<AgreementDtos.TemplateView> list(@PathParam("venueId") UUID venueId) {
        return agreements.templatesOf(venueId).stream().map(AgreementService.TemplateVersionPair::view).toList();
    }

    @POST
    @Authenticated
    @Operation(summary = "Add a usage agreement template", description = "The venue's managers and network-admins. "
            + "OCCASIONAL templates need maxBookingsPerMonth; REGULAR ones take none.")
    @APIResponse(responseCode = "201", description = "Created, version 1",
            content = @Content(schema = @Schema(implementation = AgreementDtos.TemplateView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response create(@PathParam("venueId") UUID venueId, @Valid @NotNull AgreementDtos.TemplateInput input) {
        AgreementDtos.TemplateView created = agreements.createTemplate(venueId, input).view();
        return Response.created(URI.create("/api/v1/agreement-templates/" + created.id())).entity(created).build();
    }
}
