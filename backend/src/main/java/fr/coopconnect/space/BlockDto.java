package fr.coopconnect.space;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A block of a space's time kept by the venue; {@code id}, {@code spaceId} and {@code createdBy} are read-only. */
@Schema(name = "Block")
public record BlockDto(
        @Schema(readOnly = true) UUID id,
        @Schema(readOnly = true) UUID spaceId,
        @NotNull @Schema(examples = "2027-03-29T08:00:00+02:00") OffsetDateTime start,
        @NotNull @Schema(examples = "2027-03-29T12:00:00+02:00") OffsetDateTime end,
        @Size(max = 300) @Schema(description = "Why, for the venue's team; never shown to the public") String reason,
        @Schema(readOnly = true) UUID createdBy) {
}
