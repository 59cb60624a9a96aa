package fr.coopconnect.timeline;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns bookable time into slots a client can pick. Slot edges are aligned on the local wall clock:
 * an instant is aligned when the clock of the zone shows a whole multiple of the slot length
 * counted from local midnight (e.g. 09:00, 09:30 for 30-minute slots), so that slots look the
 * same on DST days as on any other day.
 */
public final class SlotFinder {

    private static final int MINUTES_PER_DAY = 24 * 60;
    private static final long SECONDS_PER_DAY = Duration.ofDays(1).toSeconds();

    private SlotFinder() {
    }

    /** Slots of an exclusive space: each bookable range shrunk to the slot grid, single seat. */
    public static List<Slot> exclusive(TimeRanges bookable, Duration minDuration, int slotMinutes, ZoneId zone) {
        requireSet(bookable);
        requireSlotRules(minDuration, slotMinutes, zone);
        List<Slot> slots = new ArrayList<>();
        OffsetPeriods offsets = new OffsetPeriods(zone);
        for (TimeRange range : bookable.ranges()) {
            alignedLongEnough(range, minDuration, slotMinutes, offsets)
                    .ifPresent(aligned -> slots.add(new Slot(aligned, 1)));
        }
        return List.copyOf(slots);
    }

    /**
     * Slots of a shared space: maximal runs of bookable time with at least {@code seatsWanted} free
     * seats, aligned and long enough, then split where the free count changes. The pieces of a run
     * stay contiguous so a client sees the whole run.
     */
    public static List<Slot> shared(TimeRanges bookable, int capacity, Collection<SeatUse> uses, int seatsWanted,
                                    Duration minDuration, int slotMinutes, ZoneId zone) {
        requireSet(bookable);
        requireSlotRules(minDuration, slotMinutes, zone);
        // Checked here, not only by the seat timeline, so that an empty bookable set does not skip the checks.
        SeatTimeline.requireCapacity(capacity);
        SeatTimeline.requireUses(uses);
        if (seatsWanted < 1) {
            throw new IllegalArgumentException("At least one seat must be wanted, got " + seatsWanted);
        }
        if (bookable.isEmpty()) {
            return List.of();
        }
        List<TimeRange> bookableRanges = bookable.ranges();
        TimeRange span = new TimeRange(bookableRanges.get(0).start(), bookableRanges.get(bookableRanges.size() - 1).end());
        List<SeatLevel> levels = SeatTimeline.freeSeats(span, capacity, uses);

        List<TimeRange> enoughSeats = new ArrayList<>();
        for (SeatLevel level : levels) {
            if (level.freeSeats() >= seatsWanted) {
                enoughSeats.add(level.range());
            }
        }
        TimeRanges runs = bookable.intersect(TimeRanges.of(enoughSeats));

        List<Slot> slots = new ArrayList<>();
        OffsetPeriods offsets = new OffsetPeriods(zone);
        int levelIndex = 0;
        for (TimeRange run : runs.ranges()) {
            Optional<TimeRange> aligned = alignedLongEnough(run, minDuration, slotMinutes, offsets);
            if (aligned.isEmpty()) {
                continue;
            }
            TimeRange offered = aligned.get();
            // Runs and levels are both sorted, so one forward pass over the levels serves every run.
            while (!levels.get(levelIndex).range().end().isAfter(offered.start())) {
                levelIndex++;
            }
            for (int i = levelIndex; i < levels.size() && levels.get(i).range().start().isBefore(offered.end()); i++) {
                SeatLevel level = levels.get(i);
                level.range().intersection(offered).ifPresent(piece -> slots.add(new Slot(piece, level.freeSeats())));
            }
        }
        return List.copyOf(slots);
    }

    private static Optional<TimeRange> alignedLongEnough(TimeRange range, Duration minDuration, int slotMinutes,
                                                         OffsetPeriods offsets) {
        Instant start = alignUp(range.start(), slotMinutes, offsets);
        Instant end = alignDown(range.end(), slotMinutes, offsets);
        if (!start.isBefore(end) || Duration.between(start, end).compareTo(minDuration) < 0) {
            return Optional.empty();
        }
        return Optional.of(new TimeRange(start, end));
    }

    /**
     * First aligned instant at or after the given one. Rounding the wall clock is only valid while the
     * offset stays the same; if an offset transition comes first, the answer lies at or after it.
     */
    private static Instant alignUp(Instant instant, int slotMinutes, OffsetPeriods offsets) {
        Instant from = instant;
        while (true) {
            Instant aligned = roundWallClock(from, offsets.offsetAt(from), slotMinutes, true);
            Instant next = offsets.nextTransitionAfter(from);
            if (next == null || next.isAfter(aligned)) {
                return aligned;
            }
            from = next;
        }
    }

    /** Last aligned instant at or before the given one; the mirror image of {@link #alignUp}. */
    private static Instant alignDown(Instant instant, int slotMinutes, OffsetPeriods offsets) {
        Instant from = instant;
        while (true) {
            Instant aligned = roundWallClock(from, offsets.offsetAt(from), slotMinutes, false);
            Instant previous = offsets.lastTransitionAtOrBefore(from);
            if (previous == null || !previous.isAfter(aligned)) {
                return aligned;
            }
            from = previous.minusNanos(1);
        }
    }

    /**
     * A period of constant offset, [start, end) — null ends mean no transition that way. Immutable, so the last one
     * looked up in each zone serves every later call: a search aligns the slots of hundreds of spaces within the
     * same week, and looking the period up again for each space was most of the alignment's time (bench/README.md).
     */
    private record OffsetPeriod(Instant start, Instant end, ZoneOffset offset) {

        boolean contains(Instant instant) {
            return (start == null || !instant.isBefore(start)) && (end == null || instant.isBefore(end));
        }

        static OffsetPeriod at(ZoneRules rules, Instant instant) {
            // previousTransition is strict, so nudge it to also catch a transition exactly at the instant.
            ZoneOffsetTransition previous = rules.previousTransition(instant.plusNanos(1));
            ZoneOffsetTransition next = rules.nextTransition(instant);
            return new OffsetPeriod(previous == null ? null : previous.getInstant(),
                    next == null ? null : next.getInstant(), rules.getOffset(instant));
        }
    }

    /** The period last looked up in each zone: one entry per time zone in use, a few hundred at most. */
    private static final Map<ZoneId, OffsetPeriod> LAST_PERIODS = new ConcurrentHashMap<>();

    /** A zone's offset and the transitions around an instant, for one call: it moves from period to period. */
    private static final class OffsetPeriods {
        private final ZoneId zone;
        private OffsetPeriod period;

        OffsetPeriods(ZoneId zone) {
            this.zone = zone;
        }

        ZoneOffset offsetAt(Instant instant) {
            return periodOf(instant).offset();
        }

        /** The first transition strictly after the instant, or null. */
        Instant nextTransitionAfter(Instant instant) {
            return periodOf(instant).end();
        }

        /** The last transition at or before the instant, or null. */
        Instant lastTransitionAtOrBefore(Instant instant) {
            return periodOf(instant).start();
        }

        private OffsetPeriod periodOf(Instant instant) {
            if (period == null || !period.contains(instant)) {
                OffsetPeriod last = LAST_PERIODS.get(zone);
                if (last != null && last.contains(instant)) {
                    period = last;
                } else {
                    period = OffsetPeriod.at(zone.getRules(), instant);
                    LAST_PERIODS.put(zone, period);
                }
            }
            return period;
        }
    }

    /** Rounds to the slot grid of the local day, which restarts at every local midnight (arithmetic on epoch seconds). */
    private static Instant roundWallClock(Instant instant, ZoneOffset offset, int slotMinutes, boolean up) {
        long localSeconds = instant.getEpochSecond() + offset.getTotalSeconds();
        long midnight = Math.floorDiv(localSeconds, SECONDS_PER_DAY) * SECONDS_PER_DAY;
        long sinceMidnight = localSeconds - midnight;
        long slotSeconds = slotMinutes * 60L;
        long slots = sinceMidnight / slotSeconds;
        if (up && (sinceMidnight % slotSeconds != 0 || instant.getNano() != 0)) {
            slots++;
        }
        // Rounding up never goes past the next midnight.
        long rounded = Math.min(slots * slotSeconds, SECONDS_PER_DAY);
        return Instant.ofEpochSecond(midnight + rounded - offset.getTotalSeconds());
    }

    private static void requireSet(TimeRanges bookable) {
        if (bookable == null) {
            throw new IllegalArgumentException("The bookable time ranges must not be null");
        }
    }

    private static void requireSlotRules(Duration minDuration, int slotMinutes, ZoneId zone) {
        if (minDuration == null || minDuration.isNegative()) {
            throw new IllegalArgumentException("The minimum duration must be a non-negative duration, got " + minDuration);
        }
        if (slotMinutes < 1 || slotMinutes > MINUTES_PER_DAY) {
            throw new IllegalArgumentException("The slot length must be between 1 and " + MINUTES_PER_DAY
                    + " minutes, got " + slotMinutes);
        }
        if (zone == null) {
            throw new IllegalArgumentException("The time zone must not be null");
        }
    }
}
