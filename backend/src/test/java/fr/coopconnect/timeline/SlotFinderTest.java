package fr.coopconnect.timeline;

import static fr.coopconnect.timeline.Times.PARIS;
import static fr.coopconnect.timeline.Times.paris;
import static fr.coopconnect.timeline.Times.utc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlotFinderTest {

    private static final Duration NO_MINIMUM = Duration.ZERO;

    /** A Paris time on Monday 2027-06-07, far from any DST change. */
    private static TimeRange monday(String from, String to) {
        return paris("2027-06-07T" + from, "2027-06-07T" + to);
    }

    private static Slot exclusiveSlot(TimeRange range) {
        return new Slot(range, 1);
    }

    @Test
    void slotNeedsARangeAndAFreeSeat() {
        assertThrows(IllegalArgumentException.class, () -> new Slot(null, 1));
        assertThrows(IllegalArgumentException.class, () -> new Slot(monday("08:00", "09:00"), 0));
    }

    @Nested
    class Exclusive {

        @ParameterizedTest
        @CsvSource({"15, 08:15, 11:45", "30, 08:30, 11:30", "60, 09:00, 11:00"})
        void shrinksEachRangeToTheSlotGrid(int slotMinutes, String alignedStart, String alignedEnd) {
            TimeRanges bookable = TimeRanges.of(monday("08:07", "11:52"));
            assertEquals(List.of(exclusiveSlot(monday(alignedStart, alignedEnd))),
                    SlotFinder.exclusive(bookable, NO_MINIMUM, slotMinutes, PARIS));
        }

        @Test
        void keepsAlignedRangesUnchanged() {
            TimeRanges bookable = TimeRanges.of(monday("08:00", "12:00"));
            assertEquals(List.of(exclusiveSlot(monday("08:00", "12:00"))),
                    SlotFinder.exclusive(bookable, Duration.ofHours(4), 60, PARIS));
        }

        @Test
        void dropsRangesShorterThanTheMinimumOnceAligned() {
            TimeRanges bookable = TimeRanges.of(monday("08:00", "08:45"), monday("10:00", "11:00"), monday("13:05", "14:20"));
            assertEquals(List.of(exclusiveSlot(monday("10:00", "11:00"))),
                    SlotFinder.exclusive(bookable, Duration.ofHours(1), 30, PARIS));
        }

        @Test
        void dropsRangesHoldingNoWholeSlot() {
            TimeRanges bookable = TimeRanges.of(monday("08:10", "08:50"));
            assertEquals(List.of(), SlotFinder.exclusive(bookable, NO_MINIMUM, 60, PARIS));
        }

        @Test
        void lunchBreakAndABookingLeaveSeparateSortedSlots() {
            TimeRanges open = TimeRanges.of(monday("08:00", "12:00"), monday("12:30", "16:30"));
            TimeRanges bookable = open.minus(TimeRanges.of(monday("09:10", "10:05")));
            assertEquals(List.of(
                    exclusiveSlot(monday("08:00", "09:00")),
                    exclusiveSlot(monday("10:30", "12:00")),
                    exclusiveSlot(monday("12:30", "16:30"))), SlotFinder.exclusive(bookable, Duration.ofHours(1), 30, PARIS));
            assertEquals(List.of(
                    exclusiveSlot(monday("10:30", "12:00")),
                    exclusiveSlot(monday("12:30", "16:30"))), SlotFinder.exclusive(bookable, Duration.ofMinutes(90), 30, PARIS));
        }

        @Test
        void emptyBookableGivesNoSlots() {
            assertEquals(List.of(), SlotFinder.exclusive(TimeRanges.empty(), NO_MINIMUM, 30, PARIS));
        }

        @Test
        void alignsAcrossLocalMidnight() {
            TimeRanges bookable = TimeRanges.of(paris("2027-06-07T23:40", "2027-06-08T00:50"));
            assertEquals(List.of(exclusiveSlot(paris("2027-06-08T00:00", "2027-06-08T00:30"))),
                    SlotFinder.exclusive(bookable, NO_MINIMUM, 30, PARIS));
        }

        @Test
        void gridRestartsAtEveryLocalMidnightWhenTheSlotDoesNotDivideTheDay() {
            // 150-minute grid: ..., 20:00, 22:30, then 00:00 and 02:30 of the next day.
            TimeRanges bookable = TimeRanges.of(paris("2027-06-07T22:40", "2027-06-08T03:00"));
            assertEquals(List.of(exclusiveSlot(paris("2027-06-08T00:00", "2027-06-08T02:30"))),
                    SlotFinder.exclusive(bookable, NO_MINIMUM, 150, PARIS));
        }

        @Test
        void alignsOnTheLocalClockNotOnUtc() {
            // Kolkata is UTC+05:30, so its whole hours are half past the hour in UTC.
            TimeRanges bookable = TimeRanges.of(utc("2027-06-07T03:00:00Z", "2027-06-07T06:00:00Z"));
            assertEquals(List.of(exclusiveSlot(utc("2027-06-07T03:30:00Z", "2027-06-07T05:30:00Z"))),
                    SlotFinder.exclusive(bookable, NO_MINIMUM, 60, ZoneId.of("Asia/Kolkata")));
            assertEquals(List.of(exclusiveSlot(utc("2027-06-07T03:00:00Z", "2027-06-07T06:00:00Z"))),
                    SlotFinder.exclusive(bookable, NO_MINIMUM, 60, ZoneOffset.UTC));
        }

        @Test
        void springForwardStartRoundsUpToTheEndOfTheGap() {
            // 01:10+01:00 rounds up to 02:00, which does not exist: the clock shows 03:00+02:00 next.
            TimeRanges bookable = TimeRanges.of(utc("2027-03-28T00:10:00Z", "2027-03-28T03:00:00Z"));
            assertEquals(List.of(exclusiveSlot(utc("2027-03-28T01:00:00Z", "2027-03-28T03:00:00Z"))),
                    SlotFinder.exclusive(bookable, NO_MINIMUM, 60, PARIS));
        }

        @Test
        void springForwardEndNeverRoundsOntoAMissingTime() {
            // With 150-minute slots the grid has 02:30, which does not exist on that day;
            // 03:10+02:00 must round down to the previous real grid time, 00:00+01:00.
            TimeRanges bookable = TimeRanges.of(utc("2027-03-27T20:00:00Z", "2027-03-28T01:10:00Z"));
            assertEquals(List.of(exclusiveSlot(utc("2027-03-27T21:30:00Z", "2027-03-27T23:00:00Z"))),
                    SlotFinder.exclusive(bookable, NO_MINIMUM, 150, PARIS));
        }

        @Test
        void fallBackRepeatedHourIsAlignedInBothOccurrences() {
            // 02:50+02:00 is followed by 02:00+01:00, so the next whole hour is 01:00Z, not 03:00+01:00.
            TimeRanges bookable = TimeRanges.of(utc("2027-10-31T00:50:00Z", "2027-10-31T03:00:00Z"));
            assertEquals(List.of(exclusiveSlot(utc("2027-10-31T01:00:00Z", "2027-10-31T03:00:00Z"))),
                    SlotFinder.exclusive(bookable, NO_MINIMUM, 60, PARIS));
            TimeRanges firstOccurrence = TimeRanges.of(utc("2027-10-31T00:20:00Z", "2027-10-31T00:50:00Z"));
            assertEquals(List.of(exclusiveSlot(utc("2027-10-31T00:30:00Z", "2027-10-31T00:45:00Z"))),
                    SlotFinder.exclusive(firstOccurrence, NO_MINIMUM, 15, PARIS));
        }

        @Test
        void rejectsInvalidArguments() {
            TimeRanges bookable = TimeRanges.of(monday("08:00", "12:00"));
            assertThrows(IllegalArgumentException.class, () -> SlotFinder.exclusive(null, NO_MINIMUM, 30, PARIS));
            assertThrows(IllegalArgumentException.class, () -> SlotFinder.exclusive(bookable, null, 30, PARIS));
            assertThrows(IllegalArgumentException.class,
                    () -> SlotFinder.exclusive(bookable, Duration.ofMinutes(-1), 30, PARIS));
            assertThrows(IllegalArgumentException.class, () -> SlotFinder.exclusive(bookable, NO_MINIMUM, 0, PARIS));
            assertThrows(IllegalArgumentException.class, () -> SlotFinder.exclusive(bookable, NO_MINIMUM, 1441, PARIS));
            assertThrows(IllegalArgumentException.class, () -> SlotFinder.exclusive(bookable, NO_MINIMUM, 30, null));
        }
    }

    @Nested
    class Shared {

        private static final int CAPACITY = 10;

        private final TimeRanges morning = TimeRanges.of(monday("08:00", "12:00"));

        private List<Slot> shared(TimeRanges bookable, List<SeatUse> uses, int seatsWanted, Duration minDuration) {
            return SlotFinder.shared(bookable, CAPACITY, uses, seatsWanted, minDuration, 30, PARIS);
        }

        private SeatUse use(String from, String to, int seats) {
            return new SeatUse(monday(from, to), seats);
        }

        private Slot slot(String from, String to, int freeSeats) {
            return new Slot(monday(from, to), freeSeats);
        }

        @Test
        void splitsARunWhereTheFreeCountChanges() {
            List<SeatUse> uses = List.of(use("09:00", "10:00", 8), use("10:00", "11:00", 3));
            assertEquals(List.of(slot("08:00", "09:00", 10), slot("09:00", "10:00", 2), slot("10:00", "11:00", 7),
                    slot("11:00", "12:00", 10)), shared(morning, uses, 1, NO_MINIMUM));
        }

        @Test
        void leavesOutTimeWithTooFewFreeSeats() {
            List<SeatUse> uses = List.of(use("09:00", "10:00", 8), use("10:00", "11:00", 3));
            assertEquals(List.of(slot("08:00", "09:00", 10), slot("10:00", "11:00", 7), slot("11:00", "12:00", 10)),
                    shared(morning, uses, 3, NO_MINIMUM));
            assertEquals(List.of(slot("08:00", "09:00", 10), slot("11:00", "12:00", 10)),
                    shared(morning, uses, 9, NO_MINIMUM));
        }

        @Test
        void wantingMoreThanTheCapacityGivesNothing() {
            assertEquals(List.of(), shared(morning, List.of(), CAPACITY + 1, NO_MINIMUM));
        }

        @Test
        void alignsRunsButSplitsPiecesWhereCountsChange() {
            List<SeatUse> uses = List.of(use("09:10", "09:50", 8), use("10:20", "10:40", 2));
            assertEquals(List.of(slot("08:00", "09:00", 10),
                    slot("10:00", "10:20", 10), slot("10:20", "10:40", 8), slot("10:40", "12:00", 10)),
                    shared(morning, uses, 3, NO_MINIMUM));
        }

        @Test
        void dropsRunsShorterThanTheMinimum() {
            List<SeatUse> uses = List.of(use("09:00", "10:00", 8));
            assertEquals(List.of(slot("10:00", "12:00", 10)), shared(morning, uses, 3, Duration.ofMinutes(90)));
        }

        @Test
        void usesOutsideTheBookableTimeDoNotMatter() {
            List<SeatUse> uses = List.of(use("07:00", "08:00", 10), use("13:00", "14:00", 10));
            assertEquals(List.of(slot("08:00", "12:00", 10)), shared(morning, uses, 10, NO_MINIMUM));
        }

        @Test
        void aFullSpaceAcrossTheLunchBreakSeparatesTheRuns() {
            TimeRanges bookable = TimeRanges.of(monday("08:00", "12:00"), monday("12:30", "16:30"));
            List<SeatUse> uses = List.of(use("11:00", "13:00", CAPACITY));
            assertEquals(List.of(slot("08:00", "11:00", 10), slot("13:00", "16:30", 10)),
                    shared(bookable, uses, 1, NO_MINIMUM));
        }

        @Test
        void emptyBookableGivesNoSlots() {
            assertEquals(List.of(), shared(TimeRanges.empty(), List.of(use("09:00", "10:00", 1)), 1, NO_MINIMUM));
        }

        @Test
        void rejectsInvalidArguments() {
            assertThrows(IllegalArgumentException.class, () -> shared(morning, List.of(), 0, NO_MINIMUM));
            assertThrows(IllegalArgumentException.class, () -> shared(morning, null, 1, NO_MINIMUM));
            assertThrows(IllegalArgumentException.class, () -> shared(null, List.of(), 1, NO_MINIMUM));
            assertThrows(IllegalArgumentException.class,
                    () -> SlotFinder.shared(morning, 0, List.of(), 1, NO_MINIMUM, 30, PARIS));
            assertThrows(IllegalArgumentException.class,
                    () -> SlotFinder.shared(morning, CAPACITY, List.of(), 1, NO_MINIMUM, 0, PARIS));
        }
    }
}
