package fr.coopconnect.booking;

import fr.coopconnect.space.SpaceService;

import fr.coopconnect.hours.Closure;
import fr.coopconnect.timeline.TimeRange;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What keeps spaces busy in a window — closures, blocks and live bookings — loaded for many spaces in one
 * query, never one query per space. Who booked is not read.
 */
@ApplicationScoped
public class BusyTimes {

    /**
     * Straight from the pool rather than through the request's Hibernate session, which outside a transaction keeps
     * its connection until the request ends: a search would hold one through its slot computation and JSON, and
     * while it waits for a catalogue reread that needs a connection of its own. Inside a transaction (a booking)
     * Agroal hands out the transaction's connection, the one Hibernate uses, and keeps it until the commit.
     */
    @Inject
    AgroalDataSource dataSource;

    /**
     * Everything that narrows the free time of many spaces in a window, read in one round trip, with the catalogue
     * version of the same database snapshot (see {@link fr.coopconnect.space.SpaceCatalogue}).
     */
    public record Snapshot(Map<UUID, List<Closure>> closures, Map<UUID, List<TimeRange>> blocks,
                           Map<UUID, List<Occupation>> occupations, long catalogueVersion) {
    }

    /**
     * Closures of the venues (dates {@code closuresFrom..closuresTo}), blocks of the spaces meeting [from, to) and
     * live bookings whose occupied time meets [occupiedFrom, to): one query, three index scans. With no venue ids
     * (and null dates) no closure is read.
     */
    public Snapshot snapshot(Collection<UUID> spaceIds, Collection<UUID> venueIds, LocalDate closuresFrom,
                             LocalDate closuresTo, Instant from, Instant occupiedFrom, Instant to) {
        return read(spaceIds, true, venueIds, closuresFrom, closuresTo, from, occupiedFrom, to);
    }

    /**
     * Only the live bookings whose occupied time meets [occupiedFrom, to), with the catalogue version: for the search,
     * which holds blocks and closures in its {@link fr.coopconnect.space.SpaceCatalogue}.
     */
    public Snapshot bookings(Collection<UUID> spaceIds, Instant occupiedFrom, Instant to) {
        return read(spaceIds, false, List.of(), null, null, null, occupiedFrom, to);
    }

    private Snapshot read(Collection<UUID> spaceIds, boolean withBlocks, Collection<UUID> venueIds, LocalDate closuresFrom,
                          LocalDate closuresTo, Instant from, Instant occupiedFrom, Instant to) {
        Map<UUID, List<Closure>> closures = new HashMap<>();
        Map<UUID, List<TimeRange>> blocks = new HashMap<>();
        Map<UUID, List<Occupation>> occupations = new HashMap<>();
        boolean withClosures = !venueIds.isEmpty();
        String sql = (withBlocks ? "SELECT 0 AS k, space_id AS id, starts_at AS a, ends_at AS b, NULL::timestamptz AS c,"
                + " 0 AS seats, NULL::date AS d1, NULL::date AS d2 FROM block"
                + " WHERE space_id = ANY(?) AND ends_at > ? AND starts_at < ? UNION ALL " : "")
                + "SELECT 1 AS k, space_id AS id, starts_at AS a, ends_at AS b, occupied_until AS c, seats,"
                + " NULL::date AS d1, NULL::date AS d2 FROM booking"
                + " WHERE space_id = ANY(?) AND status IN ('PENDING', 'CONFIRMED')"
                + " AND occupied_until > ? AND starts_at < ? AND starts_at > ?"
                + (withClosures ? " UNION ALL SELECT 2, venue_id, NULL, NULL, NULL, 0, from_date, to_date FROM closure"
                + " WHERE venue_id = ANY(?) AND to_date >= ? AND from_date <= ?" : "")
                + " UNION ALL SELECT 3, NULL, NULL, NULL, NULL, version, NULL, NULL FROM catalogue_version";
        // Plain JDBC: thousands of rows per search, read as primitives rather than through entity-less Hibernate rows.
        long catalogueVersion = 0;
        try (Connection connection = dataSource.getConnection(); PreparedStatement ps = connection.prepareStatement(sql)) {
            java.sql.Array spaces = connection.createArrayOf("uuid", spaceIds.toArray());
            int parameter = 1;
            if (withBlocks) {
                ps.setArray(parameter++, spaces);
                ps.setObject(parameter++, utc(from));
                ps.setObject(parameter++, utc(to));
            }
            ps.setArray(parameter++, spaces);
            ps.setObject(parameter++, utc(occupiedFrom));
            // Bookings starting up to a buffer after the window still matter: a slot must end a buffer before them.
            ps.setObject(parameter++, utc(to.plus(Duration.ofMinutes(SpaceService.MAX_BUFFER_MINUTES))));
            ps.setObject(parameter++, utc(occupiedFrom.minus(Occupation.LONGEST)));
            if (withClosures) {
                ps.setArray(parameter++, connection.createArrayOf("uuid", venueIds.toArray()));
                ps.setObject(parameter++, closuresFrom);
                ps.setObject(parameter, closuresTo);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(2, UUID.class);
                    switch (rs.getInt(1)) {
                        case 0 -> blocks.computeIfAbsent(id, k -> new ArrayList<>())
                                .add(new TimeRange(instant(rs, 3), instant(rs, 4)));
                        case 1 -> occupations.computeIfAbsent(id, k -> new ArrayList<>()).add(new Occupation(
                                new TimeRange(instant(rs, 3), instant(rs, 4)), instant(rs, 5), rs.getInt(6)));
                        case 2 -> {
                            Closure closure = new Closure();
                            closure.venueId = id;
                            closure.fromDate = rs.getObject(7, LocalDate.class);
                            closure.toDate = rs.getObject(8, LocalDate.class);
                            closures.computeIfAbsent(id, k -> new ArrayList<>()).add(closure);
                        }
                        default -> catalogueVersion = rs.getLong(6);
                    }
                }
            }
        } catch (SQLException e) {
            // The cause keeps its SQLSTATE, which ProblemMappers turns into 503 or 409 where the client can retry.
            throw new IllegalStateException("Cannot read the busy times", e);
        }
        return new Snapshot(closures, blocks, occupations, catalogueVersion);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
