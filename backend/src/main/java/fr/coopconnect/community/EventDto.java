package fr.coopconnect.community;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An event as everyone sees it: counts of registrations, never who registered. Times in the venue's offset. */
@Schema(name = "Event")
public record EventDto(UUID id, UUID venueId, String venueName, String commune, UUID spaceId, String spaceName,
                       String title, String description, OffsetDateTime start, OffsetDateTime end, int capacity,
                       @Schema(description = "Members holding a seat") long registered,
                       @Schema(description = "Members on the waiting list") long waitlisted,
                       EventStatus status,
                       @Schema(description = "The booking of the space the event holds") UUID bookingId) {
}
