package fr.coopconnect.member;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me")
@Tag(name = "Accounts")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MeResource {

    @Inject
    MemberService members;

    @Inject
    CurrentMember current;

    @GET
    @Operation(summary = "The calling member, with its roles and the venues it manages")
    @APIResponse(responseCode = "200", description = "The caller")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public MemberView me() {
        return members.view(members.require(current.id()));
    }
}
