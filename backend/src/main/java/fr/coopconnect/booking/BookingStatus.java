package fr.coopconnect.booking;

import java.util.List;

public enum BookingStatus {
    PENDING, CONFIRMED, CANCELLED, REJECTED;

    /** Statuses that hold their time; the others free it at once. */
    public static final List<BookingStatus> LIVE = List.of(PENDING, CONFIRMED);

    public boolean isLive() {
        return LIVE.contains(this);
    }
}
