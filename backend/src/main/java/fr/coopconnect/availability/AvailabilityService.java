package fr.coopconnect.availability;

import fr.coopconnect.booking.BusyTimes;
import fr.coopconnect.booking.Occupation;
import fr.coopconnect.booking.UpcomingBookingsCopy;
import fr.coopconnect.space.Equipment;
import fr.coopconnect.space.Space;
import fr.coopconnect.space.SpaceCalendar;
import fr.coopconnect.space.SpaceCatalogue;
import fr.coopconnect.space.SpaceRows;
import fr.coopconnect.timeline.SeatUse;
import fr.coopconnect.timeline.Slot;
import fr.coopconnect.timeline.SlotFinder;
import fr.coopconnect.timeline.TimeRange;
import fr.coopconnect.timeline.TimeRanges;
import fr.coopconnect.venue.Venue;
import fr.coopconnect.venue.VenueService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Free slots across every venue: candidate spaces are filtered in memory ({@link SpaceCatalogue}, which also holds
 * their blocks and their venues' closures), their live bookings taken from this replica's copy of the coming weeks
 * ({@link UpcomingBookingsCopy}) or loaded with one query, and the free time computed by the pure timeline package.
 */
@ApplicationScoped
public class AvailabilityService {

    @Inject
    Clock clock;

    @Inject
    SpaceCalendar spaceCalendar;

    @Inject
    BusyTimes busyTimes;

    @Inject
    SpaceCatalogue spaceCatalogue;

    @Inject
    UpcomingBookingsCopy upcomingBookings;

    /**
     * A space with its free slots, before it becomes a DTO: only the requested page is turned into DTOs. The sort
     * keys are fields, read hundreds of times per search.
     */
    private record Found(Space space, Venue venue, List<Slot> slots, Double distanceKm, Instant earliest) {
        Found(Space space, Venue venue, List<Slot> slots, Double distanceKm) {
            this(space, venue, slots, distanceKm, slots.isEmpty() ? Instant.MAX : slots.get(0).range().start());
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
        SpaceCatalogue.Snapshot catalogue = spaceCatalogue.current();
        Candidates candidates = candidates(catalogue, query);
        BusyTimes.Snapshot busy = busyTimes(candidates, query);
        if (busy.catalogueVersion() != catalogue.version()) {
            // A space or venue changed since this replica read its copy: read it again, and the busy times with it.
            catalogue = spaceCatalogue.atLeast(busy.catalogueVersion());
            candidates = candidates(catalogue, query);
            busy = busyTimes(candidates, query);
        }
        if (candidates.spaces().isEmpty()) {
            return List.of();
        }
        Map<UUID, TimeRanges> open = spaceCalendar.openRanges(candidates.spaces(), candidates.venues(), catalogue.closures(),
                query.from(), query.to());
        Map<UUID, List<Occupation>> occupations = busy.occupations();
        Instant now = clock.instant();

        List<Found> results = new ArrayList<>();
        for (Space space : candidates.spaces()) {
            Venue venue = candidates.venues().get(space.venueId);
            List<Slot> slots = freeSlots(space, VenueService.zoneOf(venue), query, now, open.get(space.id),
                    catalogue.blocks(space.id), occupations.getOrDefault(space.id, List.of()));
            if (!slots.isEmpty() || keepEmpty) {
                results.add(new Found(space, venue, slots, candidates.distanceKm(venue)));
            }
        }
        results.sort(order(query));
        return results;
    }

    /**
     * The spaces a query may return, with their venues and, with {@code near}, each venue's distance: computed once
     * per venue, as the radius check needs it (the haversine's arc sine is no intrinsic: it was 6 % of a search's CPU
     * when each space's distance was computed again for its result).
     */
    private record Candidates(List<Space> spaces, Map<UUID, Venue> venues, Map<UUID, Double> distancesKm) {

        /** The venue's distance as shown and sorted on; null without {@code near}. */
        Double distanceKm(Venue venue) {
            return shown(distancesKm.get(venue.id));
        }
    }

    /** The catalogue's active spaces matching the query, near ones found by their venue's latitude first. */
    private static Candidates candidates(SpaceCatalogue.Snapshot catalogue, AvailabilityQuery query) {
        List<SpaceRows.Row> pool;
        double lonMin = -Double.MAX_VALUE;
        double lonMax = Double.MAX_VALUE;
        if (query.spaceId() != null) {
            pool = catalogue.space(query.spaceId()).map(List::of).orElse(List.of());
        } else if (query.near() != null) {
            double dLat = query.near().latitudeDelta(query.radiusKm());
            pool = catalogue.latitudeBetween(query.near().latitude() - dLat, query.near().latitude() + dLat);
            // The latitude band crosses the whole network: the longitude box spares most rows the distance formula.
            double dLon = query.near().longitudeDelta(query.radiusKm());
            lonMin = query.near().longitude() - dLon;
            lonMax = query.near().longitude() + dLon;
        } else {
            pool = catalogue.all();
        }
        String commune = query.commune() == null || query.commune().isBlank() ? null : query.commune().trim().toLowerCase(Locale.ROOT);
        List<Space> spaces = new ArrayList<>();
        Map<UUID, Venue> venues = new HashMap<>();
        Map<UUID, Double> distancesKm = new HashMap<>();
        for (SpaceRows.Row row : pool) {
            Venue venue = row.venue();
            if (venue.longitude >= lonMin && venue.longitude <= lonMax && matches(query, commune, row.space(), venue)
                    && (query.near() == null || distancesKm.computeIfAbsent(venue.id,
                            id -> query.near().distanceKm(venue.latitude, venue.longitude)) <= query.radiusKm())) {
                spaces.add(row.space());
                venues.putIfAbsent(venue.id, venue);
            }
        }
        return new Candidates(spaces, venues, distancesKm);
    }

    private static boolean matches(AvailabilityQuery query, String commune, Space space, Venue venue) {
        return (query.spaceId() != null || space.capacity >= query.seats())
                && query.equipment().stream().allMatch(needed -> Arrays.asList(space.equipment).contains(needed.name()))
                && (query.spaceKind() == null || space.kind == query.spaceKind())
                && (query.venueKind() == null || venue.kind == query.venueKind())
                && (commune == null || venue.commune != null && venue.commune.toLowerCase(Locale.ROOT).equals(commune))
                && (query.minDownMbps() == null || venue.downMbps != null && venue.downMbps >= query.minDownMbps())
                && (query.maxHourlyRate() == null
                    || (space.hourlyRate == null ? BigDecimal.ZERO : space.hourlyRate).compareTo(query.maxHourlyRate()) <= 0);
    }

    /**
     * The one round trip: the candidates' live bookings and the catalogue version (blocks and closures are in the
     * catalogue) — from this replica's copy of the coming weeks, after reading what changed, or from the bookings.
     */
    private BusyTimes.Snapshot busyTimes(Candidates candidates, AvailabilityQuery query) {
        List<UUID> ids = candidates.spaces().stream().map(s -> s.id).toList();
        Instant occupiedFrom = query.from().minus(Duration.ofDays(1));
        return upcomingBookings.bookings(ids, occupiedFrom, query.to())
                .orElseGet(() -> busyTimes.bookings(ids, occupiedFrom, query.to()));
    }

    private static List<Slot> freeSlots(Space space, ZoneId zone, AvailabilityQuery query, Instant now, TimeRanges open,
                                        List<TimeRange> blocks, List<Occupation> occupations) {
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
        // Loops rather than streams: this runs for every candidate space of every search.
        if (space.isShared()) {
            List<SeatUse> uses = new ArrayList<>(occupations.size());
            for (Occupation occupation : occupations) {
                uses.add(occupation.seatUse());
            }
            return SlotFinder.shared(bookable, space.capacity, uses, query.seats(), minDuration, space.slotMinutes, zone);
        }
        // A new booking keeps its own buffer after it too, so it must end a buffer before the next one starts.
        Duration buffer = Duration.ofMinutes(space.bufferMinutes);
        List<TimeRange> taken = new ArrayList<>(occupations.size());
        for (Occupation occupation : occupations) {
            taken.add(new TimeRange(occupation.range().start().minus(buffer), occupation.occupiedUntil()));
        }
        return SlotFinder.exclusive(bookable.minus(TimeRanges.of(taken)), minDuration, space.slotMinutes, zone);
    }

    private static AvailabilityDto.Result toResult(AvailabilityQuery query, Space space, Venue venue, List<Slot> slots) {
        return toResult(space, venue, slots, distanceKm(query, venue));
    }

    private static Double distanceKm(AvailabilityQuery query, Venue venue) {
        return query.near() == null ? null : shown(query.near().distanceKm(venue.latitude, venue.longitude));
    }

    /** A distance rounded to 10 m. */
    private static Double shown(Double km) {
        return km == null ? null : Math.round(km * 100) / 100.0;
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
        boolean byDistance = query.near() != null;
        return (a, b) -> {
            int order = byDistance ? Double.compare(a.distanceKm(), b.distanceKm()) : 0;
            if (order == 0) {
                order = a.earliest().compareTo(b.earliest());
            }
            if (order == 0) {
                order = a.venue().name.compareTo(b.venue().name);
            }
            if (order == 0) {
                order = a.space().name.compareTo(b.space().name);
            }
            return order != 0 ? order : a.space().id.compareTo(b.space().id);
        };
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
