package fr.coopconnect.timeline;

/** Seats taken in a shared space during a range, e.g. one booking of three desks. */
public record SeatUse(TimeRange range, int seats) {

    public SeatUse {
        if (range == null) {
            throw new IllegalArgumentException("A seat use needs a time range");
        }
        if (seats < 1) {
            throw new IllegalArgumentException("A seat use must take at least one seat, got " + seats);
        }
    }
}
