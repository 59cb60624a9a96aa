package fr.coopconnect.member;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Member", description = "A member account as its owner sees it")
public record MemberView(UUID id, String email, String displayName, String phone, String commune, String activity,
                         MemberStatus status, boolean directoryConsent, boolean newsConsent, List<String> roles,
                         List<UUID> managedVenueIds, Instant createdAt) {
}
