package fr.coopconnect.venue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** A venue as the API shows it and accepts it; {@code id} and {@code version} are read-only. */
@Schema(name = "Venue")
public record VenueDto(
        @Schema(readOnly = true) UUID id,
        @NotBlank @Size(max = 200) String name,
        @NotNull VenueKind kind,
        @Size(max = 4000) String description,
        @Size(max = 300) String address,
        @Pattern(regexp = "\\d{5}", message = "{coopconnect.postalCode}") String postalCode,
        @NotBlank @Size(max = 120) String commune,
        @Pattern(regexp = "\\d{5}|2[AB]\\d{3}", message = "{coopconnect.inseeCode}") String inseeCode,
        @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @Size(max = 64) @Schema(description = "IANA time zone", defaultValue = "Europe/Paris") String timezone,
        @Email @Size(max = 254) String contactEmail,
        @Size(max = 30) String phone,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "{coopconnect.url}") String website,
        @Size(max = 20) List<@NotNull Amenity> amenities,
        @Size(max = 4000) @Schema(description = "Admission criteria, as free text") String accessRules,
        @Valid Connectivity connectivity,
        @ValidSiret @Schema(description = "SIRET of the venue (14 digits, checked with the Luhn key; La Poste's own numbering "
                + "accepted); needed to appear in the open-data export", examples = "21050070700018") String pivot,
        @Size(max = 280) @Schema(description = "Short presentation, exported as `presentation_resume` in open data") String summary,
        @Size(max = 9) @Schema(description = "Digital-inclusion support offered, exported as `services` in open data")
        List<@NotNull MediationService> mediationServices,
        @Schema(readOnly = true, description = "Optimistic-locking version, also sent as the ETag") Integer version) {

    @Schema(name = "Connectivity", description = "Internet access at the venue")
    public record Connectivity(
            @NotNull ConnectivityType type,
            @Min(0) @Max(100_000) Integer downMbps,
            @Min(0) @Max(100_000) Integer upMbps) {
    }
}
