package fr.coopconnect.member;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

    @Schema(name = "PasswordChange", description = "Choose a new password with the current (or temporary) one")
    public record PasswordChange(
            @NotBlank @Size(max = 254) String email,
            @NotNull @Size(max = 200) String currentPassword,
            @NotNull @Size(min = 10, max = 200) @Schema(description = "At least 10 characters") String newPassword) {
    }

    @Schema(name = "ProfileUpdate", description = "The whole profile; changing the email or the password needs currentPassword")
    public record ProfileUpdate(
            @NotBlank @Size(max = 120) String displayName,
            @NotBlank @Email @Size(max = 254) String email,
            @Size(max = 30) @Pattern(regexp = "\\+?[0-9 .()-]{6,30}", message = "{coopconnect.phone}") String phone,
            @Size(max = 120) String commune,
            @Size(max = 200) String activity,
            @NotNull MemberStatus status,
            @NotNull @Schema(description = "Appear in the contact directory seen by venue managers and network-admins")
            Boolean directoryConsent,
            @NotNull @Schema(description = "Receive the network's news") Boolean newsConsent,
            @Size(max = 200) @Schema(description = "Required to change the email or the password") String currentPassword,
            @Size(min = 10, max = 200) @Schema(description = "A new password, at least 10 characters") String newPassword) {
    }

    @Schema(name = "AccountErasure")
    public record Erasure(@NotNull @Size(max = 200) String currentPassword) {
    }

    @Schema(name = "DisableMember")
    public record Disable(@NotBlank @Size(max = 500) String reason) {
    }

    @Schema(name = "TemporaryPassword", description = "Give it to the member once; it only lets them choose a new password")
    public record TemporaryPassword(String temporaryPassword) {
    }
}
