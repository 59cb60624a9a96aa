package fr.coopconnect.agreement;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** Bodies and views of the agreement operations. */
public final class AgreementDtos {

    private AgreementDtos() {
    }

    @Schema(name = "AgreementTemplateInput", description = "A usage agreement template (convention); saving it again adds a version")
    public record TemplateInput(
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 100_000) @Schema(description = "Markdown") String body,
            @NotNull AccessType accessType,
            @Size(max = 4000) String admissionCriteria,
            @NotNull @Min(1) @Max(3660) Integer validityDays,
            @NotNull @Schema(description = "Booking any space of the venue needs an ACTIVE agreement") Boolean requiredForBooking,
            @Min(1) @Max(1000) @Schema(description = "OCCASIONAL only (and required there): bookings allowed per calendar month")
            Integer maxBookingsPerMonth,
            @Schema(description = "Offered to members; default true") Boolean active) {
    }

    @Schema(name = "AgreementTemplate", description = "The current version of a template")
    public record TemplateView(UUID id, UUID venueId, int version, String title, String body, AccessType accessType,
                               String admissionCriteria, int validityDays, boolean requiredForBooking,
                               Integer maxBookingsPerMonth, boolean active, Instant createdAt, Instant updatedAt) {
    }

    @Schema(name = "AgreementRequest")
    public record Request(@NotNull UUID templateId, @Size(max = 2000) String motivation) {
    }

    @Schema(name = "AcceptedText", description = "The template version the member asked for, exactly as it was then")
    public record AcceptedText(int version, String title, String body, String admissionCriteria, int validityDays,
                               Integer maxBookingsPerMonth) {
    }

    @Schema(name = "Agreement", description = "A member's usage agreement with a venue")
    public record View(UUID id, UUID venueId, UUID templateId, UUID memberId,
                       @Schema(description = "For the venue's managers only") String memberName,
                       @Schema(description = "For the venue's managers only") String memberEmail,
                       AccessType accessType, AgreementStatus status, String motivation, Instant requestedAt,
                       Instant decidedAt, String decisionReason, Instant validFrom, Instant validUntil,
                       Instant terminatedAt, String terminationReason, AcceptedText accepted) {
    }

    @Schema(name = "AgreementReason")
    public record Reason(@Size(max = 500) String reason) {
    }
}
