package fr.coopconnect.community;

import fr.coopconnect.booking.Booking;
import fr.coopconnect.booking.BookingService;
import fr.coopconnect.common.Page;
import fr.coopconnect.common.ProblemException;
import fr.coopconnect.member.CurrentMember;
import fr.coopconnect.member.Member;
import fr.coopconnect.member.MemberEvents;
import fr.coopconnect.space.Space;
import fr.coopconnect.space.SpaceService;
import fr.coopconnect.timeline.TimeRange;
import fr.coopconnect.venue.Venue;
import fr.coopconnect.venue.VenueAccess;
import fr.coopconnect.venue.VenueService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Community events: each books its space through the booking rules, and hands out its seats in the order
 * members arrive. Every change of an event's seats happens under the event's row lock (SELECT ... FOR UPDATE),
 * so concurrent registrations never exceed its capacity, whatever the number of replicas.
 */
@ApplicationScoped
public class EventService {

    /** A seat or a waiting place: what a member still holds, unlike WITHDRAWN. */
    private static final List<RegistrationStatus> HOLDING_A_PLACE = List.of(RegistrationStatus.REGISTERED,
            RegistrationStatus.WAITLISTED);

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    CurrentMember current;

    @Inject
    VenueAccess access;

    @Inject
    VenueService venues;

    @Inject
    SpaceService spaces;

    @Inject
    BookingService bookings;

    public record Filter(Instant from, Instant to, UUID venueId, String commune) {
    }

    public Page<EventDto> list(Filter filter, int page, int size) {
        if (filter.to() != null && !filter.from().isBefore(filter.to())) {
            throw ProblemException.badRequest("to", "field.end-before-start");
        }
        StringBuilder where = new StringBuilder("end > :from");
        Map<String, Object> params = new HashMap<>(Map.of("from", filter.from()));
        if (filter.to() != null) {
            where.append(" and start < :to");
            params.put("to", filter.to());
        }
        if (filter.venueId() != null) {
            where.append(" and venueId = :venue");
            params.put("venue", filter.venueId());
        }
        if (filter.commune() != null && !filter.commune().isBlank()) {
            where.append(" and venueId in (select v.id from Venue v where lower(v.commune) = :commune)");
            params.put("commune", filter.commune().trim().toLowerCase(Locale.ROOT));
        }
        var query = CommunityEvent.<CommunityEvent>find(where.toString(), Sort.by("start").and("id"), params);
        return new Page<>(toDtos(query.page(page, size).list()), page, size, query.count());
    }

    public EventDto get(UUID eventId) {
        return toDtos(List.of(require(eventId))).get(0);
    }

    @Transactional
    public EventDto create(EventRequest request) {
        access.requireManager(request.venueId());
        Venue venue = venues.require(request.venueId());
        Space space = spaceOf(request, venue);
        TimeRange range = rangeOf(request);
        Instant now = clock.instant();
        CommunityEvent event = new CommunityEvent();
        event.id = UUID.randomUUID();
        event.venueId = venue.id;
        event.status = EventStatus.SCHEDULED;
        event.nextPosition = 1;
        event.createdBy = current.id();
        event.createdAt = now;
        event.bookingId = book(space, venue, range, request.title()).id;
        apply(event, request, space, range, now);
        event.persist();
        return get(event.id);
    }

    /**
     * Edits an event. A new time or space is booked again through the booking rules, and the old booking freed
     * only if the new one succeeds (one transaction). Capacity may grow (waiting members are promoted in order)
     * or shrink down to the number already registered, never below: nobody loses a seat already given.
     */
    @Transactional
    public EventDto update(UUID eventId, EventRequest request) {
        CommunityEvent event = lock(eventId);
        access.requireManager(event.venueId);
        if (event.status == EventStatus.CANCELLED) {
            throw new ProblemException(409, "event-cancelled");
        }
        if (!event.venueId.equals(request.venueId())) {
            throw ProblemException.badRequest("venueId", "field.event-venue-fixed");
        }
        Venue venue = venues.require(event.venueId);
        Space space = spaceOf(request, venue);
        TimeRange range = rangeOf(request);
        long registered = count(event.id, RegistrationStatus.REGISTERED);
        if (!EventSeats.keepsRegistered(request.capacity(), registered)) {
            throw new ProblemException(422, "capacity-below-registered", registered);
        }
        Instant now = clock.instant();
        if (!space.id.equals(event.spaceId) || !range.start().equals(event.start) || !range.end().equals(event.end)) {
            bookings.releaseForVenue(event.bookingId, null);
            event.bookingId = book(space, venue, range, request.title()).id;
        }
        apply(event, request, space, range, now);
        fillSeats(event, now);
        return get(event.id);
    }

    /** Cancels the event and frees its space; registrations stay, so each registrant's feed shows it cancelled. */
    @Transactional
    public EventDto cancel(UUID eventId, String reason) {
        CommunityEvent event = lock(eventId);
        access.requireManager(event.venueId);
        if (event.status == EventStatus.CANCELLED) {
            throw new ProblemException(409, "event-cancelled");
        }
        event.status = EventStatus.CANCELLED;
        event.updatedAt = clock.instant();
        bookings.releaseForVenue(event.bookingId, reason);
        return get(event.id);
    }

    /** A seat while one is free, else the end of the waiting list; 409 when already there. */
    @Transactional
    public RegistrationDto register(UUID eventId) {
        UUID memberId = current.id();
        CommunityEvent event = lock(eventId);
        Instant now = clock.instant();
        requireOpen(event, now);
        EventRegistration registration = registrationOf(event.id, memberId);
        if (registration != null && registration.status != RegistrationStatus.WITHDRAWN) {
            throw new ProblemException(409, "already-registered");
        }
        if (registration == null) {
            registration = new EventRegistration();
            registration.id = UUID.randomUUID();
            registration.eventId = event.id;
            registration.memberId = memberId;
        }
        registration.status = EventSeats.onArrival(event.capacity, count(event.id, RegistrationStatus.REGISTERED));
        registration.position = event.nextPosition++;
        registration.registeredAt = now;
        registration.updatedAt = now;
        registration.persist();
        return toDto(registration, null);
    }

    /** Gives the caller's seat or waiting place back; a freed seat goes to the first waiting member. */
    @Transactional
    public void withdraw(UUID eventId) {
        UUID memberId = current.id();
        CommunityEvent event = lock(eventId);
        Instant now = clock.instant();
        requireOpen(event, now);
        EventRegistration registration = registrationOf(event.id, memberId);
        if (registration == null || registration.status == RegistrationStatus.WITHDRAWN) {
            throw new ProblemException(409, "not-registered");
        }
        withdraw(event, registration, now);
    }

    /** Everyone registered or waiting, in order of arrival, with names: the venue's managers only. */
    public List<RegistrationDto> registrations(UUID eventId) {
        CommunityEvent event = require(eventId);
        access.requireManager(event.venueId);
        List<EventRegistration> list = EventRegistration.list("eventId = ?1 and status in ?2", Sort.by("position"),
                event.id, HOLDING_A_PLACE);
        Map<UUID, String> names = list.isEmpty() ? Map.of() : Member.<Member>list("id in ?1", ids(list, r -> r.memberId))
                .stream().collect(Collectors.toMap(m -> m.id, m -> m.displayName));
        return list.stream().map(r -> toDto(r, names.get(r.memberId))).toList();
    }

    /**
     * The caller's seats and waiting places, with their events: events not yet ended first, soonest first, then past
     * ones, latest first. Cancelled events stay, with status CANCELLED.
     */
    public Page<MyEventDto> mine(int page, int size) {
        UUID memberId = current.id();
        List<EventRegistration> registrations = em.createQuery("select r from EventRegistration r, CommunityEvent e "
                        + "where e.id = r.eventId and r.memberId = :member and r.status in :statuses "
                        + "order by case when e.end > :now then 0 else 1 end, "
                        + "case when e.end > :now then e.start end, e.start desc, e.id", EventRegistration.class)
                .setParameter("member", memberId)
                .setParameter("statuses", HOLDING_A_PLACE)
                .setParameter("now", clock.instant())
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = EventRegistration.count("memberId = ?1 and status in ?2", memberId, HOLDING_A_PLACE);
        return new Page<>(withEvents(registrations), page, size, total);
    }

    /** Every registration of the member, withdrawn ones too, by start of the event: for the personal data export. */
    public List<MyEventDto> allOf(UUID memberId) {
        return withEvents(em.createQuery("select r from EventRegistration r, CommunityEvent e where e.id = r.eventId "
                + "and r.memberId = ?1 order by e.start, e.id", EventRegistration.class).setParameter(1, memberId)
                .getResultList());
    }

    /** The registrations with their events and waiting places, in their order, in one query each. */
    private List<MyEventDto> withEvents(List<EventRegistration> registrations) {
        if (registrations.isEmpty()) {
            return List.of();
        }
        Map<UUID, EventDto> events = byId(toDtos(CommunityEvent.list("id in ?1", ids(registrations, r -> r.eventId))),
                EventDto::id);
        List<UUID> waiting = registrations.stream().filter(r -> r.status == RegistrationStatus.WAITLISTED)
                .map(r -> r.id).toList();
        Map<UUID, Integer> places = new HashMap<>();
        if (!waiting.isEmpty()) {
            em.createQuery("select r.id, count(w) from EventRegistration r, EventRegistration w where r.id in ?1 "
                            + "and w.eventId = r.eventId and w.status = ?2 and w.position <= r.position group by r.id",
                            Object[].class)
                    .setParameter(1, waiting).setParameter(2, RegistrationStatus.WAITLISTED).getResultList()
                    .forEach(row -> places.put((UUID) row[0], ((Long) row[1]).intValue()));
        }
        return registrations.stream().map(r -> new MyEventDto(events.get(r.eventId), r.status, places.get(r.id),
                r.registeredAt)).toList();
    }

    /** A disabled or erased member's upcoming seats go to the waiting list, in order. */
    void onDisabled(@Observes MemberEvents.Disabled disabled) {
        withdrawUpcoming(disabled.memberId(), disabled.at());
    }

    void onErasing(@Observes MemberEvents.Erasing erasing) {
        withdrawUpcoming(erasing.memberId(), erasing.at());
    }

    private void withdrawUpcoming(UUID memberId, Instant now) {
        List<EventRegistration> upcoming = EventRegistration.list("memberId = ?1 and status in ?2 and eventId in "
                        + "(select e.id from CommunityEvent e where e.start > ?3 and e.status = ?4)", memberId,
                HOLDING_A_PLACE, now, EventStatus.SCHEDULED);
        for (EventRegistration registration : upcoming) {
            withdraw(lock(registration.eventId), registration, now);
        }
    }

    private void withdraw(CommunityEvent event, EventRegistration registration, Instant now) {
        RegistrationStatus was = registration.status;
        registration.status = RegistrationStatus.WITHDRAWN;
        registration.updatedAt = now;
        if (was == RegistrationStatus.REGISTERED) {
            fillSeats(event, now);
        }
    }

    /** Promotes waiting members, first come first served, into the seats the capacity leaves free. */
    private void fillSeats(CommunityEvent event, Instant now) {
        long registered = count(event.id, RegistrationStatus.REGISTERED);
        int promotable = EventSeats.promotable(event.capacity, registered, count(event.id, RegistrationStatus.WAITLISTED));
        if (promotable == 0) {
            return;
        }
        EventRegistration.<EventRegistration>find("eventId = ?1 and status = ?2", Sort.by("position"), event.id,
                RegistrationStatus.WAITLISTED).page(0, promotable).list().forEach(next -> {
                    next.status = RegistrationStatus.REGISTERED;
                    next.updatedAt = now;
                });
    }

    private void requireOpen(CommunityEvent event, Instant now) {
        if (event.status == EventStatus.CANCELLED) {
            throw new ProblemException(409, "event-cancelled");
        }
        if (!now.isBefore(event.start)) {
            throw new ProblemException(422, "event-started");
        }
    }

    private Booking book(Space space, Venue venue, TimeRange range, String title) {
        // A SHARED room is taken whole: the event needs the room, not some seats of it.
        Integer seats = space.isShared() ? space.capacity : null;
        return bookings.bookForVenue(space, venue, range, seats, title, current.id());
    }

    private static Space spaceOf(EventRequest request, Venue venue) {
        Space space = Space.findById(request.spaceId());
        if (space == null || !space.venueId.equals(venue.id)) {
            throw ProblemException.badRequest("spaceId", "field.space-not-in-venue");
        }
        if (request.capacity() > space.capacity) {
            throw new ProblemException(422, "event-over-space-capacity", space.capacity);
        }
        return space;
    }

    private static TimeRange rangeOf(EventRequest request) {
        if (!request.start().isBefore(request.end())) {
            throw ProblemException.badRequest("end", "field.end-before-start");
        }
        return new TimeRange(request.start().toInstant(), request.end().toInstant());
    }

    private static void apply(CommunityEvent event, EventRequest request, Space space, TimeRange range, Instant now) {
        event.spaceId = space.id;
        event.title = request.title().trim();
        event.description = request.description();
        event.start = range.start();
        event.end = range.end();
        event.capacity = request.capacity();
        event.updatedAt = now;
    }

    private CommunityEvent lock(UUID eventId) {
        CommunityEvent event = em.find(CommunityEvent.class, eventId, LockModeType.PESSIMISTIC_WRITE);
        if (event == null) {
            throw ProblemException.notFound("entity.event");
        }
        return event;
    }

    private static CommunityEvent require(UUID eventId) {
        CommunityEvent event = CommunityEvent.findById(eventId);
        if (event == null) {
            throw ProblemException.notFound("entity.event");
        }
        return event;
    }

    private static EventRegistration registrationOf(UUID eventId, UUID memberId) {
        return EventRegistration.find("eventId = ?1 and memberId = ?2", eventId, memberId).firstResult();
    }

    private static long count(UUID eventId, RegistrationStatus status) {
        return EventRegistration.count("eventId = ?1 and status = ?2", eventId, status);
    }

    private static RegistrationDto toDto(EventRegistration r, String memberName) {
        Integer position = r.status != RegistrationStatus.WAITLISTED ? null : (int) EventRegistration.count(
                "eventId = ?1 and status = ?2 and position <= ?3", r.eventId, RegistrationStatus.WAITLISTED, r.position);
        return new RegistrationDto(r.eventId, r.memberId, memberName, r.status, position, r.registeredAt);
    }

    /** The events with their venue, space and registration counts, read in one query each. */
    List<EventDto> toDtos(List<CommunityEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        Map<UUID, Venue> venueById = byId(Venue.list("id in ?1", ids(events, e -> e.venueId)), v -> v.id);
        Map<UUID, Space> spaceById = byId(Space.list("id in ?1", ids(events, e -> e.spaceId)), s -> s.id);
        Map<UUID, Map<RegistrationStatus, Long>> counts = new HashMap<>();
        em.createQuery("select r.eventId, r.status, count(r) from EventRegistration r where r.eventId in ?1 "
                        + "group by r.eventId, r.status", Object[].class)
                .setParameter(1, ids(events, e -> e.id)).getResultList()
                .forEach(row -> counts.computeIfAbsent((UUID) row[0], k -> new HashMap<>())
                        .put((RegistrationStatus) row[1], (Long) row[2]));
        return events.stream().map(e -> {
            Venue venue = venueById.get(e.venueId);
            ZoneId zone = VenueService.zoneOf(venue);
            Map<RegistrationStatus, Long> count = counts.getOrDefault(e.id, Map.of());
            return new EventDto(e.id, e.venueId, venue.name, venue.commune, e.spaceId, spaceById.get(e.spaceId).name,
                    e.title, e.description, e.start.atZone(zone).toOffsetDateTime(), e.end.atZone(zone).toOffsetDateTime(),
                    e.capacity, count.getOrDefault(RegistrationStatus.REGISTERED, 0L),
                    count.getOrDefault(RegistrationStatus.WAITLISTED, 0L), e.status, e.bookingId);
        }).toList();
    }

    private static <T> List<UUID> ids(Collection<T> items, Function<T, UUID> id) {
        return items.stream().map(id).filter(Objects::nonNull).distinct().toList();
    }

    private static <T> Map<UUID, T> byId(List<T> entities, Function<T, UUID> id) {
        return entities.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
