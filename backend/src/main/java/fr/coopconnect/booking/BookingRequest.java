package fr.coopconnect.booking;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "BookingRequest")
public record BookingRequest(
        @NotNull UUID spaceId,
        @NotNull @Schema(examples = "2027-03-29T09:00:00+02:00") OffsetDateTime start,
        @NotNull @Schema(examples = "2027-03-29T12:00:00+02:00") OffsetDateTime end,
        @Min(1) @Max(1000) @Schema(description = "Seats taken in a SHARED space (default 1); must be 1 or omitted for an EXCLUSIVE one")
        Integer seats,
        @Size(max = 500) String note) {
}
