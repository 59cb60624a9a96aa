package fr.coopconnect.hours;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "OpenPeriod", description = "A period during which the venue is open; offsets are the venue's local ones")
public record OpenPeriod(
        @Schema(examples = "2027-03-26T08:00:00+01:00") OffsetDateTime start,
        @Schema(examples = "2027-03-26T12:00:00+01:00") OffsetDateTime end) {
}
