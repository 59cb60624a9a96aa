package fr.coopconnect.space;

import fr.coopconnect.agreement.AgreementGate;
import fr.coopconnect.agreement.AgreementRules;
import fr.coopconnect.common.SnapshotRead;
import fr.coopconnect.hours.Closure;
import fr.coopconnect.timeline.TimeRange;
import fr.coopconnect.venue.Venue;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Every active space with its venue, the spaces' blocks, the venues' closures and the agreements they require for
 * booking, held in memory for the search and for booking: the search filters the spaces by kind, equipment, place and
 * distance itself and only asks PostgreSQL for their live bookings, as a booking does.
 * A copy is as new as the catalogue version it was read with; the counter (changesets 054–057) moves with every
 * change to a space, a venue, a block, a closure or an agreement template, and search and booking read it in the
 * same statement as the bookings, so a replica notices a stale copy at once and rereads the venues the change log
 * names since its copy.
 */
@ApplicationScoped
public class SpaceCatalogue {

    private static final Logger LOG = Logger.getLogger(SpaceCatalogue.class);

    /**
     * The copy read at one catalogue version: the rows by their venue's latitude, and by space id; the blocks of the
     * spaces and the closures of the venues that had not ended when read; the agreements the venues require.
     */
    public static final class Snapshot {
        private final long version;
        private final SpaceRows.Row[] byLatitude;
        private final double[] latitudes;
        private final Map<UUID, SpaceRows.Row> byId;
        private final Map<UUID, List<TimeRange>> blocks;
        private final Map<UUID, List<Closure>> closures;
        private final Map<UUID, List<AgreementRules.Required>> requiredAgreements;

        Snapshot(long version, List<SpaceRows.Row> rows, Map<UUID, List<TimeRange>> blocks, Map<UUID, List<Closure>> closures,
                 Map<UUID, List<AgreementRules.Required>> requiredAgreements) {
            this.version = version;
            // Shared by every search on this replica: read-only views, so no caller can change the copy for the others.
            this.blocks = Collections.unmodifiableMap(blocks);
            this.closures = Collections.unmodifiableMap(closures);
            this.requiredAgreements = Collections.unmodifiableMap(requiredAgreements);
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

        /** The space's blocks by start, those that ended before this copy was read excepted. */
        public List<TimeRange> blocks(UUID spaceId) {
            return blocks.getOrDefault(spaceId, List.of());
        }

        /** The venues' closures by venue id, those that ended before this copy was read excepted. */
        public Map<UUID, List<Closure>> closures() {
            return closures;
        }

        /** The agreements booking at the venue requires (its active templates required for booking); mostly none. */
        public List<AgreementRules.Required> requiredAgreements(UUID venueId) {
            return requiredAgreements.getOrDefault(venueId, List.of());
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

    /**
     * A copy read at {@code version} or later: the one held if it is, else a new read (one at a time). A caller's
     * transaction (a booking) is suspended meanwhile: the read needs a connection of its own, not the transaction's.
     */
    public synchronized Snapshot atLeast(long version) {
        Snapshot held = current;
        if (held != null && held.version >= version) {
            return held;
        }
        long started = System.nanoTime();
        Snapshot read = QuarkusTransaction.suspendingExisting().call(() -> read(held));
        current = read;
        LOG.debugf("Space catalogue version %d read: %d active spaces in %d ms", read.version, read.byId.size(),
                (System.nanoTime() - started) / 1_000_000);
        return read;
    }

    /**
     * The catalogue now: from {@code held}, only the venues the change log names since its version are read again;
     * with nothing held, a log pruned past it or a TRUNCATE in it, everything is. One repeatable-read transaction,
     * so the version, the log and the rows agree.
     */
    private Snapshot read(Snapshot held) {
        return SnapshotRead.run(dataSource, "the space catalogue", connection -> {
            long version;
            long prunedBelow;
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT version, pruned_below FROM catalogue_version")) {
                rs.next();
                version = rs.getLong(1);
                prunedBelow = rs.getLong(2);
            }
            Set<UUID> changed = held == null || held.version < prunedBelow ? null : changedVenues(connection, held.version);
            if (changed == null) {
                return new Snapshot(version, rows(connection, null), blocks(connection, null), closures(connection, null),
                        requiredAgreements(connection, null));
            }
            List<SpaceRows.Row> rows = new ArrayList<>(held.byId.size() + 16);
            Map<UUID, List<TimeRange>> blocks = new HashMap<>(held.blocks);
            for (SpaceRows.Row row : held.byLatitude) {
                if (!changed.contains(row.venue().id)) {
                    rows.add(row);
                } else {
                    blocks.remove(row.space().id);
                }
            }
            rows.addAll(rows(connection, changed));
            blocks.putAll(blocks(connection, changed));
            Map<UUID, List<Closure>> closures = new HashMap<>(held.closures);
            closures.keySet().removeAll(changed);
            closures.putAll(closures(connection, changed));
            Map<UUID, List<AgreementRules.Required>> required = new HashMap<>(held.requiredAgreements);
            required.keySet().removeAll(changed);
            required.putAll(requiredAgreements(connection, changed));
            return new Snapshot(version, rows, blocks, closures, required);
        });
    }

    /** The venues changed after {@code version}; null when everything may have (a TRUNCATE). */
    private static Set<UUID> changedVenues(Connection connection, long version) throws SQLException {
        Set<UUID> venues = new HashSet<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT DISTINCT venue_id FROM catalogue_change WHERE version > ?")) {
            ps.setLong(1, version);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID venue = rs.getObject(1, UUID.class);
                    if (venue == null) {
                        return null;
                    }
                    venues.add(venue);
                }
            }
        }
        return venues;
    }

    /**
     * The blocks of the active spaces, of all venues or of {@code venueIds}, that ended less than a day ago: free time
     * starts now at the earliest, and the day spares a replica's clock any skew from the database's.
     */
    private static Map<UUID, List<TimeRange>> blocks(Connection connection, Set<UUID> venueIds) throws SQLException {
        Map<UUID, List<TimeRange>> blocks = new HashMap<>();
        forEachRow(connection, "SELECT b.space_id, b.starts_at, b.ends_at FROM block b JOIN space s ON s.id = b.space_id"
                + " WHERE s.active AND b.ends_at > now() - interval '1 day'" + (venueIds == null ? "" : " AND s.venue_id = ANY(?)")
                + " ORDER BY b.space_id, b.starts_at", venueIds,
                rs -> blocks.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>()).add(new TimeRange(
                        rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getObject(3, OffsetDateTime.class).toInstant())));
        return blocks;
    }

    /**
     * The closures of all venues or of {@code venueIds} that end two days ago (UTC) or later: a venue's own date may
     * be the UTC date's day before, and a search widens its dates by a day (see
     * {@link fr.coopconnect.hours.OpeningCalendar#closureDates}).
     */
    private static Map<UUID, List<Closure>> closures(Connection connection, Set<UUID> venueIds) throws SQLException {
        Map<UUID, List<Closure>> closures = new HashMap<>();
        forEachRow(connection, "SELECT venue_id, from_date, to_date FROM closure WHERE to_date >= (now() AT TIME ZONE 'UTC')::date - 2"
                + (venueIds == null ? "" : " AND venue_id = ANY(?)"), venueIds, rs -> {
                    Closure closure = new Closure();
                    closure.venueId = rs.getObject(1, UUID.class);
                    closure.fromDate = rs.getObject(2, LocalDate.class);
                    closure.toDate = rs.getObject(3, LocalDate.class);
                    closures.computeIfAbsent(closure.venueId, id -> new ArrayList<>()).add(closure);
                });
        return closures;
    }

    /** The agreements of all venues or of {@code venueIds} that booking requires: the same rule as {@link AgreementGate}. */
    private static Map<UUID, List<AgreementRules.Required>> requiredAgreements(Connection connection, Set<UUID> venueIds)
            throws SQLException {
        Map<UUID, List<AgreementRules.Required>> required = new HashMap<>();
        forEachRow(connection, "SELECT t.venue_id, " + AgreementGate.REQUIRED_TEMPLATES
                + (venueIds == null ? "" : " AND t.venue_id = ANY(?)"), venueIds,
                rs -> required.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>()).add(AgreementGate.required(rs, 2)));
        return required;
    }

    /** The active spaces with their venues: all of them, or those of {@code venueIds}. */
    private List<SpaceRows.Row> rows(Connection connection, Set<UUID> venueIds) throws SQLException {
        // The whole table: the venue subquery on its own, so each venue's hours become text once, not per space.
        String venues = venueIds == null ? SpaceRows.venues(" OFFSET 0") : SpaceRows.venues(" WHERE id = ANY(?)");
        List<SpaceRows.Row> rows = new ArrayList<>();
        Map<UUID, Venue> read = new HashMap<>();
        forEachRow(connection, "SELECT " + SpaceRows.COLUMNS + " FROM space s JOIN " + venues + " ON v.id = s.venue_id WHERE s.active",
                venueIds, rs -> {
                    SpaceRows.Row row = spaceRows.read(rs, read);
                    read.putIfAbsent(row.venue().id, row.venue());
                    rows.add(row);
                });
        return rows;
    }

    /** Reads one row of a result set. */
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /**
     * Runs {@code sql} with {@code venueIds} as its one parameter (none when null: every venue) and hands each row to
     * {@code reader}; no venues, no statement.
     */
    private static void forEachRow(Connection connection, String sql, Set<UUID> venueIds, RowReader reader) throws SQLException {
        if (venueIds != null && venueIds.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            if (venueIds != null) {
                ps.setArray(1, connection.createArrayOf("uuid", venueIds.toArray()));
            }
            // In a transaction the driver streams the rows by the thousand instead of holding them all: at national
            // scale (100,000 spaces, each row carrying its venue's hours) the whole result would not fit the heap.
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }
}
