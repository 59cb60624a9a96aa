package fr.coopconnect.timeline;

import static fr.coopconnect.timeline.Times.hours;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SeatTimelineTest {

    private static final TimeRange DAY = hours(8, 18);

    private static SeatUse use(double fromHour, double toHour, int seats) {
        return new SeatUse(hours(fromHour, toHour), seats);
    }

    private static SeatLevel level(double fromHour, double toHour, int freeSeats) {
        return new SeatLevel(hours(fromHour, toHour), freeSeats);
    }

    @Nested
    class Values {

        @Test
        void seatUseNeedsARangeAndAtLeastOneSeat() {
            assertThrows(IllegalArgumentException.class, () -> new SeatUse(null, 1));
            assertThrows(IllegalArgumentException.class, () -> new SeatUse(hours(8, 9), 0));
            assertThrows(IllegalArgumentException.class, () -> new SeatUse(hours(8, 9), -2));
        }

        @Test
        void seatLevelNeedsARangeButAcceptsNegativeCounts() {
            assertThrows(IllegalArgumentException.class, () -> new SeatLevel(null, 1));
            assertEquals(-1, new SeatLevel(hours(8, 9), -1).freeSeats());
        }
    }

    @Nested
    class FreeSeats {

        @Test
        void withoutUsesTheWholeWindowIsFree() {
            assertEquals(List.of(level(8, 18, 10)), SeatTimeline.freeSeats(DAY, 10, List.of()));
        }

        @Test
        void overlappingUsesAddUp() {
            List<SeatUse> uses = List.of(use(9, 12, 2), use(10, 11, 3));
            assertEquals(List.of(level(8, 9, 10), level(9, 10, 8), level(10, 11, 5), level(11, 12, 8), level(12, 18, 10)),
                    SeatTimeline.freeSeats(DAY, 10, uses));
        }

        @Test
        void backToBackUsesWithTheSameSeatsMergeIntoOnePiece() {
            List<SeatUse> uses = List.of(use(9, 10, 2), use(10, 11, 2));
            assertEquals(List.of(level(8, 9, 10), level(9, 11, 8), level(11, 18, 10)),
                    SeatTimeline.freeSeats(DAY, 10, uses));
        }

        @Test
        void identicalUsesAddUp() {
            List<SeatUse> uses = List.of(use(9, 10, 1), use(9, 10, 1));
            assertEquals(List.of(level(8, 9, 4), level(9, 10, 2), level(10, 18, 4)), SeatTimeline.freeSeats(DAY, 4, uses));
        }

        @Test
        void usesAreClippedToTheWindowAndOutsideOnesIgnored() {
            List<SeatUse> uses = List.of(use(6, 9, 1), use(17, 20, 2), use(2, 5, 4), use(18, 19, 4), use(7, 8, 4));
            assertEquals(List.of(level(8, 9, 9), level(9, 17, 10), level(17, 18, 8)), SeatTimeline.freeSeats(DAY, 10, uses));
        }

        @Test
        void useCoveringTheWholeWindowGivesOnePiece() {
            assertEquals(List.of(level(8, 18, 7)), SeatTimeline.freeSeats(DAY, 10, List.of(use(0, 24, 3))));
        }

        @Test
        void overBookingShowsAsNegativeFreeSeats() {
            List<SeatUse> uses = List.of(use(9, 11, 3), use(10, 12, 2));
            assertEquals(List.of(level(8, 9, 4), level(9, 10, 1), level(10, 11, -1), level(11, 12, 2), level(12, 18, 4)),
                    SeatTimeline.freeSeats(DAY, 4, uses));
        }

        @Test
        void rejectsInvalidArguments() {
            assertThrows(IllegalArgumentException.class, () -> SeatTimeline.freeSeats(DAY, 0, List.of()));
            assertThrows(IllegalArgumentException.class, () -> SeatTimeline.freeSeats(null, 4, List.of()));
            assertThrows(IllegalArgumentException.class, () -> SeatTimeline.freeSeats(DAY, 4, null));
            assertThrows(IllegalArgumentException.class,
                    () -> SeatTimeline.freeSeats(DAY, 4, Arrays.asList(use(9, 10, 1), null)));
        }
    }

    @Nested
    class MaxUsed {

        @Test
        void isZeroWithoutUses() {
            assertEquals(0, SeatTimeline.maxUsed(DAY, List.of()));
        }

        @Test
        void isThePeakOfOverlappingUses() {
            List<SeatUse> uses = List.of(use(9, 12, 2), use(10, 11, 3), use(11.5, 13, 4));
            assertEquals(6, SeatTimeline.maxUsed(DAY, uses));
            assertEquals(5, SeatTimeline.maxUsed(hours(9, 11), uses));
        }

        @Test
        void backToBackUsesDoNotAddUp() {
            assertEquals(2, SeatTimeline.maxUsed(DAY, List.of(use(9, 10, 2), use(10, 11, 2))));
        }

        @Test
        void ignoresUsesOutsideOrTouchingTheRange() {
            List<SeatUse> uses = List.of(use(7, 8, 5), use(18, 19, 5), use(12, 13, 1));
            assertEquals(1, SeatTimeline.maxUsed(DAY, uses));
            assertEquals(0, SeatTimeline.maxUsed(hours(13, 14), uses));
        }

        @Test
        void rejectsInvalidArguments() {
            assertThrows(IllegalArgumentException.class, () -> SeatTimeline.maxUsed(null, List.of()));
            assertThrows(IllegalArgumentException.class, () -> SeatTimeline.maxUsed(DAY, null));
        }
    }
}
