package fr.coopconnect.availability;

import fr.coopconnect.common.GeoPoint;
import fr.coopconnect.space.Equipment;
import fr.coopconnect.space.SpaceKind;
import fr.coopconnect.venue.VenueKind;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A validated availability search. {@code minDuration} null means each space's own minimum. */
public record AvailabilityQuery(Instant from, Instant to, Duration minDuration, int seats, Set<Equipment> equipment,
                                VenueKind venueKind, SpaceKind spaceKind, String commune, Integer minDownMbps,
                                BigDecimal maxHourlyRate, GeoPoint near, double radiusKm, UUID spaceId) {

    public static final Duration MAX_WINDOW = Duration.ofDays(31);
}
