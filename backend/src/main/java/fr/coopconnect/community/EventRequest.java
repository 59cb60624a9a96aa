package fr.coopconnect.community;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "EventRequest")
public record EventRequest(
        @NotNull @Schema(description = "The venue; an event cannot move to another venue") UUID venueId,
        @NotNull @Schema(description = "A space of that venue, booked for the event's time") UUID spaceId,
        @NotBlank @Size(max = 200) @Schema(examples = "Atelier : sécuriser son poste de télétravail") String title,
        @Size(max = 4000) String description,
        @NotNull @Schema(examples = "2027-03-29T14:00:00+02:00") OffsetDateTime start,
        @NotNull @Schema(examples = "2027-03-29T16:00:00+02:00") OffsetDateTime end,
        @NotNull @Min(1) @Max(1000) @Schema(description = "Seats for registrants; at most the space's capacity, and on "
                + "update never below the number already registered") Integer capacity) {
}
