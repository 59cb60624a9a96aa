package fr.coopconnect.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A deliberately naive model for property tests: time is a row of whole minutes after an origin,
 * a set of instants is a bit per minute, seat use is a count per minute.
 */
final class MinuteModel {

    private final Instant origin;

    MinuteModel(Instant origin) {
        this.origin = origin;
    }

    Instant instant(int minute) {
        return origin.plus(Duration.ofMinutes(minute));
    }

    TimeRange range(int fromMinute, int toMinute) {
        return new TimeRange(instant(fromMinute), instant(toMinute));
    }

    int minute(Instant instant) {
        return Math.toIntExact(Duration.between(origin, instant).toMinutes());
    }

    BitSet bits(TimeRanges set) {
        BitSet bits = new BitSet();
        for (TimeRange range : set.ranges()) {
            bits.set(minute(range.start()), minute(range.end()));
        }
        return bits;
    }

    TimeRanges ranges(BitSet bits) {
        List<TimeRange> ranges = new ArrayList<>();
        for (int start = bits.nextSetBit(0); start >= 0; start = bits.nextSetBit(bits.nextClearBit(start))) {
            ranges.add(range(start, bits.nextClearBit(start)));
        }
        return TimeRanges.of(ranges);
    }

    /** Seats taken during each minute of [0, minutes); the uses must lie within those minutes. */
    int[] usedSeats(int minutes, Collection<SeatUse> uses) {
        int[] used = new int[minutes];
        uses.forEach(use -> minutesOf(use).forEach(minute -> used[minute] += use.seats()));
        return used;
    }

    /** Keeps, in order, the candidate uses that still fit in the capacity: a booking history without over-booking. */
    List<SeatUse> withoutOverBooking(int capacity, int minutes, List<SeatUse> candidates) {
        int[] used = new int[minutes];
        List<SeatUse> accepted = new ArrayList<>();
        for (SeatUse candidate : candidates) {
            if (minutesOf(candidate).allMatch(minute -> used[minute] + candidate.seats() <= capacity)) {
                minutesOf(candidate).forEach(minute -> used[minute] += candidate.seats());
                accepted.add(candidate);
            }
        }
        return accepted;
    }

    private IntStream minutesOf(SeatUse use) {
        return IntStream.range(minute(use.range().start()), minute(use.range().end()));
    }

    @Override
    public String toString() {
        return "minutes after " + origin;
    }
}
