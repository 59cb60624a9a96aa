package fr.coopconnect.booking;

import fr.coopconnect.timeline.SeatUse;
import fr.coopconnect.timeline.TimeRange;

import java.time.Duration;
import java.time.Instant;

/** A live booking as the slot search sees it: its time, what it keeps for its buffer, and its seats. */
public record Occupation(TimeRange range, Instant occupiedUntil, int seats) {

    /**
     * The longest a live booking can occupy its space (the schema checks it): bookings meeting a window started at
     * most this long before it, which bounds the index range scan.
     */
    public static final Duration LONGEST = Duration.ofDays(2);

    public SeatUse seatUse() {
        return new SeatUse(range, seats);
    }
}
