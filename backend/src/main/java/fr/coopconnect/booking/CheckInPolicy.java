package fr.coopconnect.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** When a booking may be checked in: a confirmed booking, from a quarter of an hour before its start until its end. */
public final class CheckInPolicy {

    /** How early before its start a booking may be checked in. */
    public static final Duration OPENS_BEFORE_START = Duration.ofMinutes(15);

    /** Why a check-in is refused, with the problem's status and slug. */
    public enum Refusal {
        NOT_CONFIRMED(409, "not-checkable"),
        TOO_EARLY(422, "check-in-too-early"),
        ENDED(422, "check-in-closed");

        public final int status;
        public final String slug;

        Refusal(int status, String slug) {
            this.status = status;
            this.slug = slug;
        }
    }

    private CheckInPolicy() {
    }

    public static Optional<Refusal> check(BookingStatus status, Instant start, Instant end, Instant now) {
        if (status != BookingStatus.CONFIRMED) {
            return Optional.of(Refusal.NOT_CONFIRMED);
        }
        if (now.isBefore(start.minus(OPENS_BEFORE_START))) {
            return Optional.of(Refusal.TOO_EARLY);
        }
        if (!now.isBefore(end)) {
            return Optional.of(Refusal.ENDED);
        }
        return Optional.empty();
    }
}
