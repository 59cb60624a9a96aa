package fr.coopconnect.hours;

import fr.coopconnect.timeline.TimeRange;
import fr.coopconnect.timeline.TimeRanges;
import fr.coopconnect.timeline.WeeklySchedule;
import fr.coopconnect.venue.Venue;
import fr.coopconnect.venue.VenueService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.jpa.HibernateHints;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * When venues are actually open: their weekly hours in their own time zone, minus closure days,
 * minus French public holidays unless the venue opens on them. Every rule that depends on
 * opening hours (availability, bookings) asks this class.
 */
@ApplicationScoped
public class OpeningCalendar {

    @Inject
    PublicHolidays holidays;

    @Inject
    EntityManager em;

    /** The open instants of the venue within [from, to). */
    public TimeRanges openRanges(Venue venue, Instant from, Instant to) {
        return openRanges(List.of(venue), from, to).get(venue.id);
    }

    /** The open instants within [from, to) of each venue, by venue id; the closures of all venues come in one query. */
    public Map<UUID, TimeRanges> openRanges(Collection<Venue> venues, Instant from, Instant to) {
        Map<UUID, TimeRanges> open = new HashMap<>(2 * venues.size());
        if (venues.isEmpty() || !from.isBefore(to)) {
            venues.forEach(venue -> open.put(venue.id, TimeRanges.empty()));
            return open;
        }
        return openRanges(venues, closuresByVenue(venues, from, to), from, to);
    }

    /**
     * The same, with the closures already loaded by the caller: at least all those of the venues that meet the dates
     * of [from, to) widened by a day each side (see {@link #closureDates}); others are ignored.
     */
    public Map<UUID, TimeRanges> openRanges(Collection<Venue> venues, Map<UUID, List<Closure>> closures, Instant from, Instant to) {
        Map<UUID, TimeRanges> open = new HashMap<>(2 * venues.size());
        if (venues.isEmpty() || !from.isBefore(to)) {
            venues.forEach(venue -> open.put(venue.id, TimeRanges.empty()));
            return open;
        }
        // Venues without closures in the window and with the same hours, zone and holiday rule open at the same
        // instants: expand each such pattern once (a search meets hundreds of venues but few patterns).
        LocalDate[] dates = closureDates(from, to);
        Map<List<Object>, TimeRanges> byPattern = new HashMap<>();
        for (Venue venue : venues) {
            List<Closure> own = meeting(closures.getOrDefault(venue.id, List.of()), dates[0], dates[1]);
            if (own.isEmpty()) {
                open.put(venue.id, byPattern.computeIfAbsent(
                        List.of(venue.weeklyHours, VenueService.zoneOf(venue), venue.publicHolidaysOpen),
                        pattern -> openRanges(venue, List.of(), holidays, from, to)));
            } else {
                open.put(venue.id, openRanges(venue, own, holidays, from, to));
            }
        }
        return open;
    }

    /** The pure computation for one venue, given the closures that may touch [from, to). */
    static TimeRanges openRanges(Venue venue, List<Closure> closures, PublicHolidays holidays, Instant from, Instant to) {
        WeeklySchedule weekly = WeeklySchedule.of(venue.weeklyHours);
        if (weekly.isEmpty() || !from.isBefore(to)) {
            return TimeRanges.empty();
        }
        ZoneId zone = VenueService.zoneOf(venue);
        LocalDate first = LocalDate.ofInstant(from, zone);
        LocalDate last = LocalDate.ofInstant(to, zone);
        Set<LocalDate> closed = closedDays(closures, first, last);
        boolean holidaysOpen = venue.publicHolidaysOpen;
        return weekly.expand(first, last, zone, day -> closed.contains(day) || !holidaysOpen && holidays.isHoliday(day))
                .intersect(TimeRanges.of(new TimeRange(from, to)));
    }

    /** The closures meeting the dates first..last; the list itself when all do (the usual case: none). */
    private static List<Closure> meeting(List<Closure> closures, LocalDate first, LocalDate last) {
        if (closures.isEmpty()) {
            return closures;
        }
        List<Closure> meeting = new ArrayList<>(closures.size());
        for (Closure closure : closures) {
            if (!closure.toDate.isBefore(first) && !closure.fromDate.isAfter(last)) {
                meeting.add(closure);
            }
        }
        return meeting.size() == closures.size() ? closures : meeting;
    }

    private static Set<LocalDate> closedDays(List<Closure> closures, LocalDate first, LocalDate last) {
        Set<LocalDate> closed = new HashSet<>();
        for (Closure closure : closures) {
            LocalDate end = closure.toDate.isBefore(last) ? closure.toDate : last;
            for (LocalDate day = closure.fromDate.isAfter(first) ? closure.fromDate : first; !day.isAfter(end); day = day.plusDays(1)) {
                closed.add(day);
            }
        }
        return closed;
    }

    /** The dates whose closures matter for [from, to) in any time zone: its UTC dates widened by a day each side. */
    public static LocalDate[] closureDates(Instant from, Instant to) {
        return new LocalDate[]{LocalDate.ofInstant(from, ZoneOffset.UTC).minusDays(1), LocalDate.ofInstant(to, ZoneOffset.UTC).plusDays(1)};
    }

    /** The closures of these venues that meet [from, to), widened by a day each side, by venue: one query. */
    @SuppressWarnings("unchecked")
    public Map<UUID, List<Closure>> closuresByVenue(Collection<Venue> venues, Instant from, Instant to) {
        UUID[] ids = venues.stream().map(venue -> venue.id).distinct().toArray(UUID[]::new);
        LocalDate[] dates = closureDates(from, to);
        List<Closure> closures = em.createNativeQuery("SELECT * FROM closure WHERE venue_id = ANY(?1) "
                        + "AND to_date >= ?2 AND from_date <= ?3", Closure.class)
                .setParameter(1, ids)
                .setParameter(2, dates[0])
                .setParameter(3, dates[1])
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
        return closures.stream().collect(Collectors.groupingBy(closure -> closure.venueId));
    }
}
