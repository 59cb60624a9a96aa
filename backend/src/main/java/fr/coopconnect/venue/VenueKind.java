package fr.coopconnect.venue;

public enum VenueKind {
    PUBLIC_SERVICE_RELAY, MEDIA_LIBRARY, TOURIST_OFFICE, PRIVATE_PREMISES, THIRD_PLACE
}
