package fr.coopconnect.timeline;

import static fr.coopconnect.timeline.Times.hours;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TimeRangesTest {

    @Nested
    class Construction {

        @Test
        void emptyHasNoRanges() {
            assertTrue(TimeRanges.empty().isEmpty());
            assertEquals(List.of(), TimeRanges.empty().ranges());
            assertEquals(TimeRanges.empty(), TimeRanges.of(List.of()));
            assertEquals(TimeRanges.empty(), TimeRanges.of());
        }

        @Test
        void sortsRanges() {
            assertEquals(List.of(hours(8, 9), hours(10, 11), hours(12, 13)),
                    TimeRanges.of(hours(12, 13), hours(8, 9), hours(10, 11)).ranges());
        }

        @Test
        void mergesTouchingRanges() {
            assertEquals(List.of(hours(8, 12)), TimeRanges.of(hours(10, 12), hours(8, 10)).ranges());
        }

        @Test
        void mergesOverlappingNestedAndIdenticalRanges() {
            assertEquals(List.of(hours(8, 11)), TimeRanges.of(hours(8, 10), hours(9, 11)).ranges());
            assertEquals(List.of(hours(8, 12)), TimeRanges.of(hours(8, 12), hours(9, 10)).ranges());
            assertEquals(List.of(hours(8, 12)), TimeRanges.of(hours(9, 10), hours(8, 12)).ranges());
            assertEquals(List.of(hours(8, 9)), TimeRanges.of(hours(8, 9), hours(8, 9)).ranges());
        }

        @Test
        void keepsSeparateRangesApart() {
            assertEquals(List.of(hours(8, 9), hours(9.5, 10)), TimeRanges.of(hours(9.5, 10), hours(8, 9)).ranges());
        }

        @Test
        void acceptsAnyCollection() {
            assertEquals(TimeRanges.of(hours(8, 9)), TimeRanges.of(new HashSet<>(List.of(hours(8, 9)))));
        }

        @Test
        void rejectsNullInput() {
            assertThrows(IllegalArgumentException.class, () -> TimeRanges.of((Collection<TimeRange>) null));
            assertThrows(IllegalArgumentException.class, () -> TimeRanges.of((TimeRange[]) null));
            assertThrows(IllegalArgumentException.class, () -> TimeRanges.of(Arrays.asList(hours(8, 9), null)));
        }

        @Test
        void rangesCannotBeModified() {
            List<TimeRange> ranges = TimeRanges.of(hours(8, 9)).ranges();
            assertThrows(UnsupportedOperationException.class, () -> ranges.add(hours(10, 11)));
        }
    }

    @Nested
    class Union {

        @Test
        void withEmptyIsIdentity() {
            TimeRanges some = TimeRanges.of(hours(8, 9), hours(10, 11));
            assertEquals(some, some.union(TimeRanges.empty()));
            assertEquals(some, TimeRanges.empty().union(some));
            assertTrue(TimeRanges.empty().union(TimeRanges.empty()).isEmpty());
        }

        @Test
        void mergesTouchingAndOverlappingRangesOfBothSides() {
            TimeRanges morning = TimeRanges.of(hours(8, 10), hours(14, 15));
            TimeRanges rest = TimeRanges.of(hours(10, 12), hours(14.5, 16), hours(20, 21));
            assertEquals(TimeRanges.of(hours(8, 12), hours(14, 16), hours(20, 21)), morning.union(rest));
        }

        @Test
        void oneRangeCanBridgeSeveral() {
            TimeRanges pieces = TimeRanges.of(hours(8, 9), hours(10, 11), hours(12, 13));
            assertEquals(TimeRanges.of(hours(7, 14)), pieces.union(TimeRanges.of(hours(7, 14))));
        }

        @Test
        void withItselfIsItself() {
            TimeRanges some = TimeRanges.of(hours(8, 9), hours(10, 11));
            assertEquals(some, some.union(some));
        }
    }

    @Nested
    class Minus {

        @Test
        void emptyCases() {
            TimeRanges some = TimeRanges.of(hours(8, 12));
            assertEquals(some, some.minus(TimeRanges.empty()));
            assertTrue(TimeRanges.empty().minus(some).isEmpty());
            assertTrue(some.minus(some).isEmpty());
        }

        @Test
        void nestedCutSplitsARangeInTwo() {
            assertEquals(TimeRanges.of(hours(8, 10), hours(11, 12)),
                    TimeRanges.of(hours(8, 12)).minus(TimeRanges.of(hours(10, 11))));
        }

        @Test
        void touchingCutRemovesNothing() {
            TimeRanges morning = TimeRanges.of(hours(8, 12));
            assertEquals(morning, morning.minus(TimeRanges.of(hours(12, 13), hours(7, 8))));
        }

        @Test
        void cutsAtTheEdgesShortenTheRange() {
            assertEquals(TimeRanges.of(hours(9, 11)),
                    TimeRanges.of(hours(8, 12)).minus(TimeRanges.of(hours(7, 9), hours(11, 13))));
        }

        @Test
        void oneCutCanSpanSeveralRanges() {
            TimeRanges open = TimeRanges.of(hours(8, 10), hours(11, 13), hours(14, 16));
            assertEquals(TimeRanges.of(hours(8, 9), hours(15, 16)), open.minus(TimeRanges.of(hours(9, 15))));
        }

        @Test
        void severalCutsInOneRange() {
            TimeRanges open = TimeRanges.of(hours(8, 18));
            TimeRanges bookings = TimeRanges.of(hours(9, 10), hours(12, 13), hours(17, 19));
            assertEquals(TimeRanges.of(hours(8, 9), hours(10, 12), hours(13, 17)), open.minus(bookings));
        }

        @Test
        void coveringCutRemovesEverything() {
            assertTrue(TimeRanges.of(hours(9, 10)).minus(TimeRanges.of(hours(8, 12))).isEmpty());
        }
    }

    @Nested
    class Intersect {

        @Test
        void withEmptyIsEmpty() {
            TimeRanges some = TimeRanges.of(hours(8, 12));
            assertTrue(some.intersect(TimeRanges.empty()).isEmpty());
            assertTrue(TimeRanges.empty().intersect(some).isEmpty());
        }

        @Test
        void touchingRangesHaveNothingInCommon() {
            assertTrue(TimeRanges.of(hours(8, 10)).intersect(TimeRanges.of(hours(10, 12))).isEmpty());
        }

        @Test
        void keepsTheCommonParts() {
            TimeRanges space = TimeRanges.of(hours(7, 20));
            TimeRanges venue = TimeRanges.of(hours(8, 12), hours(12.5, 16.5), hours(21, 22));
            assertEquals(TimeRanges.of(hours(8, 12), hours(12.5, 16.5)), space.intersect(venue));
            assertEquals(space.intersect(venue), venue.intersect(space));
        }

        @Test
        void nestedAndIdenticalRanges() {
            assertEquals(TimeRanges.of(hours(9, 10)), TimeRanges.of(hours(8, 12)).intersect(TimeRanges.of(hours(9, 10))));
            assertEquals(TimeRanges.of(hours(8, 12)), TimeRanges.of(hours(8, 12)).intersect(TimeRanges.of(hours(8, 12))));
        }

        @Test
        void staggeredRanges() {
            TimeRanges a = TimeRanges.of(hours(8, 10), hours(11, 13));
            TimeRanges b = TimeRanges.of(hours(9, 12), hours(12.5, 14));
            assertEquals(TimeRanges.of(hours(9, 10), hours(11, 12), hours(12.5, 13)), a.intersect(b));
        }
    }

    @Nested
    class Queries {

        private final TimeRanges open = TimeRanges.of(hours(8, 12), hours(13, 17));

        @Test
        void coversRangesInsideOneRange() {
            assertTrue(open.covers(hours(8, 12)));
            assertTrue(open.covers(hours(9, 10)));
            assertTrue(open.covers(hours(13, 17)));
            assertTrue(open.covers(hours(16, 17)));
        }

        @Test
        void doesNotCoverRangesAcrossAGapOrOutside() {
            assertFalse(open.covers(hours(11, 14)));
            assertFalse(open.covers(hours(7, 9)));
            assertFalse(open.covers(hours(12, 13)));
            assertFalse(open.covers(hours(16, 18)));
            assertFalse(open.covers(hours(18, 19)));
            assertFalse(TimeRanges.empty().covers(hours(8, 9)));
        }

        @Test
        void touchingRangesAreMergedSoTheyCoverTogether() {
            assertTrue(TimeRanges.of(hours(8, 10), hours(10, 12)).covers(hours(9, 11)));
        }

        @Test
        void overlapsAnyRangeSharingTime() {
            assertTrue(open.overlaps(hours(11, 14)));
            assertTrue(open.overlaps(hours(7, 8.5)));
            assertTrue(open.overlaps(hours(16.5, 20)));
            assertTrue(open.overlaps(hours(0, 24)));
        }

        @Test
        void doesNotOverlapBackToBackOrGapRanges() {
            assertFalse(open.overlaps(hours(12, 13)));
            assertFalse(open.overlaps(hours(7, 8)));
            assertFalse(open.overlaps(hours(17, 18)));
            assertFalse(TimeRanges.empty().overlaps(hours(8, 9)));
        }

        @Test
        void queriesRejectNull() {
            assertThrows(IllegalArgumentException.class, () -> open.covers(null));
            assertThrows(IllegalArgumentException.class, () -> open.overlaps(null));
            assertThrows(IllegalArgumentException.class, () -> open.union(null));
            assertThrows(IllegalArgumentException.class, () -> open.minus(null));
            assertThrows(IllegalArgumentException.class, () -> open.intersect(null));
        }

        @Test
        void totalDurationSumsTheRanges() {
            assertEquals(Duration.ofHours(8), open.totalDuration());
            assertEquals(Duration.ZERO, TimeRanges.empty().totalDuration());
        }
    }

    @Nested
    class ValueSemantics {

        @Test
        void equalWhenTheyHoldTheSameInstants() {
            TimeRanges merged = TimeRanges.of(hours(8, 12));
            TimeRanges pieces = TimeRanges.of(hours(10, 12), hours(8, 10));
            assertEquals(merged, pieces);
            assertEquals(merged.hashCode(), pieces.hashCode());
            assertNotEquals(merged, TimeRanges.of(hours(8, 11)));
            assertNotEquals(merged, null);
        }

        @Test
        void emptyIsShared() {
            assertSame(TimeRanges.empty(), TimeRanges.of(List.of()));
        }

        @Test
        void toStringListsTheRanges() {
            assertEquals("TimeRanges[TimeRange[start=2027-01-04T08:00:00Z, end=2027-01-04T09:00:00Z]]",
                    TimeRanges.of(hours(8, 9)).toString());
        }
    }
}
