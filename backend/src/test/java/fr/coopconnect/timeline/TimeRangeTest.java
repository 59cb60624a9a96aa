package fr.coopconnect.timeline;

import static fr.coopconnect.timeline.Times.hour;
import static fr.coopconnect.timeline.Times.hours;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeRangeTest {

    @Test
    void rejectsMissingBounds() {
        assertThrows(IllegalArgumentException.class, () -> new TimeRange(null, hour(1)));
        assertThrows(IllegalArgumentException.class, () -> new TimeRange(hour(1), null));
    }

    @Test
    void rejectsEmptyAndInvertedRangesWithAClearMessage() {
        assertThrows(IllegalArgumentException.class, () -> new TimeRange(hour(9), hour(9)));
        IllegalArgumentException inverted =
                assertThrows(IllegalArgumentException.class, () -> new TimeRange(hour(10), hour(9)));
        assertTrue(inverted.getMessage().contains("must start before it ends"), inverted.getMessage());
    }

    @Test
    void durationIsTheLengthOfTheRange() {
        assertEquals(Duration.ofMinutes(90), hours(8, 9.5).duration());
    }

    @Test
    void backToBackRangesDoNotOverlap() {
        assertFalse(hours(8, 10).overlaps(hours(10, 12)));
        assertFalse(hours(10, 12).overlaps(hours(8, 10)));
    }

    @Test
    void overlappingNestedAndIdenticalRangesOverlap() {
        assertTrue(hours(8, 10).overlaps(hours(9, 11)));
        assertTrue(hours(8, 12).overlaps(hours(9, 10)));
        assertTrue(hours(9, 10).overlaps(hours(8, 12)));
        assertTrue(hours(8, 10).overlaps(hours(8, 10)));
    }

    @Test
    void disjointRangesDoNotOverlap() {
        assertFalse(hours(8, 9).overlaps(hours(10, 11)));
    }

    @Test
    void containsNestedAndIdenticalRangesButNotOverhangingOnes() {
        assertTrue(hours(8, 12).contains(hours(9, 10)));
        assertTrue(hours(8, 12).contains(hours(8, 12)));
        assertTrue(hours(8, 12).contains(hours(8, 9)));
        assertTrue(hours(8, 12).contains(hours(11, 12)));
        assertFalse(hours(8, 12).contains(hours(11, 13)));
        assertFalse(hours(8, 12).contains(hours(7, 9)));
        assertFalse(hours(9, 10).contains(hours(8, 12)));
    }

    @Test
    void containsItsStartButNotItsEnd() {
        TimeRange morning = hours(8, 12);
        assertTrue(morning.contains(hour(8)));
        assertTrue(morning.contains(hour(11.99)));
        assertFalse(morning.contains(hour(12)));
        assertFalse(morning.contains(hour(7.99)));
    }

    @Test
    void containsRejectsNull() {
        assertThrows(IllegalArgumentException.class, () -> hours(8, 9).contains((Instant) null));
        assertThrows(IllegalArgumentException.class, () -> hours(8, 9).contains((TimeRange) null));
        assertThrows(IllegalArgumentException.class, () -> hours(8, 9).overlaps(null));
    }

    @Test
    void expandByAddsBuffersOnEachSide() {
        assertEquals(hours(8.75, 10.5), hours(9, 10).expandBy(Duration.ofMinutes(15), Duration.ofMinutes(30)));
        assertEquals(hours(9, 10), hours(9, 10).expandBy(Duration.ZERO, Duration.ZERO));
    }

    @Test
    void expandByRejectsNegativeOrMissingBuffers() {
        assertThrows(IllegalArgumentException.class, () -> hours(9, 10).expandBy(Duration.ofMinutes(-1), Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> hours(9, 10).expandBy(Duration.ZERO, null));
    }

    @Test
    void intersectionIsTheCommonPartOrNothing() {
        assertEquals(Optional.of(hours(9, 10)), hours(8, 10).intersection(hours(9, 11)));
        assertEquals(Optional.of(hours(9, 10)), hours(8, 12).intersection(hours(9, 10)));
        assertEquals(Optional.empty(), hours(8, 10).intersection(hours(10, 11)));
    }
}
