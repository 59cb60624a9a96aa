package fr.coopconnect.member;

/** Role names carried in the token's {@code groups} claim. */
public final class Roles {

    public static final String MEMBER = "member";
    public static final String VENUE_MANAGER = "venue-manager";
    public static final String NETWORK_ADMIN = "network-admin";

    private Roles() {
    }
}
