package fr.coopconnect.space;

import fr.coopconnect.hours.Closure;
import fr.coopconnect.hours.OpeningCalendar;
import fr.coopconnect.timeline.TimeRange;
import fr.coopconnect.timeline.TimeRanges;
import fr.coopconnect.timeline.WeeklySchedule;
import fr.coopconnect.venue.Venue;
import fr.coopconnect.venue.VenueService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** When a space can be used: its venue's opening (closures and holidays included), narrowed by its own hours. */
@ApplicationScoped
public class SpaceCalendar {

    @Inject
    OpeningCalendar openingCalendar;

    /** For many spaces at once: one closures query for all their venues. */
    public Map<UUID, TimeRanges> openRanges(Collection<Space> spaces, Map<UUID, Venue> venues, Instant from, Instant to) {
        return narrow(spaces, venues, openingCalendar.openRanges(venues.values(), from, to), from, to);
    }

    /** The same with the venues' closures already loaded (see {@link OpeningCalendar#closureDates}). */
    public Map<UUID, TimeRanges> openRanges(Collection<Space> spaces, Map<UUID, Venue> venues,
                                            Map<UUID, List<Closure>> closures, Instant from, Instant to) {
        return narrow(spaces, venues, openingCalendar.openRanges(venues.values(), closures, from, to), from, to);
    }

    private static Map<UUID, TimeRanges> narrow(Collection<Space> spaces, Map<UUID, Venue> venues,
                                                Map<UUID, TimeRanges> venueOpen, Instant from, Instant to) {
        Map<UUID, TimeRanges> result = new HashMap<>(2 * spaces.size());
        for (Space space : spaces) {
            TimeRanges open = venueOpen.getOrDefault(space.venueId, TimeRanges.empty());
            if (space.ownSchedule != null && !open.isEmpty()) {
                open = open.intersect(ownHours(space, VenueService.zoneOf(venues.get(space.venueId)), from, to));
            }
            result.put(space.id, open);
        }
        return result;
    }

    private static TimeRanges ownHours(Space space, ZoneId zone, Instant from, Instant to) {
        TimeRanges expanded = WeeklySchedule.of(space.ownSchedule)
                .expand(from.atZone(zone).toLocalDate(), to.atZone(zone).toLocalDate(), zone, day -> false);
        return expanded.intersect(TimeRanges.of(new TimeRange(from, to)));
    }
}
