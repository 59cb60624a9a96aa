package fr.coopconnect.member;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the authentication operations. */
public final class AuthRequests {

    private AuthRequests() {
    }

    @Schema(name = "Registration")
    public record Registration(
            @NotBlank @Email @Size(max = 254) String email,
            @NotNull @Size(min = 10, max = 200) @Schema(description = "At least 10 characters") String password,
            @NotBlank @Size(max = 120) String displayName) {
    }

    @Schema(name = "Credentials")
    public record Credentials(
            @NotBlank @Size(max = 254) String email,
            @NotNull @Size(max = 200) String password) {
    }

    @Schema(name = "AccessToken")
    public record AccessToken(
            String accessToken,
            @Schema(examples = "Bearer") String tokenType,
            @Schema(description = "Lifetime in seconds") long expiresIn) {
    }
}
