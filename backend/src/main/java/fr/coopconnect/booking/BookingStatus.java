package fr.coopconnect.booking;

import java.util.List;

public enum BookingStatus {
    PENDING, CONFIRMED, CANCELLED, REJECTED,
    /** Not checked in within the space's check-in grace: released, its time free again. */
    NO_SHOW;

    /** Statuses that hold their time; the others free it at once. */
    public static final List<BookingStatus> LIVE = List.of(PENDING, CONFIRMED);

    public boolean isLive() {
        return LIVE.contains(this);
    }
}
