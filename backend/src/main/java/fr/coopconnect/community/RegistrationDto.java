package fr.coopconnect.community;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "EventRegistration")
public record RegistrationDto(UUID eventId, UUID memberId,
                              @Schema(description = "Shown to the venue's managers only") String memberName,
                              RegistrationStatus status,
                              @Schema(description = "Place on the waiting list, from 1, while WAITLISTED") Integer waitlistPosition,
                              Instant registeredAt) {
}
