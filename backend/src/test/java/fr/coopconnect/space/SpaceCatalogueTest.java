package fr.coopconnect.space;

import fr.coopconnect.support.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
