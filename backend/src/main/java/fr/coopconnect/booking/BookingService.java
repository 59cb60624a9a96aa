package fr.coopconnect.booking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.coopconnect.agreement.AccessType;
import fr.coopconnect.agreement.AgreementGate;
import fr.coopconnect.common.ProblemException;
import fr.coopconnect.member.CurrentMember;
import fr.coopconnect.member.Member;
import fr.coopconnect.space.Space;
import fr.coopconnect.space.SpaceRows;
import fr.coopconnect.timeline.TimeRange;
import fr.coopconnect.venue.Venue;
import fr.coopconnect.venue.VenueAccess;
import fr.coopconnect.venue.VenueService;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Booking, with every rule checked and double booking made impossible by PostgreSQL itself. */
@ApplicationScoped
public class BookingService {

    @Inject
    Clock clock;

    @Inject
    VenueService venues;

    @Inject
    SpaceRows spaceRows;

    @Inject
    BookingWriter writer;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    VenueAccess access;

    @Inject
    CurrentMember current;

    @Inject
    ObjectMapper json;

    @Inject
    AgreementGate agreementGate;

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
        if (!request.start().isBefore(request.end())) {
            throw ProblemException.badRequest("end", "field.end-before-start");
        }
        Booked booked = book(request, memberId);
        String body = toJson(toDto(booked.booking(), booked.zone(), null));
        if (idempotencyKey != null) {
            idempotencyKeys.remember(memberId, idempotencyKey, body);
        }
        return new Created(booked.booking().id, body);
    }

    /** A booking just written, with its venue's time zone for its answer. */
    private record Booked(Booking booking, ZoneId zone) {
    }

    /** Opens the space's calendar, locked for writing or not. */
    private interface DeskOpener {
        BookingWriter.Desk open(boolean forWriting);
    }

    /**
     * Books for a member: the space, its venue, blocks, closures and required agreements come from the space catalogue
     * when it holds the space (two round trips fewer), else from the database, which also answers 404 or 422
     * space-inactive.
     */
    private Booked book(BookingRequest request, UUID memberId) {
        TimeRange requested = new TimeRange(request.start().toInstant(), request.end().toInstant());
        UUID spaceId = request.spaceId();
        DeskOpener opener = forWriting -> writer.openHeld(spaceId, requested.start(), requested.end(), forWriting)
                .orElseGet(() -> {
                    SpaceRows.Row row = spaceRows.require(spaceId);
                    return writer.open(row.space(), row.venue(), requested.start(), requested.end(), forWriting);
                });
        return write(opener, requested, request.seats(), request.note(), memberId, desk -> {
            UUID venueId = desk.venue().id;
            agreementGate.requireFor(desk.requiredAgreements().orElseGet(() -> agreementGate.requiredAt(venueId)), venueId,
                    memberId, requested.start(), AccessType.OCCASIONAL);
        });
    }

    private Booked write(DeskOpener opener, TimeRange requested, Integer seats, String note, UUID memberId,
                         Consumer<BookingWriter.Desk> agreementCheck) {
        // Checked first without any lock, so a broken rule or a full room answers at once; a SHARED
        // space is then locked and checked again, its seats counted one writer after the other.
        BookingWriter.Desk desk = opener.open(false);
        refuseIfBroken(desk, requested, seats);
        agreementCheck.accept(desk);
        if (desk.space().isShared()) {
            desk = opener.open(true);
            refuseIfBroken(desk, requested, seats);
        }
        Booking booking = desk.book(requested, seats, note, memberId, null);
        desk.flush();
        return new Booked(booking, desk.zone());
    }

    private static void refuseIfBroken(BookingWriter.Desk desk, TimeRange requested, Integer seats) {
        desk.refusal(requested, seats).ifPresent(refusal -> {
            throw refusal.toProblem();
        });
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
        if (EventBookings.holdsAnEvent(Booking.getEntityManager(), booking.id)) {
            throw new ProblemException(409, "event-booking");
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

    /**
     * Records that the member came: its member from a quarter of an hour before the start, or a manager of the venue,
     * until the end. The row is locked, so the no-show job and a check-in never both win. Checking in again answers
     * the first check-in.
     */
    @Transactional
    public BookingDto checkIn(UUID bookingId) {
        UUID callerId = current.id();
        Booking booking = Booking.findById(bookingId, LockModeType.PESSIMISTIC_WRITE);
        if (booking == null) {
            throw ProblemException.notFound("entity.booking");
        }
        if (!callerId.equals(booking.memberId) && !access.canManage(booking.venueId)) {
            throw new ForbiddenException();
        }
        if (booking.checkedInAt == null) {
            Instant now = clock.instant();
            CheckInPolicy.check(booking.status, booking.start, booking.end, now).ifPresent(refusal -> {
                throw new ProblemException(refusal.status, refusal.slug, CheckInPolicy.OPENS_BEFORE_START.toMinutes());
            });
            booking.checkedInAt = now;
            booking.updatedAt = now;
        }
        return toDto(booking, zoneOf(booking.venueId), managerView(booking));
    }

    /**
     * Books a space for its venue's own use, such as a community event: every rule of a booking (409 when taken,
     * 422 when closed, too long...) except a member's usage agreement, and confirmed at once since a manager asks.
     */
    public Booking bookForVenue(Space space, Venue venue, TimeRange requested, Integer seats, String note, UUID memberId) {
        Booking booking = write(forWriting -> writer.open(space, venue, requested.start(), requested.end(), forWriting),
                requested, seats, note, memberId, desk -> {
                }).booking();
        booking.status = BookingStatus.CONFIRMED;
        return booking;
    }

    /** Frees a booking the venue held for itself (an event cancelled or moved); a booking no longer live stays as it is. */
    public void releaseForVenue(UUID bookingId, String reason) {
        Booking booking = Booking.findById(bookingId);
        if (booking != null && booking.status.isLive()) {
            setStatus(booking, BookingStatus.CANCELLED, reason, clock.instant());
            Booking.getEntityManager().flush();
        }
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
        setStatus(booking, status, reason, clock.instant());
        return toDto(booking, zoneOf(booking.venueId), managerView(booking));
    }

    static void setStatus(Booking booking, BookingStatus status, String reason, Instant now) {
        booking.status = status;
        booking.statusReason = reason;
        booking.updatedAt = now;
    }

    private Booking requireVisible(UUID bookingId) {
        Booking booking = Booking.findById(bookingId);
        if (booking == null || !(current.id().equals(booking.memberId) || access.canManage(booking.venueId))) {
            throw ProblemException.notFound("entity.booking");
        }
        return booking;
    }

    String managerView(Booking booking) {
        return access.canManage(booking.venueId) ? memberNames(List.of(booking)).get(booking.memberId) : null;
    }

    ZoneId zoneOf(UUID venueId) {
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
            // A HashMap, not Map.of(): anonymous bookings (erased members) look up a null member id.
            return new HashMap<>();
        }
        return Member.<Member>list("id in ?1", ids).stream().collect(Collectors.toMap(m -> m.id, m -> m.displayName));
    }

    static BookingDto toDto(Booking b, ZoneId zone, String memberName) {
        return new BookingDto(b.id, b.spaceId, b.venueId, b.memberId, memberName,
                b.start.atZone(zone).toOffsetDateTime(), b.end.atZone(zone).toOffsetDateTime(), b.seats, b.status,
                b.note, b.statusReason, b.createdAt, b.checkedInAt == null ? null : b.checkedInAt.atZone(zone).toOffsetDateTime());
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
