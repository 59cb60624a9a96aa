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
import java.util.Optional;

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
        for (TimeRange range : bookable.ranges()) {
            alignedLongEnough(range, minDuration, slotMinutes, zone)
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
        int levelIndex = 0;
        for (TimeRange run : runs.ranges()) {
            Optional<TimeRange> aligned = alignedLongEnough(run, minDuration, slotMinutes, zone);
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
                                                         ZoneId zone) {
        ZoneRules rules = zone.getRules();
        Instant start = alignUp(range.start(), slotMinutes, rules);
        Instant end = alignDown(range.end(), slotMinutes, rules);
        if (!start.isBefore(end) || Duration.between(start, end).compareTo(minDuration) < 0) {
            return Optional.empty();
        }
        return Optional.of(new TimeRange(start, end));
    }

    /**
     * First aligned instant at or after the given one. Rounding the wall clock is only valid while the
     * offset stays the same; if an offset transition comes first, the answer lies at or after it.
     */
    private static Instant alignUp(Instant instant, int slotMinutes, ZoneRules rules) {
        Instant from = instant;
        while (true) {
            Instant aligned = roundWallClock(from, rules.getOffset(from), slotMinutes, true);
            ZoneOffsetTransition next = rules.nextTransition(from);
            if (next == null || next.getInstant().isAfter(aligned)) {
                return aligned;
            }
            from = next.getInstant();
        }
    }

    /** Last aligned instant at or before the given one; the mirror image of {@link #alignUp}. */
    private static Instant alignDown(Instant instant, int slotMinutes, ZoneRules rules) {
        Instant from = instant;
        while (true) {
            Instant aligned = roundWallClock(from, rules.getOffset(from), slotMinutes, false);
            // The lookup is strict, so nudge it to also catch a transition exactly at 'from'.
            ZoneOffsetTransition previous = rules.previousTransition(from.plusNanos(1));
            if (previous == null || !previous.getInstant().isAfter(aligned)) {
                return aligned;
            }
            from = previous.getInstant().minusNanos(1);
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
