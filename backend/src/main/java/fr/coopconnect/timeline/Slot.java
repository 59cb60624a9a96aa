package fr.coopconnect.timeline;

/** A bookable run of time offered to a client, with the seats still free during it. */
public record Slot(TimeRange range, int freeSeats) {

    public Slot {
        if (range == null) {
            throw new IllegalArgumentException("A slot needs a time range");
        }
        if (freeSeats < 1) {
            throw new IllegalArgumentException("A slot must have at least one free seat, got " + freeSeats);
        }
    }
}
