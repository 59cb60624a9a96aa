package fr.coopconnect.booking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.coopconnect.common.ProblemException;
import fr.coopconnect.hours.Closure;
import fr.coopconnect.hours.OpeningCalendar;
import fr.coopconnect.member.CurrentMember;
import fr.coopconnect.member.Member;
import fr.coopconnect.space.Space;
import fr.coopconnect.space.SpaceCalendar;
import fr.coopconnect.space.SpaceService;
import fr.coopconnect.timeline.SeatTimeline;
import fr.coopconnect.timeline.TimeRange;
import fr.coopconnect.timeline.TimeRanges;
import fr.coopconnect.venue.Venue;
import fr.coopconnect.venue.VenueAccess;
import fr.coopconnect.venue.VenueService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Booking, with every rule checked and double booking made impossible by PostgreSQL itself. */
@ApplicationScoped
public class BookingService {

    /** How long a SHARED booking waits for the space's lock before answering 409 busy. */
    private static final String LOCK_TIMEOUT = "3s";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SpaceService spaces;

    @Inject
    VenueService venues;

    @Inject
    SpaceCalendar spaceCalendar;

    @Inject
    BusyTimes busyTimes;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    VenueAccess access;

    @Inject
    CurrentMember current;

    @Inject
    ObjectMapper json;

    /** The JSON body of a 201 answer: new, or replayed for a repeated Idempotency-Key. */
    public record Created(UUID bookingId, String body) {
    }

    @Transactional
    public Created create(BookingRequest request, String idempotencyKey) {
        UUID memberId = current.id();
        if (idempotencyKey != null) {
            var replay = idempotencyKeys.claimOrReplay(memberId, idempotencyKey, fingerprint(request));
            if (replay.isPresent()) {
                return new Created(null, replay.get());
            }
        }
        Booking booking = book(request, memberId);
        String body = toJson(toDto(booking, zoneOf(booking.venueId), null));
        if (idempotencyKey != null) {
            idempotencyKeys.remember(memberId, idempotencyKey, body);
        }
        return new Created(booking.id, body);
    }

    private Booking book(BookingRequest request, UUID memberId) {
        if (!request.start().isBefore(request.end())) {
            throw ProblemException.badRequest("end", "field.end-before-start");
        }
        Space space = spaces.require(request.spaceId());
        Venue venue = venues.require(space.venueId);
        ZoneId zone = VenueService.zoneOf(venue);
        TimeRange requested = new TimeRange(request.start().toInstant(), request.end().toInstant());
        Instant now = clock.instant();

        // One round trip for the venue's closures, the space's blocks and its live bookings around the request.
        LocalDate[] closureDates = OpeningCalendar.closureDates(requested.start(), requested.end());
        BusyTimes.Snapshot busy = busyTimes.snapshot(Set.of(space.id), Set.of(venue.id), closureDates[0], closureDates[1],
                requested.start(), requested.start(), requested.end());
        List<Closure> closures = busy.closures().getOrDefault(venue.id, List.of());
        BookingPolicy.Calendar calendar = new BookingPolicy.Calendar(
                spaceCalendar.openRanges(List.of(space), Map.of(venue.id, venue), busy.closures(), requested.start(),
                        requested.end()).get(space.id),
                overlapsClosure(closures, requested, zone),
                TimeRanges.of(busy.blocks().getOrDefault(space.id, List.of())));
        BookingPolicy.check(rulesOf(space), requested, request.seats(), now, zone, calendar).ifPresent(verdict -> {
            throw new ProblemException(422, verdict.violation().slug, verdict.figure());
        });

        int seats = request.seats() == null ? 1 : request.seats();
        if (space.isShared()) {
            // Already full as last committed: answer at once, without queueing for the lock.
            checkSeats(space, requested, seats, busy.occupations().getOrDefault(space.id, List.of()));
            // Seats are counted again under the space's row lock, so concurrent requests count one after the other.
            em.createNativeQuery("SET LOCAL lock_timeout = '" + LOCK_TIMEOUT + "'").executeUpdate();
            em.lock(space, LockModeType.PESSIMISTIC_WRITE);
            checkSeats(space, requested, seats, busyTimes.occupations(Set.of(space.id), requested.start(), requested.end())
                    .getOrDefault(space.id, List.of()));
        }

        Booking booking = new Booking();
        booking.id = UUID.randomUUID();
        booking.spaceId = space.id;
        booking.venueId = venue.id;
        booking.memberId = memberId;
        booking.start = requested.start();
        booking.end = requested.end();
        booking.exclusive = !space.isShared();
        booking.occupiedUntil = booking.exclusive ? booking.end.plus(Duration.ofMinutes(space.bufferMinutes)) : booking.end;
        booking.seats = seats;
        booking.status = space.requiresApproval ? BookingStatus.PENDING : BookingStatus.CONFIRMED;
        booking.note = request.note();
        booking.createdAt = now;
        booking.updatedAt = now;
        booking.persist();
        // The exclusion constraint answers here, inside the transaction, so a taken slot is a 409.
        em.flush();
        return booking;
    }

    /** The booking, if the caller may see it: its member, the venue's managers, network-admins. Others get 404. */
    public BookingDto get(UUID bookingId) {
        Booking booking = requireVisible(bookingId);
        return toDto(booking, zoneOf(booking.venueId), managerView(booking));
    }

    @Transactional
    public BookingDto cancel(UUID bookingId, String reason) {
        Booking booking = requireVisible(bookingId);
        boolean isOwner = current.id().equals(booking.memberId);
        boolean isManager = access.canManage(booking.venueId);
        if (!booking.status.isLive()) {
            throw new ProblemException(409, "not-cancellable");
        }
        if (!isManager && !clock.instant().isBefore(booking.start)) {
            throw new ProblemException(422, "too-late-to-cancel");
        }
        if (!isOwner && (reason == null || reason.isBlank())) {
            throw ProblemException.badRequest("reason", "field.reason-required");
        }
        return changeStatus(booking, BookingStatus.CANCELLED, reason);
    }

    @Transactional
    public BookingDto decide(UUID bookingId, boolean approve, String reason) {
        Booking booking = requireVisible(bookingId);
        access.requireManager(booking.venueId);
        if (booking.status != BookingStatus.PENDING) {
            throw new ProblemException(409, "not-pending");
        }
        if (!approve && (reason == null || reason.isBlank())) {
            throw ProblemException.badRequest("reason", "field.reason-required");
        }
        return changeStatus(booking, approve ? BookingStatus.CONFIRMED : BookingStatus.REJECTED, reason);
    }

    public record Filter(Instant from, Instant to, BookingStatus status) {
    }

    public List<BookingDto> listForMember(Filter filter) {
        return list("memberId", current.id(), filter, false);
    }

    public List<BookingDto> listForVenue(UUID venueId, Filter filter) {
        access.requireManager(venueId);
        return list("venueId", venueId, filter, true);
    }

    private List<BookingDto> list(String owner, UUID ownerId, Filter filter, boolean forManagers) {
        StringBuilder where = new StringBuilder(owner + " = :owner");
        Map<String, Object> params = new HashMap<>(Map.of("owner", ownerId));
        if (filter.from() != null) {
            where.append(" and end > :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and start < :to");
            params.put("to", filter.to());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.put("status", filter.status());
        }
        List<Booking> bookings = Booking.list(where.toString(), Sort.by("start").and("id"), params);
        Map<UUID, ZoneId> zones = zonesOf(bookings.stream().map(b -> b.venueId).collect(Collectors.toSet()));
        Map<UUID, String> names = forManagers ? memberNames(bookings) : Map.of();
        return bookings.stream().map(b -> toDto(b, zones.get(b.venueId), names.get(b.memberId))).toList();
    }

    private BookingDto changeStatus(Booking booking, BookingStatus status, String reason) {
        booking.status = status;
        booking.statusReason = reason;
        booking.updatedAt = clock.instant();
        return toDto(booking, zoneOf(booking.venueId), managerView(booking));
    }

    private Booking requireVisible(UUID bookingId) {
        Booking booking = Booking.findById(bookingId);
        if (booking == null || !(current.id().equals(booking.memberId) || access.canManage(booking.venueId))) {
            throw ProblemException.notFound("entity.booking");
        }
        return booking;
    }

    private String managerView(Booking booking) {
        return access.canManage(booking.venueId) ? memberNames(List.of(booking)).get(booking.memberId) : null;
    }

    /** Whether a closure covers any local date the range touches. */
    private static boolean overlapsClosure(List<Closure> closures, TimeRange range, ZoneId zone) {
        LocalDate first = range.start().atZone(zone).toLocalDate();
        LocalDate last = range.end().minusNanos(1).atZone(zone).toLocalDate();
        return closures.stream().anyMatch(c -> !c.fromDate.isAfter(last) && !c.toDate.isBefore(first));
    }

    private static void checkSeats(Space space, TimeRange requested, int seats, List<BusyTimes.Occupation> occupations) {
        var uses = occupations.stream().map(BusyTimes.Occupation::seatUse).toList();
        if (SeatTimeline.maxUsed(requested, uses) + seats > space.capacity) {
            throw new ProblemException(409, "slot-taken");
        }
    }

    private static BookingPolicy.Rules rulesOf(Space space) {
        return new BookingPolicy.Rules(space.active, space.isShared(), space.capacity, space.slotMinutes, space.minMinutes,
                space.maxMinutes, space.minNoticeMinutes, space.maxAdvanceDays);
    }

    private ZoneId zoneOf(UUID venueId) {
        return VenueService.zoneOf(venues.require(venueId));
    }

    private static Map<UUID, ZoneId> zonesOf(Set<UUID> venueIds) {
        if (venueIds.isEmpty()) {
            return Map.of();
        }
        return Venue.<Venue>list("id in ?1", venueIds).stream()
                .collect(Collectors.toMap(v -> v.id, VenueService::zoneOf));
    }

    private static Map<UUID, String> memberNames(List<Booking> bookings) {
        List<UUID> ids = bookings.stream().map(b -> b.memberId).filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Member.<Member>list("id in ?1", ids).stream().collect(Collectors.toMap(m -> m.id, m -> m.displayName));
    }

    static BookingDto toDto(Booking b, ZoneId zone, String memberName) {
        return new BookingDto(b.id, b.spaceId, b.venueId, b.memberId, memberName,
                b.start.atZone(zone).toOffsetDateTime(), b.end.atZone(zone).toOffsetDateTime(), b.seats, b.status,
                b.note, b.statusReason, b.createdAt);
    }

    private static String fingerprint(BookingRequest r) {
        return String.join("|", r.spaceId().toString(), r.start().toInstant().toString(), r.end().toInstant().toString(),
                String.valueOf(r.seats()), String.valueOf(r.note()));
    }

    private String toJson(BookingDto dto) {
        try {
            return json.writeValueAsString(dto);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
