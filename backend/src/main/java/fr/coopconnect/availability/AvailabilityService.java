package fr.coopconnect.availability;

import fr.coopconnect.booking.BusyTimes;
import fr.coopconnect.hours.OpeningCalendar;
import fr.coopconnect.space.Equipment;
import fr.coopconnect.space.Space;
import fr.coopconnect.space.SpaceCalendar;
import fr.coopconnect.space.SpaceRows;
import fr.coopconnect.space.SpaceService;
import fr.coopconnect.timeline.SeatUse;
import fr.coopconnect.timeline.Slot;
import fr.coopconnect.timeline.SlotFinder;
import fr.coopconnect.timeline.TimeRange;
import fr.coopconnect.timeline.TimeRanges;
import fr.coopconnect.venue.Venue;
import fr.coopconnect.venue.VenueService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Free slots across every venue: candidate spaces are filtered in SQL, their opening, blocks and
 * bookings loaded with one query each, and the free time computed by the pure timeline package.
 */
@ApplicationScoped
public class AvailabilityService {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SpaceCalendar spaceCalendar;

    @Inject
    BusyTimes busyTimes;

    @Inject
    SpaceRows spaceRows;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\?(\\d+)");

    /** A space with its free slots, before it becomes a DTO: only the requested page is turned into DTOs. */
    private record Found(Space space, Venue venue, List<Slot> slots, Double distanceKm) {
        Instant earliest() {
            return slots.isEmpty() ? Instant.MAX : slots.get(0).range().start();
        }
    }

    public AvailabilityDto.Page search(AvailabilityQuery query, int page, int size) {
        List<Found> results = resultsFor(query, false);
        List<AvailabilityDto.Result> onPage = results.stream().skip((long) page * size).limit(size)
                .map(f -> toResult(f.space(), f.venue(), f.slots(), f.distanceKm())).toList();
        return new AvailabilityDto.Page(onPage, page, size, results.size());
    }

    /** One space's free slots, even when there are none (an inactive space has none). */
    public AvailabilityDto.Result forSpace(AvailabilityQuery query, Space space, Venue venue) {
        List<Found> results = resultsFor(query, true);
        return results.isEmpty() ? toResult(query, space, venue, List.of())
                : toResult(results.get(0).space(), results.get(0).venue(), results.get(0).slots(), results.get(0).distanceKm());
    }

    private List<Found> resultsFor(AvailabilityQuery query, boolean keepEmpty) {
        // Round trip 1: the candidate spaces with their venues.
        List<Space> spaces = new ArrayList<>();
        Map<UUID, Venue> venues = new HashMap<>();
        for (SpaceRows.Row row : candidates(query)) {
            Space space = row.space();
            Venue venue = row.venue();
            if (query.near() == null || distance(query, venue) <= query.radiusKm()) {
                spaces.add(space);
                venues.putIfAbsent(venue.id, venue);
            }
        }
        if (spaces.isEmpty()) {
            return List.of();
        }
        // Round trip 2: their venues' closures, their blocks and their live bookings.
        List<UUID> ids = spaces.stream().map(s -> s.id).toList();
        LocalDate[] closureDates = OpeningCalendar.closureDates(query.from(), query.to());
        BusyTimes.Snapshot busy = busyTimes.snapshot(ids, venues.keySet(), closureDates[0], closureDates[1], query.from(),
                query.from().minus(Duration.ofDays(1)), query.to());
        Map<UUID, TimeRanges> open = spaceCalendar.openRanges(spaces, venues, busy.closures(), query.from(), query.to());
        Map<UUID, List<TimeRange>> blocks = busy.blocks();
        Map<UUID, List<BusyTimes.Occupation>> occupations = busy.occupations();
        Instant now = clock.instant();

        List<Found> results = new ArrayList<>();
        for (Space space : spaces) {
            Venue venue = venues.get(space.venueId);
            List<Slot> slots = freeSlots(space, VenueService.zoneOf(venue), query, now, open.get(space.id),
                    blocks.getOrDefault(space.id, List.of()), occupations.getOrDefault(space.id, List.of()));
            if (!slots.isEmpty() || keepEmpty) {
                results.add(new Found(space, venue, slots, distanceKm(query, venue)));
            }
        }
        results.sort(order(query));
        return results;
    }

    private static List<Slot> freeSlots(Space space, ZoneId zone, AvailabilityQuery query, Instant now, TimeRanges open,
                                        List<TimeRange> blocks, List<BusyTimes.Occupation> occupations) {
        Duration minDuration = Duration.ofMinutes(space.minMinutes);
        if (query.minDuration() != null) {
            if (query.minDuration().toMinutes() > space.maxMinutes) {
                return List.of();
            }
            minDuration = query.minDuration().compareTo(minDuration) > 0 ? query.minDuration() : minDuration;
        }
        Instant earliest = max(query.from(), now.plus(Duration.ofMinutes(space.minNoticeMinutes)));
        Instant latest = min(query.to(), now.plus(Duration.ofDays(space.maxAdvanceDays)));
        if (!earliest.isBefore(latest)) {
            return List.of();
        }
        TimeRanges bookable = open.intersect(TimeRanges.of(new TimeRange(earliest, latest))).minus(TimeRanges.of(blocks));
        if (space.isShared()) {
            List<SeatUse> uses = occupations.stream().map(BusyTimes.Occupation::seatUse).toList();
            return SlotFinder.shared(bookable, space.capacity, uses, query.seats(), minDuration, space.slotMinutes, zone);
        }
        // A new booking keeps its own buffer after it too, so it must end a buffer before the next one starts.
        Duration buffer = Duration.ofMinutes(space.bufferMinutes);
        TimeRanges taken = TimeRanges.of(occupations.stream()
                .map(o -> new TimeRange(o.range().start().minus(buffer), o.occupiedUntil())).toList());
        return SlotFinder.exclusive(bookable.minus(taken), minDuration, space.slotMinutes, zone);
    }

    /** Spaces with their venues, read-only: the search never changes them. */
    private List<SpaceRows.Row> candidates(AvailabilityQuery query) {
        StringBuilder sql = new StringBuilder("SELECT " + SpaceRows.COLUMNS
                + " FROM space s JOIN " + SpaceRows.venues("") + " ON v.id = s.venue_id WHERE s.active");
        List<Object> params = new ArrayList<>();
        if (query.spaceId() != null) {
            params.add(query.spaceId());
            sql.append(" AND s.id = ?").append(params.size());
        } else {
            params.add(query.seats());
            sql.append(" AND s.capacity >= ?").append(params.size());
        }
        if (!query.equipment().isEmpty()) {
            params.add(query.equipment().stream().map(Equipment::name).sorted().toArray(String[]::new));
            sql.append(" AND s.equipment @> CAST(?").append(params.size()).append(" AS text[])");
        }
        if (query.spaceKind() != null) {
            params.add(query.spaceKind().name());
            sql.append(" AND s.kind = ?").append(params.size());
        }
        if (query.venueKind() != null) {
            params.add(query.venueKind().name());
            sql.append(" AND v.kind = ?").append(params.size());
        }
        if (query.commune() != null && !query.commune().isBlank()) {
            params.add(query.commune().trim());
            sql.append(" AND lower(v.commune) = lower(?").append(params.size()).append(")");
        }
        if (query.minDownMbps() != null) {
            params.add(query.minDownMbps());
            sql.append(" AND v.down_mbps >= ?").append(params.size());
        }
        if (query.maxHourlyRate() != null) {
            params.add(query.maxHourlyRate());
            sql.append(" AND coalesce(s.hourly_rate, 0) <= ?").append(params.size());
        }
        if (query.near() != null) {
            double dLat = query.near().latitudeDelta(query.radiusKm());
            double dLon = query.near().longitudeDelta(query.radiusKm());
            params.addAll(List.of(query.near().latitude() - dLat, query.near().latitude() + dLat,
                    query.near().longitude() - dLon, query.near().longitude() + dLon));
            int n = params.size();
            String box = "latitude BETWEEN ?" + (n - 3) + " AND ?" + (n - 2) + " AND longitude BETWEEN ?" + (n - 1) + " AND ?" + n;
            sql.append(" AND v.").append(box.replace(" AND longitude", " AND v.longitude"));
            // Spatial prefilter first: the venues in the box, then each one's spaces by space_venue_idx, rather
            // than a scan of every space hashed against the box (OFFSET 0 keeps the planner from flattening it).
            String join = " FROM space s JOIN " + SpaceRows.venues("") + " ON v.id = s.venue_id";
            int from = sql.indexOf(join);
            sql.replace(from, from + join.length(),
                    " FROM " + SpaceRows.venues(" WHERE " + box + " OFFSET 0")
                            + " CROSS JOIN LATERAL (SELECT * FROM space WHERE venue_id = v.id OFFSET 0) s");
        }
        // JDBC placeholders are positional: bind ?N in the order the text uses them.
        List<Object> bound = new ArrayList<>();
        Matcher placeholder = PLACEHOLDER.matcher(sql);
        while (placeholder.find()) {
            bound.add(params.get(Integer.parseInt(placeholder.group(1)) - 1));
        }
        String jdbcSql = placeholder.replaceAll("?");
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(jdbcSql)) {
                for (int i = 0; i < bound.size(); i++) {
                    Object value = bound.get(i);
                    if (value instanceof String[] array) {
                        ps.setArray(i + 1, connection.createArrayOf("text", array));
                    } else {
                        ps.setObject(i + 1, value);
                    }
                }
                List<SpaceRows.Row> rows = new ArrayList<>();
                Map<UUID, Venue> venues = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        SpaceRows.Row row = spaceRows.read(rs, venues);
                        venues.putIfAbsent(row.venue().id, row.venue());
                        rows.add(row);
                    }
                }
                return rows;
            }
        });
    }

    private static AvailabilityDto.Result toResult(AvailabilityQuery query, Space space, Venue venue, List<Slot> slots) {
        return toResult(space, venue, slots, distanceKm(query, venue));
    }

    private static Double distanceKm(AvailabilityQuery query, Venue venue) {
        return query.near() == null ? null : Math.round(distance(query, venue) * 100) / 100.0;
    }

    private static AvailabilityDto.Result toResult(Space space, Venue venue, List<Slot> slots, Double distanceKm) {
        ZoneId zone = VenueService.zoneOf(venue);
        return new AvailabilityDto.Result(
                new AvailabilityDto.VenueSummary(venue.id, venue.name, venue.kind, venue.commune, venue.latitude,
                        venue.longitude, zone.getId(), distanceKm),
                new AvailabilityDto.SpaceSummary(space.id, space.name, space.kind, space.capacity, space.bookingMode,
                        Arrays.stream(space.equipment).map(Equipment::valueOf).toList(), space.hourlyRate),
                slots.stream().map(slot -> new AvailabilityDto.Slot(slot.range().start().atZone(zone).toOffsetDateTime(),
                        slot.range().end().atZone(zone).toOffsetDateTime(), slot.freeSeats())).toList());
    }

    /** With `near`: closest first, then earliest slot; otherwise earliest slot first. Ties by names, then id. */
    private static Comparator<Found> order(AvailabilityQuery query) {
        Comparator<Found> earliest = Comparator.comparing(Found::earliest);
        Comparator<Found> byNames = Comparator.comparing((Found f) -> f.venue().name)
                .thenComparing(f -> f.space().name).thenComparing(f -> f.space().id);
        Comparator<Found> order = query.near() == null ? earliest
                : Comparator.comparing(Found::distanceKm).thenComparing(earliest);
        return order.thenComparing(byNames);
    }

    private static double distance(AvailabilityQuery query, Venue venue) {
        return query.near().distanceKm(venue.latitude, venue.longitude);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
