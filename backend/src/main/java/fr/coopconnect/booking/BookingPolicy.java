package fr.coopconnect.booking;

import fr.coopconnect.timeline.TimeRange;
import fr.coopconnect.timeline.TimeRanges;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The rules a booking request must keep, checked in a fixed order so the first broken rule is
 * the one reported. Pure logic: the caller supplies the space's rules and the times it knows.
 */
public final class BookingPolicy {

    /** A space's booking rules as the policy needs them. */
    public record Rules(boolean active, boolean shared, int capacity, int slotMinutes, int minMinutes, int maxMinutes,
                        int minNoticeMinutes, int maxAdvanceDays) {
    }

    /** What the venue's calendar says about the requested time. */
    public record Calendar(TimeRanges open, boolean overlapsClosure, TimeRanges blocked) {
    }

    /** Each broken rule, with the problem slug the API reports and the rule's figure for the message. */
    public enum Violation {
        SPACE_INACTIVE("space-inactive"),
        INVALID_SEATS("invalid-seats"),
        TOO_MANY_SEATS("too-many-seats"),
        IN_PAST("booking-in-past"),
        TOO_SHORT("too-short"),
        TOO_LONG("too-long"),
        NOT_ALIGNED("not-aligned"),
        TOO_SOON("too-soon"),
        TOO_FAR_AHEAD("too-far-ahead"),
        VENUE_CLOSED("venue-closed"),
        OUTSIDE_OPENING_HOURS("outside-opening-hours"),
        SPACE_BLOCKED("space-blocked");

        public final String slug;

        Violation(String slug) {
            this.slug = slug;
        }
    }

    public record Verdict(Violation violation, int figure) {
    }

    private BookingPolicy() {
    }

    /** The first rule the request breaks, if any. {@code seats} is null when the client omitted it. */
    public static Optional<Verdict> check(Rules rules, TimeRange requested, Integer seats, Instant now, ZoneId zone,
                                          Calendar calendar) {
        long minutes = requested.duration().toMinutes();
        if (!rules.active()) {
            return broken(Violation.SPACE_INACTIVE, 0);
        }
        if (!rules.shared() && seats != null && seats != 1) {
            return broken(Violation.INVALID_SEATS, 1);
        }
        if (rules.shared() && seats != null && seats > rules.capacity()) {
            return broken(Violation.TOO_MANY_SEATS, rules.capacity());
        }
        if (requested.start().isBefore(now)) {
            return broken(Violation.IN_PAST, 0);
        }
        if (minutes < rules.minMinutes()) {
            return broken(Violation.TOO_SHORT, rules.minMinutes());
        }
        if (minutes > rules.maxMinutes()) {
            return broken(Violation.TOO_LONG, rules.maxMinutes());
        }
        if (!isAligned(requested.start(), rules.slotMinutes(), zone) || !isAligned(requested.end(), rules.slotMinutes(), zone)) {
            return broken(Violation.NOT_ALIGNED, rules.slotMinutes());
        }
        if (requested.start().isBefore(now.plus(Duration.ofMinutes(rules.minNoticeMinutes())))) {
            return broken(Violation.TOO_SOON, rules.minNoticeMinutes());
        }
        if (requested.start().isAfter(now.plus(Duration.ofDays(rules.maxAdvanceDays())))) {
            return broken(Violation.TOO_FAR_AHEAD, rules.maxAdvanceDays());
        }
        if (calendar.overlapsClosure()) {
            return broken(Violation.VENUE_CLOSED, 0);
        }
        if (!calendar.open().covers(requested)) {
            return broken(Violation.OUTSIDE_OPENING_HOURS, 0);
        }
        if (calendar.blocked().overlaps(requested)) {
            return broken(Violation.SPACE_BLOCKED, 0);
        }
        return Optional.empty();
    }

    /** On the slot grid: a whole number of slots after local midnight. */
    static boolean isAligned(Instant instant, int slotMinutes, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        int minuteOfDay = local.getHour() * 60 + local.getMinute();
        return local.getSecond() == 0 && local.getNano() == 0 && minuteOfDay % slotMinutes == 0;
    }

    private static Optional<Verdict> broken(Violation violation, int figure) {
        return Optional.of(new Verdict(violation, figure));
    }
}
