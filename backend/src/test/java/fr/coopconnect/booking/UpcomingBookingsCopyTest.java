package fr.coopconnect.booking;

import fr.coopconnect.support.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The copy against PostgreSQL: bookings written by any replica, in any commit order, reach the next search. */
@QuarkusTest
class UpcomingBookingsCopyTest {

    @Inject
    UpcomingBookingsCopy copy;

    @Inject
    BusyTimes busyTimes;

    @Inject
    AgroalDataSource dataSource;

    final Instant day = Instant.now().plus(Duration.ofDays(4)).truncatedTo(ChronoUnit.DAYS);
    final Instant from = day.minus(Duration.ofDays(1));
    final Instant to = day.plus(Duration.ofDays(2));

    /** A venue's two desks. */
    private record Desks(UUID venue, UUID space, UUID other) {
        static Desks create() {
            UUID venue = Fixtures.newRelay();
            return new Desks(venue, Fixtures.newSpace(venue, "DESK", "EXCLUSIVE", 1, Map.of()),
                    Fixtures.newSpace(venue, "DESK", "EXCLUSIVE", 1, Map.of()));
        }

        List<UUID> both() {
            return List.of(space, other);
        }
    }

    @Test
    void bookingsWrittenElsewhereReachTheNextSearchAsTheDatabaseHasThem() throws Exception {
        Desks desks = Desks.create();
        UUID venue = desks.venue();
        UUID space = desks.space();
        UUID other = desks.other();
        List<UUID> spaces = desks.both();
        assertEquals(Map.of(), fromCopy(spaces), "nothing booked yet");

        // As another replica would, straight in the database.
        UUID booking = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection()) {
            insert(connection, booking, space, venue, day.plus(Duration.ofHours(9)));
        }
        assertSameAsTheDatabase(spaces);
        assertEquals(1, fromCopy(spaces).get(space).size());

        sql("UPDATE booking SET space_id = ?, starts_at = starts_at + interval '1 hour', ends_at = ends_at + interval '1 hour',"
                + " occupied_until = occupied_until + interval '1 hour' WHERE id = ?", other, booking);
        assertSameAsTheDatabase(spaces);
        assertEquals(day.plus(Duration.ofHours(10)), fromCopy(spaces).get(other).get(0).range().start());

        sql("UPDATE booking SET note = 'checked' WHERE id = ? AND ?::uuid IS NOT NULL", booking, space);
        assertSameAsTheDatabase(spaces);

        sql("UPDATE booking SET status = 'CANCELLED' WHERE id = ? AND ?::uuid IS NOT NULL", booking, space);
        assertEquals(Map.of(), fromCopy(spaces));
        sql("UPDATE booking SET status = 'CONFIRMED' WHERE id = ? AND ?::uuid IS NOT NULL", booking, space);
        assertSameAsTheDatabase(spaces);
        sql("DELETE FROM booking WHERE id = ? AND ?::uuid IS NOT NULL", booking, space);
        assertEquals(Map.of(), fromCopy(spaces));
    }

    @Test
    void aTransactionStillRunningWhenTheCopyLookedIsReadWhenItCommits() throws Exception {
        Desks desks = Desks.create();
        fromCopy(desks.both());

        try (Connection slow = dataSource.getConnection(); Connection fast = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            // The slow transaction takes its log number first, the fast one a higher one and commits before it.
            insert(slow, UUID.randomUUID(), desks.space(), desks.venue(), day.plus(Duration.ofHours(9)));
            insert(fast, UUID.randomUUID(), desks.other(), desks.venue(), day.plus(Duration.ofHours(9)));
            assertEquals(List.of(desks.other()), List.copyOf(fromCopy(desks.both()).keySet()), "the fast one is seen, the slow one is not yet");

            slow.commit();
            slow.setAutoCommit(true);
        }
        assertSameAsTheDatabase(desks.both());
        assertEquals(2, fromCopy(desks.both()).size(), "the slow one, numbered below what the copy had read, is read by its transaction");
    }

    @Test
    void aTruncateOrAPrunedLogMakesTheCopyReadEverythingAgain() throws Exception {
        UUID venue = Fixtures.newRelay();
        UUID space = Fixtures.newSpace(venue, "DESK", "EXCLUSIVE", 1, Map.of());
        List<UUID> spaces = List.of(space);
        fromCopy(spaces);
        try (Connection connection = dataSource.getConnection(); Statement st = connection.createStatement()) {
            // A row the log does not carry (triggers off for this session): only reading everything again finds it.
            st.execute("SET session_replication_role = replica");
            insert(connection, UUID.randomUUID(), space, venue, day.plus(Duration.ofHours(9)));
            st.execute("SET session_replication_role = DEFAULT");
        }
        assertEquals(Map.of(), fromCopy(spaces), "the copy follows the log, not the table");

        sql("INSERT INTO booking_change (booking_id) SELECT NULL WHERE ?::uuid IS NOT NULL", space);
        assertSameAsTheDatabase(spaces);
        assertEquals(1, fromCopy(spaces).get(space).size());

        try (Connection connection = dataSource.getConnection(); Statement st = connection.createStatement()) {
            st.execute("SET session_replication_role = replica");
            insert(connection, UUID.randomUUID(), space, venue, day.plus(Duration.ofHours(14)));
            st.execute("SET session_replication_role = DEFAULT");
        }
        try {
            // As the pruning of a log row's transaction marks it: the pruned rows, then the pruner's own.
            sql("UPDATE booking_change_pruned SET below = (SELECT max(seq) + 1 FROM booking_change) WHERE ?::uuid IS NOT NULL", space);
            try (Connection connection = dataSource.getConnection()) {
                insert(connection, UUID.randomUUID(), space, venue, day.plus(Duration.ofHours(18)));
            }
            assertSameAsTheDatabase(spaces);
            assertEquals(3, fromCopy(spaces).get(space).size());
        } finally {
            sql("UPDATE booking_change_pruned SET below = 0 WHERE ?::uuid IS NOT NULL", space);
        }
    }

    @Test
    void aWindowBeyondTheCopysReachIsLeftToTheDatabase() throws Exception {
        UUID space = UUID.randomUUID();

        fromCopy(List.of(space));
        assertTrue(copy.bookings(List.of(space), from, to).isPresent());
        assertEquals(Optional.empty(), copy.bookings(List.of(space), from.plus(Duration.ofDays(100)), to.plus(Duration.ofDays(100))));
        assertEquals(Optional.empty(), copy.bookings(List.of(space), from.minus(Duration.ofDays(30)), to));
    }

    /** From the copy, once read: it is read in the background, the searches reading the database meanwhile. */
    private Map<UUID, List<Occupation>> fromCopy(List<UUID> spaces) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Optional<BusyTimes.Snapshot> found = copy.bookings(spaces, from, to);
        while (found.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            found = copy.bookings(spaces, from, to);
        }
        return found.orElseThrow().occupations();
    }

    private void assertSameAsTheDatabase(List<UUID> spaces) throws InterruptedException {
        assertEquals(busyTimes.bookings(spaces, from, to).occupations(), fromCopy(spaces));
    }

    private static void insert(Connection connection, UUID id, UUID space, UUID venue, Instant start) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO booking (id, space_id, venue_id, starts_at, ends_at,"
                + " occupied_until, seats, exclusive, status, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, 1, true, 'CONFIRMED', now(), now())")) {
            ps.setObject(1, id);
            ps.setObject(2, space);
            ps.setObject(3, venue);
            ps.setObject(4, start.atOffset(ZoneOffset.UTC));
            ps.setObject(5, start.plus(Duration.ofHours(2)).atOffset(ZoneOffset.UTC));
            ps.setObject(6, start.plus(Duration.ofHours(2)).atOffset(ZoneOffset.UTC));
            assertEquals(1, ps.executeUpdate());
        }
    }

    private void sql(String statement, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement ps = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            ps.executeUpdate();
        }
    }
}
