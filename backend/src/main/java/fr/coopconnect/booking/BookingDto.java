package fr.coopconnect.booking;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A booking; times carry the venue's local offset. {@code memberName} is shown to the venue's managers only. */
@Schema(name = "Booking")
public record BookingDto(UUID id, UUID spaceId, UUID venueId, UUID memberId,
                         @Schema(description = "Shown to the venue's managers only") String memberName,
                         OffsetDateTime start, OffsetDateTime end, int seats, BookingStatus status, String note,
                         @Schema(description = "Why it was cancelled or rejected") String statusReason,
                         Instant createdAt,
                         @Schema(description = "When the member checked in; null until then") OffsetDateTime checkedInAt) {
}
