package fr.coopconnect.member;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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

@Path("/api/v1/auth")
@Tag(name = "Accounts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirements
public class AuthResource {

    @Inject
    MemberService members;

    @POST
    @Path("/register")
    @Operation(summary = "Create a member account")
    @APIResponse(responseCode = "201", description = "Account created",
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response register(@Valid @NotNull AuthRequests.Registration registration) {
        Member member = members.register(registration);
        return Response.created(URI.create("/api/v1/me")).entity(members.view(member)).build();
    }

    @POST
    @Path("/token")
    @Operation(summary = "Sign in: exchange email and password for a bearer token",
            description = "After 5 failed attempts for one email within 15 minutes, every attempt is a 429 with "
                    + "Retry-After until the window has passed, whatever the password. A disabled account is a 403 "
                    + "account-disabled; after a password reset, a 403 password-change-required (use /auth/password).")
    @APIResponse(responseCode = "200", description = "Signed RS256 access token",
            content = @Content(schema = @Schema(implementation = AuthRequests.AccessToken.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public AuthRequests.AccessToken token(@Valid @NotNull AuthRequests.Credentials credentials) {
        return members.issueToken(credentials);
    }

    @POST
    @Path("/password")
    @Operation(summary = "Choose a new password with the current or temporary one, and sign in",
            description = "The only use of a temporary password given by a network-admin's reset. Counts as a sign-in "
                    + "attempt for the brute-force throttle.")
    @APIResponse(responseCode = "200", description = "Password changed; a signed RS256 access token",
            content = @Content(schema = @Schema(implementation = AuthRequests.AccessToken.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public AuthRequests.AccessToken changePassword(@Valid @NotNull AuthRequests.PasswordChange change) {
        return members.changePassword(change);
    }
}
