package fr.coopconnect.booking;

import fr.coopconnect.timeline.TimeRange;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UpcomingBookingsTest {

    static final Instant AFTER = Instant.parse("2026-12-01T00:00:00Z");
    static final Instant BEFORE = Instant.parse("2026-12-11T00:00:00Z");
    static final UUID[] SPACES = {new UUID(0, 1), new UUID(0, 2), new UUID(0, 3)};
    static final UUID[] BOOKINGS = {new UUID(1, 1), new UUID(1, 2), new UUID(1, 3), new UUID(1, 4), new UUID(1, 5), new UUID(1, 6)};

    static Instant at(String iso) {
        return Instant.parse(iso);
    }

    static UpcomingBookings.Change live(UUID booking, UUID previousSpace, UUID space, Instant start, int hours) {
        Instant end = start.plus(Duration.ofHours(hours));
        return new UpcomingBookings.Change(booking, previousSpace, space, start, end, end.plus(Duration.ofMinutes(15)), 1, true);
    }

    @Test
    void itCoversWindowsInsideWhatItHolds() {
        UpcomingBookings copy = new UpcomingBookings(AFTER, BEFORE);

        assertTrue(copy.covers(AFTER, BEFORE));
        assertTrue(copy.covers(AFTER.plusSeconds(1), BEFORE.minusSeconds(1)));
        assertFalse(copy.covers(AFTER.minusSeconds(1), BEFORE), "a booking ended just after that instant is not held");
        assertFalse(copy.covers(AFTER, BEFORE.plusSeconds(1)));
    }

    @Test
    void aBookingEndedBeforeTheSpanIsNotHeldOneStillOccupyingItIs() {
        UpcomingBookings copy = new UpcomingBookings(AFTER, BEFORE);
        copy.apply(live(BOOKINGS[0], null, SPACES[0], AFTER.minus(Duration.ofHours(3)), 2));
        copy.apply(live(BOOKINGS[1], null, SPACES[0], AFTER.minus(Duration.ofHours(1)), 2));

        assertEquals(List.of(BOOKINGS[1]), copy.bookingIds(SPACES[0]));
        assertEquals(1, copy.occupations(SPACES[0], AFTER, BEFORE).size());
    }

    @Test
    void aSearchSeesTheBookingsOccupyingItsWindowByStart() {
        UpcomingBookings copy = new UpcomingBookings(AFTER, BEFORE);
        UUID space = SPACES[0];
        copy.apply(live(BOOKINGS[0], null, space, at("2026-12-05T14:00:00Z"), 2));
        copy.apply(live(BOOKINGS[1], null, space, at("2026-12-05T09:00:00Z"), 2));
        copy.apply(live(BOOKINGS[2], null, space, at("2026-12-04T09:00:00Z"), 2));
        copy.apply(live(BOOKINGS[3], null, space, at("2026-12-06T09:00:00Z"), 2));

        List<Occupation> found = copy.occupations(space, at("2026-12-05T00:00:00Z"), at("2026-12-06T09:00:00Z"));

        assertEquals(List.of(at("2026-12-05T09:00:00Z"), at("2026-12-05T14:00:00Z")),
                found.stream().map(o -> o.range().start()).toList(), "the day before ended, the next one starts at the bound");
        assertEquals(new Occupation(new TimeRange(at("2026-12-05T09:00:00Z"), at("2026-12-05T11:00:00Z")),
                at("2026-12-05T11:15:00Z"), 1), found.get(0));
        assertEquals(4, copy.size());
    }

    @Test
    void aBookingMovedCancelledOrPushedOutOfTheSpanLeavesItsSpace() {
        UpcomingBookings copy = new UpcomingBookings(AFTER, BEFORE);
        Instant start = at("2026-12-05T09:00:00Z");
        copy.apply(live(BOOKINGS[0], null, SPACES[0], start, 2));
        copy.apply(live(BOOKINGS[1], null, SPACES[0], start.plus(Duration.ofHours(3)), 2));

        copy.apply(live(BOOKINGS[0], SPACES[0], SPACES[1], start, 2));
        assertEquals(List.of(BOOKINGS[1]), copy.bookingIds(SPACES[0]));
        assertEquals(List.of(BOOKINGS[0]), copy.bookingIds(SPACES[1]));

        copy.apply(new UpcomingBookings.Change(BOOKINGS[0], SPACES[1], SPACES[1], start, start.plusSeconds(7200),
                start.plusSeconds(7200), 1, false));
        assertEquals(List.of(), copy.bookingIds(SPACES[1]));

        copy.apply(live(BOOKINGS[1], SPACES[0], SPACES[0], BEFORE, 2));
        assertEquals(List.of(), copy.bookingIds(SPACES[0]), "it now starts where the copy no longer looks");
        assertEquals(0, copy.size());
    }

    @Test
    void aTruncateCannotBeApplied() {
        UpcomingBookings copy = new UpcomingBookings(AFTER, BEFORE);

        assertThrows(IllegalArgumentException.class,
                () -> copy.apply(new UpcomingBookings.Change(null, null, null, null, null, null, 0, false)));
    }

    @Test
    void microsecondsSurviveTheCompactForm() {
        UpcomingBookings copy = new UpcomingBookings(AFTER, BEFORE);
        Instant start = at("2026-12-05T09:00:00.123456Z");
        copy.apply(live(BOOKINGS[0], null, SPACES[0], start, 1));

        assertEquals(start, copy.occupations(SPACES[0], AFTER, BEFORE).get(0).range().start());
    }

    /**
     * Whatever the changes, the copy holds what replaying them on the bookings gives: each booking's last state, if
     * live, occupying time after the copy's start and starting before its end, under its last space, by start; and
     * a search of any window the copy covers gets exactly those meeting it (bookings of 1 to 30 hours and buffers up to
     * 4 hours, so that the longest held decides where a search starts reading).
     */
    @Property(tries = 500)
    void theCopyHoldsTheLastStateOfEveryBooking(@ForAll("changes") List<Step> steps,
                                                @ForAll("quarters") int fromQuarter, @ForAll("quarters") int toQuarter) {
        UpcomingBookings copy = new UpcomingBookings(AFTER, BEFORE);
        Map<UUID, UpcomingBookings.Change> last = new LinkedHashMap<>();
        for (Step step : steps) {
            UpcomingBookings.Change previous = last.get(step.booking());
            Instant end = step.start().plus(Duration.ofHours(step.hours()));
            UpcomingBookings.Change change = new UpcomingBookings.Change(step.booking(),
                    previous == null ? null : previous.spaceId(), step.space(), step.start(), end,
                    end.plus(Duration.ofMinutes(step.bufferMinutes())), step.seats(), step.live());
            copy.apply(change);
            last.put(step.booking(), change);
        }

        int held = 0;
        for (UUID space : SPACES) {
            List<UpcomingBookings.Change> expected = new ArrayList<>(last.values().stream()
                    .filter(c -> c.spaceId().equals(space) && c.live() && c.occupiedUntil().isAfter(AFTER) && c.start().isBefore(BEFORE))
                    .toList());
            expected.sort(Comparator.comparing(UpcomingBookings.Change::start));
            held += expected.size();
            // Any window the copy covers: from its start on, ending anywhere after that up to its end.
            Instant from = quarter(Math.min(fromQuarter, toQuarter));
            Instant to = quarter(Math.max(fromQuarter, toQuarter) + 1);
            List<Occupation> found = copy.occupations(space, from, to);
            List<Occupation> coveredExpected = expected.stream()
                    .filter(c -> c.occupiedUntil().isAfter(from) && c.start().isBefore(to))
                    .map(c -> new Occupation(new TimeRange(c.start(), c.end()), c.occupiedUntil(), c.seats())).toList();
            assertEquals(sortedByStart(coveredExpected), sortedByStart(found));
            assertEquals(expected.stream().map(UpcomingBookings.Change::bookingId).sorted().toList(),
                    copy.bookingIds(space).stream().sorted().toList());
            assertEquals(copy.bookingIds(space).stream().map(id -> last.get(id).start()).sorted().toList(),
                    copy.bookingIds(space).stream().map(id -> last.get(id).start()).toList(), "held by start");
        }
        assertEquals(held, copy.size());
    }

    private static List<String> sortedByStart(List<Occupation> occupations) {
        return occupations.stream().map(Occupation::toString).sorted().toList();
    }

    private static Instant quarter(int quarter) {
        return AFTER.plus(Duration.ofMinutes(15L * quarter));
    }

    record Step(UUID booking, UUID space, Instant start, int hours, int bufferMinutes, int seats, boolean live) {
    }

    @Provide
    Arbitrary<Integer> quarters() {
        return Arbitraries.integers().between(0, (int) Duration.between(AFTER, BEFORE).toMinutes() / 15 - 1);
    }

    @Provide
    Arbitrary<List<Step>> changes() {
        // Starts from a day before the span to a day after it, on the quarter hour: at its edges and across them.
        Arbitrary<Instant> starts = Arbitraries.integers().between(0, 12 * 24 * 4)
                .map(quarter -> AFTER.minus(Duration.ofDays(1)).plus(Duration.ofMinutes(15L * quarter)));
        return Combinators.combine(Arbitraries.of(BOOKINGS), Arbitraries.of(SPACES), starts,
                        Arbitraries.integers().between(1, 30), Arbitraries.of(0, 15, 240), Arbitraries.integers().between(1, 4),
                        Arbitraries.of(true, true, true, false))
                .as(Step::new).list().ofMaxSize(40);
    }
}
