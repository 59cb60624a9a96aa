package fr.coopconnect.member;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me")
@Tag(name = "Accounts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MeResource {

    @Inject
    MemberService members;

    @Inject
    CurrentMember current;

    @GET
    @Operation(summary = "The calling member: profile, consents, roles and the venues it manages")
    @APIResponse(responseCode = "200", description = "The caller")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public MemberView me() {
        return members.view(members.require(current.id()));
    }

    @PUT
    @Operation(summary = "Replace the caller's profile and consents",
            description = "Changing the email or the password needs `currentPassword`: 400 without it, 403 when wrong.")
    @APIResponse(responseCode = "200", description = "The updated profile")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public MemberView update(@Valid @NotNull AuthRequests.ProfileUpdate update) {
        return members.view(members.updateProfile(update));
    }

    @DELETE
    @Operation(summary = "Erase the caller's account",
            description = "Needs `currentPassword`. Personal fields are removed, future bookings cancelled, past bookings "
                    + "kept as anonymous occupancy, agreements anonymised; the email may register again.")
    @APIResponse(responseCode = "204", description = "Erased")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public void erase(@Valid @NotNull AuthRequests.Erasure erasure) {
        members.erase(erasure.currentPassword());
    }
}
