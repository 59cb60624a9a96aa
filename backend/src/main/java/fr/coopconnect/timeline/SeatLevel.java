package fr.coopconnect.timeline;

/** Number of free seats, constant over the range; negative only when the input is over-booked. */
public record SeatLevel(TimeRange range, int freeSeats) {

    public SeatLevel {
        if (range == null) {
            throw new IllegalArgumentException("A seat level needs a time range");
        }
    }
}
