package fr.coopconnect.space;

import fr.coopconnect.venue.Venue;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Every active space with its venue, held in memory for the search: it filters them by kind, equipment, place and
 * distance itself and only asks PostgreSQL for what keeps them busy. A copy is as new as the catalogue version it
 * was read with; the counter (changeset 054) moves with every change to a space or a venue, and the search reads it
 * in the same statement as the busy times, so a replica notices a stale copy on its next search and reloads it.
 */
@ApplicationScoped
public class SpaceCatalogue {

    private static final Logger LOG = Logger.getLogger(SpaceCatalogue.class);

    /** The copy read at one catalogue version: the rows by their venue's latitude, and by space id. */
    public static final class Snapshot {
        private final long version;
        private final SpaceRows.Row[] byLatitude;
        private final double[] latitudes;
        private final Map<UUID, SpaceRows.Row> byId;

        Snapshot(long version, List<SpaceRows.Row> rows) {
            this.version = version;
            this.byLatitude = rows.toArray(SpaceRows.Row[]::new);
            Arrays.sort(byLatitude, Comparator.comparingDouble(row -> row.venue().latitude));
            this.latitudes = Arrays.stream(byLatitude).mapToDouble(row -> row.venue().latitude).toArray();
            this.byId = new HashMap<>(2 * rows.size());
            rows.forEach(row -> byId.put(row.space().id, row));
        }

        public long version() {
            return version;
        }

        public List<SpaceRows.Row> all() {
            return Arrays.asList(byLatitude);
        }

        /** The spaces whose venue lies between the two latitudes (inclusive). */
        public List<SpaceRows.Row> latitudeBetween(double min, double max) {
            return Arrays.asList(byLatitude).subList(firstAtLeast(min), firstAbove(max));
        }

        public Optional<SpaceRows.Row> space(UUID id) {
            return Optional.ofNullable(byId.get(id));
        }

        private int firstAtLeast(double latitude) {
            int index = Arrays.binarySearch(latitudes, latitude);
            if (index < 0) {
                return -index - 1;
            }
            while (index > 0 && latitudes[index - 1] == latitude) {
                index--;
            }
            return index;
        }

        private int firstAbove(double latitude) {
            int index = Arrays.binarySearch(latitudes, latitude);
            if (index < 0) {
                return -index - 1;
            }
            while (index < latitudes.length && latitudes[index] == latitude) {
                index++;
            }
            return index;
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SpaceRows spaceRows;

    private volatile Snapshot current;

    /** The copy this replica holds, read on first use. */
    public Snapshot current() {
        Snapshot snapshot = current;
        return snapshot != null ? snapshot : atLeast(Long.MIN_VALUE);
    }

    /** A copy read at {@code version} or later: the one held if it is, else a new read (one at a time). */
    public synchronized Snapshot atLeast(long version) {
        Snapshot held = current;
        if (held != null && held.version >= version) {
            return held;
        }
        long started = System.nanoTime();
        Snapshot read = read();
        current = read;
        LOG.debugf("Space catalogue version %d read: %d active spaces in %d ms", read.version, read.byId.size(),
                (System.nanoTime() - started) / 1_000_000);
        return read;
    }

    private Snapshot read() {
        // One statement, so the rows and the version come from the same database snapshot.
        String sql = "SELECT " + SpaceRows.COLUMNS + ", cv.version FROM catalogue_version cv"
                + " LEFT JOIN (space s JOIN " + SpaceRows.venues(" OFFSET 0") + " ON v.id = s.venue_id) ON s.active";
        try (Connection connection = dataSource.getConnection()) {
            // In a transaction the driver streams the rows by the thousand instead of holding them all: at national
            // scale (100,000 spaces, each row carrying its venue's hours) the whole result would not fit the heap.
            connection.setAutoCommit(false);
            try (Statement settings = connection.createStatement()) {
                // The plan of a whole-table read costs enough for PostgreSQL to JIT-compile it, which took 186 of
                // its 212 ms for 10,000 spaces (13 ms without).
                settings.execute("SET LOCAL jit = off");
            }
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setFetchSize(1000);
                long version = 0;
                List<SpaceRows.Row> rows = new ArrayList<>();
                Map<UUID, Venue> venues = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        version = rs.getLong(SpaceRows.COLUMN_COUNT + 1);
                        if (rs.getObject(1) != null) {
                            SpaceRows.Row row = spaceRows.read(rs, venues);
                            venues.putIfAbsent(row.venue().id, row.venue());
                            rows.add(row);
                        }
                    }
                }
                return new Snapshot(version, rows);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the space catalogue", e);
        }
    }
}
