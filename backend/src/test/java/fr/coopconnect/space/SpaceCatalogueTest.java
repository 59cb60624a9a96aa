package fr.coopconnect.space;

import fr.coopconnect.support.Fixtures;
import fr.coopconnect.timeline.TimeRange;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class SpaceCatalogueTest {

    @Inject
    SpaceCatalogue catalogue;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aNewVersionRereadsOnlyTheVenuesItChanged() throws Exception {
        UUID changedVenue = Fixtures.newRelay();
        UUID otherVenue = Fixtures.newRelay();
        UUID changedSpace = Fixtures.newSpace(changedVenue, "DESK", "EXCLUSIVE", 1, Map.of());
        UUID otherSpace = Fixtures.newSpace(otherVenue, "DESK", "EXCLUSIVE", 1, Map.of());
        SpaceCatalogue.Snapshot before = catalogue.atLeast(version());

        sql("UPDATE space SET capacity = 4 WHERE id = ?", changedSpace);
        SpaceCatalogue.Snapshot after = catalogue.atLeast(version());

        assertTrue(after.version() > before.version());
        assertEquals(4, after.space(changedSpace).orElseThrow().space().capacity);
        assertNotSame(before.space(changedSpace).orElseThrow(), after.space(changedSpace).orElseThrow());
        assertSame(before.space(otherSpace).orElseThrow(), after.space(otherSpace).orElseThrow(), "an unchanged venue is kept, not reread");
        assertEquals(before.all().size(), after.all().size());
    }

    @Test
    void aSpaceMovedToAnotherVenueLeavesTheFirstAndJoinsTheSecond() throws Exception {
        UUID from = Fixtures.newRelay();
        UUID to = Fixtures.newRelay();
        UUID space = Fixtures.newSpace(from, "OFFICE", "EXCLUSIVE", 2, Map.of());
        catalogue.atLeast(version());

        try (Connection connection = dataSource.getConnection();
             PreparedStatement ps = connection.prepareStatement("UPDATE space SET venue_id = ? WHERE id = ?")) {
            ps.setObject(1, to);
            ps.setObject(2, space);
            assertEquals(1, ps.executeUpdate());
        }
        SpaceCatalogue.Snapshot after = catalogue.atLeast(version());

        assertEquals(to, after.space(space).orElseThrow().venue().id);
        assertEquals(1, after.all().stream().filter(row -> row.space().id.equals(space)).count());
    }

    @Test
    void aReplicaBehindThePrunedLogReadsEverything() throws Exception {
        UUID venue = Fixtures.newRelay();
        UUID space = Fixtures.newSpace(venue, "DESK", "EXCLUSIVE", 1, Map.of());
        SpaceCatalogue.Snapshot before = catalogue.atLeast(version());
        try {
            sql("UPDATE catalogue_version SET pruned_below = version + 1 WHERE id = 1 AND ?::uuid IS NOT NULL", venue);
            sql("UPDATE venue SET name = name WHERE id = ?", venue);
            SpaceCatalogue.Snapshot after = catalogue.atLeast(version());

            assertNotSame(before.space(space).orElseThrow(), after.space(space).orElseThrow());
            assertFalse(after.all().stream().anyMatch(row -> before.space(row.space().id).orElse(null) == row),
                    "every row is read again");
        } finally {
            sql("UPDATE catalogue_version SET pruned_below = 0 WHERE id = 1 AND ?::uuid IS NOT NULL", venue);
        }
    }

    @Test
    void blocksAndClosuresWrittenElsewhereReachTheCopyWithTheirVenueOnly() throws Exception {
        UUID venue = Fixtures.newRelay();
        UUID otherVenue = Fixtures.newRelay();
        UUID space = Fixtures.newSpace(venue, "DESK", "EXCLUSIVE", 1, Map.of());
        UUID otherSpace = Fixtures.newSpace(otherVenue, "DESK", "EXCLUSIVE", 1, Map.of());
        Instant starts = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
        SpaceCatalogue.Snapshot before = catalogue.atLeast(version());
        assertEquals(List.of(), before.blocks(space));
        assertFalse(before.closures().containsKey(venue));

        // As another replica would, straight in the database: the triggers move the version and log the venue.
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO block (id, space_id, starts_at, ends_at) VALUES (gen_random_uuid(), ?, ?, ?)")) {
                ps.setObject(1, space);
                ps.setObject(2, starts.atOffset(ZoneOffset.UTC));
                ps.setObject(3, starts.plus(Duration.ofHours(2)).atOffset(ZoneOffset.UTC));
                assertEquals(1, ps.executeUpdate());
            }
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO closure (id, venue_id, from_date, to_date) VALUES (gen_random_uuid(), ?, ?, ?)")) {
                ps.setObject(1, venue);
                ps.setObject(2, LocalDate.now(ZoneOffset.UTC).plusDays(10));
                ps.setObject(3, LocalDate.now(ZoneOffset.UTC).plusDays(12));
                assertEquals(1, ps.executeUpdate());
            }
        }
        SpaceCatalogue.Snapshot after = catalogue.atLeast(version());

        assertEquals(List.of(new TimeRange(starts, starts.plus(Duration.ofHours(2)))), after.blocks(space));
        assertEquals(List.of(LocalDate.now(ZoneOffset.UTC).plusDays(10)),
                after.closures().get(venue).stream().map(closure -> closure.fromDate).toList());
        assertSame(before.space(otherSpace).orElseThrow(), after.space(otherSpace).orElseThrow(), "the other venue is not reread");

        sql("DELETE FROM block WHERE space_id = ?", space);
        sql("DELETE FROM closure WHERE venue_id = ?", venue);
        SpaceCatalogue.Snapshot cleared = catalogue.atLeast(version());

        assertEquals(List.of(), cleared.blocks(space));
        assertFalse(cleared.closures().containsKey(venue));
    }

    private long version() throws Exception {
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.createStatement().executeQuery("SELECT version FROM catalogue_version")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void sql(String statement, UUID id) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement ps = connection.prepareStatement(statement)) {
            ps.setObject(1, id);
            assertEquals(1, ps.executeUpdate());
        }
    }
}
