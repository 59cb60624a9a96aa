package fr.coopconnect.venue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "VenueManager", description = "A member who manages a venue, named so a console can list them")
public record VenueManager(UUID memberId, String displayName, String email) {
}
