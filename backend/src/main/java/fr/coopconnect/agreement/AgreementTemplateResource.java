package fr.coopconnect.agreement;

import io.quarkus.security.Authenticated;
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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/agreement-templates/{templateId}")
@Tag(name = "Agreements")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AgreementTemplateResource {

    @Inject
    AgreementService agreements;

    @GET
    @PermitAll
    @SecurityRequirements
    @Operation(summary = "A usage agreement template, current version", description = "Public.")
    @APIResponse(responseCode = "200", description = "The template")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public AgreementDtos.TemplateView get(@PathParam("templateId") UUID templateId) {
        return agreements.template(templateId).view();
    }

    @PUT
    @Authenticated
    @Operation(summary = "Edit a template: adds a new version", description = "The venue's managers and network-admins. "
            + "Agreements already requested keep the version their member saw. Set active=false to withdraw it.")
    @APIResponse(responseCode = "200", description = "The new current version")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public AgreementDtos.TemplateView update(@PathParam("templateId") UUID templateId,
                                             @Valid @NotNull AgreementDtos.TemplateInput input) {
        return agreements.updateTemplate(templateId, input).view();
    }
}
