package fr.coopconnect.community;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** An event the caller registered for, with the caller's own registration: nobody else's. */
@Schema(name = "MyEvent")
public record MyEventDto(EventDto event,
                         @Schema(description = "REGISTERED (a seat), WAITLISTED, or WITHDRAWN (export only)")
                         RegistrationStatus registrationStatus,
                         @Schema(description = "Place on the waiting list, from 1, while WAITLISTED") Integer waitlistPosition,
                         Instant registeredAt) {
}
