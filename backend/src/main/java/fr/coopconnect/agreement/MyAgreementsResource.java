package fr.coopconnect.agreement;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/me/agreements")
@Tag(name = "Agreements")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MyAgreementsResource {

    @Inject
    AgreementService agreements;

    @GET
    @Operation(summary = "The caller's agreements", description = "Each with the template text exactly as the member asked for it.")
    @APIResponse(responseCode = "200", description = "The caller's agreements, by request date")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public List<AgreementDtos.View> list() {
        return agreements.listMine();
    }
}
