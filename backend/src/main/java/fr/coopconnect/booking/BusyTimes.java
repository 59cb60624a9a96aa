package fr.coopconnect.booking;

import fr.coopconnect.hours.Closure;
import fr.coopconnect.timeline.SeatUse;
import fr.coopconnect.timeline.TimeRange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What keeps spaces busy in a window — blocks and live bookings — loaded for many spaces in one
 * query each, never one query per space. Who booked is not read.
 */
@ApplicationScoped
public class BusyTimes {

    /** A live booking as the slot search sees it: its time, what it keeps for its buffer, and its seats. */
    public record Occupation(TimeRange range, Instant occupiedUntil, int seats) {
        public SeatUse seatUse() {
            return new SeatUse(range, seats);
        }
    }

    /**
     * The longest a live booking can occupy its space (the schema checks it): bookings meeting a window started at
     * most this long before it, which bounds the index range scan.
     */
    public static final Duration MAX_OCCUPATION = Duration.ofDays(2);

    @Inject
    EntityManager em;

    /** Everything that narrows the free time of many spaces in a window, read in one round trip. */
    public record Snapshot(Map<UUID, List<Closure>> closures, Map<UUID, List<TimeRange>> blocks,
                           Map<UUID, List<Occupation>> occupations) {
    }

    /**
     * Closures of the venues (dates {@code closuresFrom..closuresTo}), blocks of the spaces meeting [from, to) and
     * live bookings whose occupied time meets [occupiedFrom, to): one query, three index scans.
     */
    @SuppressWarnings("unchecked")
    public Snapshot snapshot(Collection<UUID> spaceIds, Collection<UUID> venueIds, LocalDate closuresFrom,
                             LocalDate closuresTo, Instant from, Instant occupiedFrom, Instant to) {
        Snapshot snapshot = new Snapshot(new HashMap<>(), new HashMap<>(), new HashMap<>());
        if (spaceIds.isEmpty()) {
            return snapshot;
        }
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT 0 AS k, space_id AS id, starts_at AS a, ends_at AS b, NULL::timestamptz AS c, 0 AS seats,"
                                + " NULL::date AS d1, NULL::date AS d2 FROM block"
                                + " WHERE space_id = ANY(?1) AND ends_at > ?3 AND starts_at < ?5"
                                + " UNION ALL SELECT 1, space_id, starts_at, ends_at, occupied_until, seats, NULL, NULL FROM booking"
                                + " WHERE space_id = ANY(?1) AND status IN ('PENDING', 'CONFIRMED')"
                                + " AND occupied_until > ?4 AND starts_at < ?5 AND starts_at > ?8"
                                + " UNION ALL SELECT 2, venue_id, NULL, NULL, NULL, 0, from_date, to_date FROM closure"
                                + " WHERE venue_id = ANY(?2) AND to_date >= ?6 AND from_date <= ?7")
                .setParameter(1, spaceIds.toArray(new UUID[0]))
                .setParameter(2, venueIds.toArray(new UUID[0]))
                .setParameter(3, from)
                .setParameter(4, occupiedFrom)
                .setParameter(5, to)
                .setParameter(6, closuresFrom)
                .setParameter(7, closuresTo)
                .setParameter(8, occupiedFrom.minus(MAX_OCCUPATION))
                .getResultList();
        for (Object[] row : rows) {
            UUID id = (UUID) row[1];
            switch (((Number) row[0]).intValue()) {
                case 0 -> snapshot.blocks().computeIfAbsent(id, k -> new ArrayList<>())
                        .add(new TimeRange(instant(row[2]), instant(row[3])));
                case 1 -> snapshot.occupations().computeIfAbsent(id, k -> new ArrayList<>()).add(new Occupation(
                        new TimeRange(instant(row[2]), instant(row[3])), instant(row[4]), ((Number) row[5]).intValue()));
                default -> {
                    Closure closure = new Closure();
                    closure.venueId = id;
                    closure.fromDate = date(row[6]);
                    closure.toDate = date(row[7]);
                    snapshot.closures().computeIfAbsent(id, k -> new ArrayList<>()).add(closure);
                }
            }
        }
        return snapshot;
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate date ? date : ((java.sql.Date) value).toLocalDate();
    }

    public Map<UUID, List<TimeRange>> blocks(Collection<UUID> spaceIds, Instant from, Instant to) {
        Map<UUID, List<TimeRange>> bySpace = new HashMap<>();
        if (spaceIds.isEmpty()) {
            return bySpace;
        }
        for (Object[] row : rows("SELECT space_id, starts_at, ends_at FROM block"
                + " WHERE space_id = ANY(?1) AND ends_at > ?2 AND starts_at < ?3", spaceIds, from, to)) {
            bySpace.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add(new TimeRange(instant(row[1]), instant(row[2])));
        }
        return bySpace;
    }

    /** Live bookings whose occupied time (buffer included) meets the window. */
    public Map<UUID, List<Occupation>> occupations(Collection<UUID> spaceIds, Instant from, Instant to) {
        Map<UUID, List<Occupation>> bySpace = new HashMap<>();
        if (spaceIds.isEmpty()) {
            return bySpace;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT space_id, starts_at, ends_at, occupied_until, seats FROM booking"
                        + " WHERE space_id = ANY(?1) AND status IN ('PENDING', 'CONFIRMED')"
                        + " AND occupied_until > ?2 AND starts_at < ?3 AND starts_at > ?4")
                .setParameter(1, spaceIds.toArray(new UUID[0]))
                .setParameter(2, from)
                .setParameter(3, to)
                .setParameter(4, from.minus(MAX_OCCUPATION))
                .getResultList();
        for (Object[] row : rows) {
            bySpace.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add(new Occupation(
                    new TimeRange(instant(row[1]), instant(row[2])), instant(row[3]), ((Number) row[4]).intValue()));
        }
        return bySpace;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Collection<UUID> spaceIds, Instant from, Instant to) {
        return em.createNativeQuery(sql)
                .setParameter(1, spaceIds.toArray(new UUID[0]))
                .setParameter(2, from)
                .setParameter(3, to)
                .getResultList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
