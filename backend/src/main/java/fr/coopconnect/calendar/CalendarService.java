package fr.coopconnect.calendar;

import fr.coopconnect.booking.Booking;
import fr.coopconnect.booking.BookingStatus;
import fr.coopconnect.booking.BusyTimes;
import fr.coopconnect.booking.Occupation;
import fr.coopconnect.common.Messages;
import fr.coopconnect.community.EventFeeds;
import fr.coopconnect.common.ProblemException;
import fr.coopconnect.space.Space;
import fr.coopconnect.space.SpaceService;
import fr.coopconnect.timeline.SeatLevel;
import fr.coopconnect.timeline.SeatTimeline;
import fr.coopconnect.timeline.TimeRange;
import fr.coopconnect.timeline.TimeRanges;
import fr.coopconnect.venue.Venue;
import fr.coopconnect.venue.VenueService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The calendars the API publishes: a member's private booking feed and a space's public busy times. */
@ApplicationScoped
public class CalendarService {

    /** Live bookings this far back stay in the feed. */
    static final Duration FEED_PAST = Duration.ofDays(90);
    /** Bookings cancelled or rejected this recently stay in the feed as CANCELLED, so subscribed apps remove them. */
    static final Duration FEED_CANCELLED = Duration.ofDays(30);
    static final Duration BUSY_DEFAULT = Duration.ofDays(60);
    static final Duration BUSY_MAX = Duration.ofDays(366);

    @Inject
    Clock clock;

    @Inject
    CalendarTokens tokens;

    @Inject
    SpaceService spaces;

    @Inject
    VenueService venues;

    @Inject
    BusyTimes busyTimes;

    @Inject
    EventFeeds eventFeeds;

    /** The feed of the token's member; an unknown or revoked token is a 404. */
    public String feed(String token, Locale locale) {
        UUID memberId = tokens.memberOf(token).orElseThrow(() -> ProblemException.notFound("entity.calendar"));
        Instant now = clock.instant();
        List<Booking> bookings = Booking.list("memberId = ?1 and ((status in ?2 and end > ?3) or (status in ?4 and updatedAt > ?5))",
                Sort.by("start").and("id"), memberId, BookingStatus.LIVE, now.minus(FEED_PAST),
                List.of(BookingStatus.CANCELLED, BookingStatus.REJECTED, BookingStatus.NO_SHOW), now.minus(FEED_CANCELLED));
        Map<UUID, Space> spaceById = bookings.isEmpty() ? Map.of()
                : byId(Space.list("id in ?1", ids(bookings, b -> b.spaceId)), s -> s.id);
        Map<UUID, Venue> venueById = bookings.isEmpty() ? Map.of()
                : byId(Venue.list("id in ?1", ids(bookings, b -> b.venueId)), v -> v.id);
        List<IcsWriter.Event> events = new ArrayList<>();
        for (Booking booking : bookings) {
            Space space = spaceById.get(booking.spaceId);
            Venue venue = venueById.get(booking.venueId);
            ZoneId zone = VenueService.zoneOf(venue);
            String summary = space.name + " – " + venue.name;
            events.add(new IcsWriter.Event(booking.id + "@coopconnect", booking.start.atZone(zone), booking.end.atZone(zone),
                    booking.status == BookingStatus.NO_SHOW ? Messages.text(locale, "calendar.no-show", summary) : summary,
                    location(venue), statusOf(booking.status), booking.updatedAt, booking.status.isLive() ? 0 : 1));
        }
        eventFeeds.ofMember(memberId, now).forEach(entry -> events.add(toIcs(entry, locale)));
        return IcsWriter.events(Messages.text(locale, "calendar.bookings"), events);
    }

    /** Upcoming community events for everyone, and those cancelled in the last 30 days as CANCELLED. */
    public String publicEvents(Locale locale) {
        List<IcsWriter.Event> events = eventFeeds.upcoming(clock.instant()).stream().map(entry -> toIcs(entry, locale)).toList();
        return IcsWriter.events(Messages.text(locale, "calendar.events"), events);
    }

    private static IcsWriter.Event toIcs(EventFeeds.Entry entry, Locale locale) {
        ZoneId zone = VenueService.zoneOf(entry.venue());
        IcsWriter.Status status = switch (entry.state()) {
            case CONFIRMED -> IcsWriter.Status.CONFIRMED;
            case WAITLISTED -> IcsWriter.Status.TENTATIVE;
            case CANCELLED -> IcsWriter.Status.CANCELLED;
        };
        String summary = entry.title() + " – " + entry.venue().name;
        return new IcsWriter.Event("event-" + entry.eventId() + "@coopconnect", entry.start().atZone(zone),
                entry.end().atZone(zone), entry.state() == EventFeeds.State.WAITLISTED
                ? Messages.text(locale, "calendar.waitlisted", summary) : summary,
                location(entry.venue()), status, entry.lastModified(), entry.state() == EventFeeds.State.CANCELLED ? 1 : 0);
    }

    /**
     * When a space cannot take a booking, without who or why: live bookings of an EXCLUSIVE space,
     * the full periods of a SHARED one, and the venue's blocks.
     */
    public String busy(UUID spaceId, String fromParam, String toParam, Locale locale) {
        Space space = spaces.require(spaceId);
        ZoneId zone = VenueService.zoneOf(venues.require(space.venueId));
        Instant from = fromParam == null || fromParam.isBlank() ? clock.instant() : instant(fromParam, "from", zone, false);
        Instant to = toParam == null || toParam.isBlank() ? from.plus(BUSY_DEFAULT) : instant(toParam, "to", zone, true);
        if (!from.isBefore(to)) {
            throw ProblemException.badRequest("to", "field.end-before-start");
        }
        if (Duration.between(from, to).compareTo(BUSY_MAX) > 0) {
            throw ProblemException.badRequest("to", "field.too-long", BUSY_MAX.toDays());
        }
        TimeRange window = new TimeRange(from, to);
        // Closures are not busy time in this feed (the venue is closed, not the space taken): none are read.
        BusyTimes.Snapshot snapshot = busyTimes.snapshot(Set.of(spaceId), Set.of(), null, null, from, from, to);
        List<TimeRange> busy = new ArrayList<>(snapshot.blocks().getOrDefault(spaceId, List.of()));
        List<Occupation> taken = snapshot.occupations().getOrDefault(spaceId, List.of());
        if (space.isShared()) {
            SeatTimeline.freeSeats(window, space.capacity, taken.stream().map(Occupation::seatUse).toList()).stream()
                    .filter(level -> level.freeSeats() <= 0).map(SeatLevel::range).forEach(busy::add);
        } else {
            taken.forEach(occupation -> busy.add(occupation.range()));
        }
        TimeRanges clipped = TimeRanges.of(busy).intersect(TimeRanges.of(window));
        return IcsWriter.freeBusy(Messages.text(locale, "calendar.busy", space.name), "busy-" + spaceId + "@coopconnect",
                from, to, clipped.ranges());
    }

    /** An instant with offset, or a date in the venue's zone: its start, or for an end the start of the next day. */
    private static Instant instant(String value, String field, ZoneId zone, boolean endOfDay) {
        String text = value.trim();
        try {
            if (text.length() == 10) {
                LocalDate date = LocalDate.parse(text);
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException malformed) {
            throw ProblemException.badRequest(field, "field.instant", value);
        }
    }

    private static IcsWriter.Status statusOf(BookingStatus status) {
        return switch (status) {
            case CONFIRMED -> IcsWriter.Status.CONFIRMED;
            case PENDING -> IcsWriter.Status.TENTATIVE;
            case CANCELLED, REJECTED, NO_SHOW -> IcsWriter.Status.CANCELLED;
        };
    }

    private static String location(Venue venue) {
        String town = Stream.of(venue.postalCode, venue.commune).filter(p -> p != null && !p.isBlank())
                .collect(Collectors.joining(" "));
        return Stream.of(venue.address, town).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(", "));
    }

    private static List<UUID> ids(List<Booking> bookings, Function<Booking, UUID> id) {
        return bookings.stream().map(id).distinct().toList();
    }

    private static <T> Map<UUID, T> byId(List<T> entities, Function<T, UUID> id) {
        return entities.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
