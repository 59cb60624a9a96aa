package fr.coopconnect.booking;

import fr.coopconnect.timeline.SeatUse;
import fr.coopconnect.timeline.TimeRange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;
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

    @Inject
    EntityManager em;

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
        for (Object[] row : rows("SELECT space_id, starts_at, ends_at, occupied_until, seats FROM booking"
                + " WHERE space_id = ANY(?1) AND status IN ('PENDING', 'CONFIRMED')"
                + " AND occupied_until > ?2 AND starts_at < ?3", spaceIds, from, to)) {
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
