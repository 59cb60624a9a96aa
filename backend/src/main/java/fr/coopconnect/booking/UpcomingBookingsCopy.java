package fr.coopconnect.booking;

import fr.coopconnect.common.SnapshotRead;
import fr.coopconnect.space.SpaceService;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The live bookings of the coming weeks, held in memory on each replica for the slot search (which then needs no
 * bookings from PostgreSQL), kept current through the booking change log (changeset 058). Before answering, a
 * search reads what changed since this replica last looked, with the catalogue version, in one small statement: a
 * booking committed anywhere before the search started is in its answer, as when it read the bookings themselves.
 * A copy is read in the background — on first use, every third of its reach, and after a change it cannot follow
 * (a TRUNCATE, a log pruned past it) — and meanwhile, as for a window it does not cover (further ahead, or further
 * back), the search reads the bookings themselves through {@link BusyTimes}.
 */
@ApplicationScoped
public class UpcomingBookingsCopy {

    private static final Logger LOG = Logger.getLogger(UpcomingBookingsCopy.class);

    /** A copy holds the bookings occupying time up to this long ago: a search from today's start, widened by a day, falls in it. */
    private static final Duration BEHIND = Duration.ofDays(3);

    private static final String LIVE = "status IN ('PENDING', 'CONFIRMED')";

    private static final Duration RETRY_READ = Duration.ofSeconds(5);

    private static final Duration MIN_READ_INTERVAL = Duration.ofHours(1);

    /** The changes since the cursor in log order, then the catalogue version, then the pruning mark with the snapshot. */
    private static final String CHANGES = "SELECT 0 AS k, seq, booking_id, previous_space_id, space_id, starts_at, ends_at,"
            + " occupied_until, seats, live, NULL AS snapshot FROM booking_change WHERE seq > ? OR xid = ANY(?::xid8[])"
            + " UNION ALL SELECT 1, version, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM catalogue_version"
            + " UNION ALL SELECT 2, below, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, pg_current_snapshot()::text"
            + " FROM booking_change_pruned ORDER BY 1, 2";

    /** How far ahead the copy reaches; 0 leaves every search to {@link BusyTimes}. */
    @ConfigProperty(name = "coopconnect.search.upcoming-bookings.days")
    int days;

    /** The most bookings held (about 60 bytes each); past it the copy reaches less far. */
    @ConfigProperty(name = "coopconnect.search.upcoming-bookings.max")
    int maxBookings;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    /** The copy with where it stands in the log (guarded by this): replaced whole by a read, moved on by each look. */
    private UpcomingBookings copy;
    private ChangeCursor cursor;
    private Instant readAt;
    private long catalogueVersion;
    private Look lastLook;
    private boolean reading;
    /** When the last read failed (a {@link System#nanoTime}), null if it did not: the next waits a little. */
    private Long readFailedAt;

    /** What a read gives, installed as a whole. */
    private record Read(UpcomingBookings copy, ChangeCursor cursor, long catalogueVersion, Instant at) {
    }

    /**
     * The live bookings of {@code spaceIds} occupying time after {@code occupiedFrom} and starting before {@code to}
     * (or a buffer after it), with the catalogue version — what {@link BusyTimes#bookings} reads — if the copy
     * covers that window.
     */
    public Optional<BusyTimes.Snapshot> bookings(Collection<UUID> spaceIds, Instant occupiedFrom, Instant to) {
        if (days <= 0) {
            return Optional.empty();
        }
        Instant startingBefore = to.plus(Duration.ofMinutes(SpaceService.MAX_BUFFER_MINUTES));
        Current current = current(System.nanoTime());
        if (current == null || !current.copy().covers(occupiedFrom, startingBefore)) {
            return Optional.empty();
        }
        Map<UUID, List<Occupation>> occupations = new HashMap<>();
        for (UUID spaceId : spaceIds) {
            List<Occupation> found = current.copy().occupations(spaceId, occupiedFrom, startingBefore);
            if (!found.isEmpty()) {
                occupations.put(spaceId, found);
            }
        }
        return Optional.of(new BusyTimes.Snapshot(Map.of(), Map.of(), occupations, current.catalogueVersion()));
    }

    private record Current(UpcomingBookings copy, long catalogueVersion) {
    }

    /** A look at the log: when it started (a {@link System#nanoTime}), and what it gave or why it failed. */
    private record Look(long started, Current current, RuntimeException failure) {
        Current orThrow() {
            if (failure != null) {
                throw failure;
            }
            return current;
        }
    }

    /**
     * The copy brought up to every change committed before {@code arrived} (a {@link System#nanoTime}), or null while
     * none is read: one look at the log at a time, and a caller that waited for a look started after it arrived takes
     * that look's result — its failure too, so that with the database down callers do not queue for a timeout each.
     */
    private synchronized Current current(long arrived) {
        if (lastLook != null && lastLook.started() - arrived > 0) {
            return lastLook.orThrow();
        }
        long started = System.nanoTime();
        try {
            Instant now = clock.instant();
            if (copy != null && !readChanges()) {
                copy = null;
            }
            if (copy == null || isDue(now)) {
                readInBackground(now);
            }
            lastLook = new Look(started, copy == null ? null : new Current(copy, catalogueVersion), null);
        } catch (RuntimeException e) {
            lastLook = new Look(started, null, e);
        }
        return lastLook.orThrow();
    }

    /** Starts a read unless one is under way or the last failed less than {@link #RETRY_READ} ago. */
    private void readInBackground(Instant now) {
        if (reading || readFailedAt != null && System.nanoTime() - readFailedAt < RETRY_READ.toNanos()) {
            return;
        }
        reading = true;
        Thread thread = new Thread(() -> {
            Read read = null;
            try {
                read = read(now);
            } catch (RuntimeException e) {
                LOG.warn("Cannot read the upcoming bookings; searches read them from the database meanwhile", e);
            }
            install(read);
        }, "upcoming-bookings-read");
        thread.setDaemon(true);
        thread.start();
    }

    private synchronized void install(Read read) {
        reading = false;
        readFailedAt = read == null ? Long.valueOf(System.nanoTime()) : null;
        if (read != null) {
            copy = read.copy();
            cursor = read.cursor();
            catalogueVersion = read.catalogueVersion();
            readAt = read.at();
        }
    }

    /**
     * A third of the way through its reach (an hour at least: a copy cut short by {@link #maxBookings} is not read
     * again and again), or with the clock set back before it was read, a copy is read again.
     */
    private boolean isDue(Instant now) {
        Duration third = Duration.between(readAt, copy.startsBefore()).dividedBy(3);
        Duration interval = third.compareTo(MIN_READ_INTERVAL) > 0 ? third : MIN_READ_INTERVAL;
        return now.isAfter(readAt.plus(interval)) || now.isBefore(readAt.minus(MIN_READ_INTERVAL));
    }

    /** Applies the changes since the cursor; false when the copy cannot follow them (a TRUNCATE, a pruned log). */
    private boolean readChanges() {
        List<UpcomingBookings.Change> changes = new ArrayList<>();
        long maxSeq = 0;
        long version = catalogueVersion;
        long prunedBelow = 0;
        String snapshot = null;
        try (Connection connection = dataSource.getConnection(); PreparedStatement ps = connection.prepareStatement(CHANGES)) {
            ps.setLong(1, cursor.lastSeq());
            ps.setString(2, cursor.runningXidsLiteral());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    switch (rs.getInt(1)) {
                        case 0 -> {
                            maxSeq = Math.max(maxSeq, rs.getLong(2));
                            changes.add(new UpcomingBookings.Change(rs.getObject(3, UUID.class), rs.getObject(4, UUID.class),
                                    rs.getObject(5, UUID.class), instant(rs, 6), instant(rs, 7), instant(rs, 8), rs.getInt(9),
                                    rs.getBoolean(10)));
                        }
                        case 1 -> version = rs.getLong(2);
                        default -> {
                            prunedBelow = rs.getLong(2);
                            snapshot = rs.getString(11);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the booking changes", e);
        }
        if (prunedBelow > cursor.unreadAbove() || changes.stream().anyMatch(UpcomingBookings.Change::resetsEverything)) {
            return false;
        }
        changes.forEach(copy::apply);
        cursor = cursor.next(maxSeq, snapshot);
        catalogueVersion = version;
        return true;
    }

    /**
     * Reads the copy again: in one repeatable-read transaction, the log's position, the catalogue version and the
     * live bookings occupying time from a little before {@code now} and starting up to {@link #days} ahead, or fewer
     * days if more than {@link #maxBookings} are in them.
     */
    private Read read(Instant now) {
        long started = System.nanoTime();
        Instant occupiedAfter = now.minus(BEHIND);
        return SnapshotRead.run(dataSource, "the upcoming bookings", connection -> {
            ChangeCursor readCursor;
            long version;
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT (SELECT coalesce(max(seq), 0) FROM booking_change),"
                         + " pg_current_snapshot()::text, (SELECT version FROM catalogue_version),"
                         + " (SELECT below FROM booking_change_pruned)")) {
                rs.next();
                readCursor = ChangeCursor.at(rs.getLong(1), rs.getString(2), rs.getLong(4));
                version = rs.getLong(3);
            }
            Instant startsBefore = cut(connection, occupiedAfter, now.plus(Duration.ofDays(days)));
            UpcomingBookings read = new UpcomingBookings(occupiedAfter, startsBefore);
            try (PreparedStatement ps = connection.prepareStatement("SELECT space_id, id, starts_at, ends_at, occupied_until,"
                    + " seats FROM booking WHERE " + LIVE + " AND occupied_until > ? AND starts_at < ? ORDER BY starts_at")) {
                ps.setObject(1, utc(occupiedAfter));
                ps.setObject(2, utc(startsBefore));
                // In a transaction the driver streams the rows by the ten thousand instead of holding them all.
                ps.setFetchSize(10_000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        read.add(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), instant(rs, 3), instant(rs, 4),
                                instant(rs, 5), rs.getInt(6));
                    }
                }
            }
            LOG.infof("Upcoming bookings read: %d live bookings starting before %s, in %d ms", read.size(),
                    read.startsBefore(), (System.nanoTime() - started) / 1_000_000);
            return new Read(read, readCursor, version, now);
        });
    }

    /** {@code startsBefore}, or earlier: the start of the first booking past {@link #maxBookings}. */
    private Instant cut(Connection connection, Instant occupiedAfter, Instant startsBefore) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT starts_at FROM booking WHERE " + LIVE
                + " AND occupied_until > ? AND starts_at < ? ORDER BY starts_at OFFSET ? LIMIT 1")) {
            ps.setObject(1, utc(occupiedAfter));
            ps.setObject(2, utc(startsBefore));
            ps.setInt(3, maxBookings);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? instant(rs, 1) : startsBefore;
            }
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
