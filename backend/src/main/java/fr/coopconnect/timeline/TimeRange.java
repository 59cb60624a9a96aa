package fr.coopconnect.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A half-open interval of instants [start, end). Half-open so that back-to-back bookings
 * (one ends at 10:00, the next starts at 10:00) do not conflict.
 */
public record TimeRange(Instant start, Instant end) {

    public TimeRange {
        if (start == null || end == null) {
            throw new IllegalArgumentException("A time range needs both a start and an end, got " + start + " and " + end);
        }
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("A time range must start before it ends, got " + start + " to " + end);
        }
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    public boolean overlaps(TimeRange other) {
        requireRange(other);
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean contains(TimeRange other) {
        requireRange(other);
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    public boolean contains(Instant instant) {
        if (instant == null) {
            throw new IllegalArgumentException("Cannot test whether a time range contains a null instant");
        }
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    /** Widens the range, e.g. to apply cleaning or set-up buffers around a booking. */
    public TimeRange expandBy(Duration before, Duration after) {
        requireNonNegative(before, "before");
        requireNonNegative(after, "after");
        return new TimeRange(start.minus(before), end.plus(after));
    }

    /** The common part of two ranges; shared by the sweeps of this package, hence package-private. */
    Optional<TimeRange> intersection(TimeRange other) {
        Instant laterStart = start.isAfter(other.start) ? start : other.start;
        Instant earlierEnd = end.isBefore(other.end) ? end : other.end;
        return laterStart.isBefore(earlierEnd) ? Optional.of(new TimeRange(laterStart, earlierEnd)) : Optional.empty();
    }

    private static void requireRange(TimeRange other) {
        if (other == null) {
            throw new IllegalArgumentException("The other time range must not be null");
        }
    }

    // Negative buffers could invert the range or silently shrink it; callers never mean that.
    private static void requireNonNegative(Duration buffer, String side) {
        if (buffer == null || buffer.isNegative()) {
            throw new IllegalArgumentException("The '" + side + "' buffer must be a non-negative duration, got " + buffer);
        }
    }
}
