package fr.coopconnect.member;

import java.time.Instant;
import java.util.UUID;

/**
 * Fired synchronously, inside the member's transaction, so the features that hold a member's data
 * (bookings, agreements) act on it without the member package depending on them.
 */
public final class MemberEvents {

    private MemberEvents() {
    }

    /** A network-admin disabled the member: their future bookings are cancelled with the reason. */
    public record Disabled(UUID memberId, String reason, Instant at) {
    }

    /** The member erases their account: their data is removed or anonymised before the member row goes. */
    public record Erasing(UUID memberId, Instant at) {
    }
}
