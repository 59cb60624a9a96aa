package fr.coopconnect.booking;

import fr.coopconnect.agreement.AgreementRules;
import fr.coopconnect.hours.Closure;
import fr.coopconnect.hours.OpeningCalendar;

import fr.coopconnect.common.ProblemException;
import fr.coopconnect.space.Space;
import fr.coopconnect.space.SpaceCalendar;
import fr.coopconnect.space.SpaceCatalogue;
import fr.coopconnect.timeline.SeatTimeline;
import fr.coopconnect.timeline.TimeRange;
import fr.coopconnect.timeline.TimeRanges;
import fr.coopconnect.venue.Venue;
import fr.coopconnect.venue.VenueService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The one booking path, shared by single bookings and booking series: what a space's calendar
 * holds over a window is loaded once (opening, closures, blocks, live bookings), each requested
 * range is checked against every rule, and bookings are written so that PostgreSQL itself keeps
 * them apart (exclusion constraint for EXCLUSIVE spaces, the space's row lock for SHARED ones).
 */
@ApplicationScoped
public class BookingWriter {

    /** How long a write waits for a SHARED space's lock before answering 409 busy. */
    private static final String LOCK_TIMEOUT = "3s";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SpaceCalendar spaceCalendar;

    @Inject
    BusyTimes busyTimes;

    @Inject
    SpaceCatalogue spaceCatalogue;

    /** Why a range cannot be booked: the problem's status, its slug, and the rule's figure for the message. */
    public record Refusal(int status, String slug, int figure) {

        public ProblemException toProblem() {
            return new ProblemException(status, slug, figure);
        }
    }

    /**
     * Opens a space's calendar over [from, to). With {@code forWriting}, a SHARED space is locked first so
     * that seats are counted one writer after the other; a read-only preview takes no lock.
     */
    public Desk open(Space space, Venue venue, Instant from, Instant to, boolean forWriting) {
        if (forWriting && space.isShared()) {
            lockRow(space.id);
        }
        // One round trip: the venue's closures (for the open time and for telling a closure from ordinary closed
        // hours), the space's blocks, and the live bookings whose kept time (buffers included) meets the window.
        LocalDate[] closureDates = OpeningCalendar.closureDates(from, to);
        BusyTimes.Snapshot busy = busyTimes.snapshot(Set.of(space.id), Set.of(venue.id), closureDates[0], closureDates[1],
                from, from.minus(bufferOf(space)), to);
        return desk(space, venue, busy.closures(), busy.blocks().getOrDefault(space.id, List.of()), Optional.empty(), busy,
                from, to);
    }

    /**
     * Like {@link #open}, for an active space this replica's {@link SpaceCatalogue} holds: the space, its venue, its
     * blocks, the venue's closures and the agreements it requires come from memory, and the one round trip reads the
     * live bookings with the catalogue version, so a copy older than that statement is read again first (as the
     * search does). Empty when the catalogue does not hold the space (unknown or inactive): {@link #open} then answers
     * with the database's rows. Only for a transaction that changed no space, venue, block, closure or agreement
     * template: the catalogue holds committed rows.
     */
    public Optional<Desk> openHeld(UUID spaceId, Instant from, Instant to, boolean forWriting) {
        SpaceCatalogue.Snapshot catalogue = spaceCatalogue.current();
        boolean locked = false;
        for (var held = catalogue.space(spaceId); held.isPresent(); held = catalogue.space(spaceId)) {
            Space space = held.get().space();
            if (forWriting && space.isShared() && !locked) {
                lockRow(spaceId);
                locked = true;
            }
            BusyTimes.Snapshot busy = busyTimes.bookings(Set.of(spaceId), from.minus(bufferOf(space)), to);
            if (busy.catalogueVersion() == catalogue.version()) {
                Venue venue = held.get().venue();
                return Optional.of(desk(space, venue, catalogue.closures(), catalogue.blocks(spaceId),
                        Optional.of(catalogue.requiredAgreements(venue.id)), busy, from, to));
            }
            catalogue = spaceCatalogue.atLeast(busy.catalogueVersion());
            if (catalogue.version() < busy.catalogueVersion()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private Desk desk(Space space, Venue venue, Map<UUID, List<Closure>> closures, List<TimeRange> blocks,
                      Optional<List<AgreementRules.Required>> requiredAgreements, BusyTimes.Snapshot busy, Instant from, Instant to) {
        TimeRanges open = spaceCalendar.openRanges(List.of(space), Map.of(venue.id, venue), closures, from, to).get(space.id);
        List<Occupation> taken = new ArrayList<>(busy.occupations().getOrDefault(space.id, List.of()));
        return new Desk(space, venue, VenueService.zoneOf(venue), bufferOf(space), open,
                closures.getOrDefault(venue.id, List.of()), TimeRanges.of(blocks), requiredAgreements, taken, clock.instant());
    }

    /** The time a booking keeps after its end: a SHARED space has no buffer. */
    private static Duration bufferOf(Space space) {
        return Duration.ofMinutes(space.isShared() ? 0 : space.bufferMinutes);
    }

    /**
     * Locks the space's row, waiting at most {@link #LOCK_TIMEOUT} (then 55P03, a 409 busy). By its id, so a space
     * read detached (one JDBC row, for a single booking) locks like a managed one; both statements in one round
     * trip, the shortest time spent holding the lock's queue. A UUID prints as hex digits and dashes only, so it is
     * safe in the SQL text.
     */
    private void lockRow(UUID spaceId) {
        em.unwrap(Session.class).doWork(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET LOCAL lock_timeout = '" + LOCK_TIMEOUT + "'; SELECT 1 FROM space WHERE id = '"
                        + spaceId + "' FOR UPDATE");
            }
        });
    }

    /** A space's calendar over a window, loaded once; checks and books ranges inside that window. */
    public final class Desk {
        private final Space space;
        private final Venue venue;
        private final ZoneId zone;
        private final Duration buffer;
        private final TimeRanges open;
        private final List<Closure> closures;
        private final TimeRanges blocked;
        private final Optional<List<AgreementRules.Required>> requiredAgreements;
        private final List<Occupation> taken;
        private final Instant now;

        private Desk(Space space, Venue venue, ZoneId zone, Duration buffer, TimeRanges open, List<Closure> closures,
                     TimeRanges blocked, Optional<List<AgreementRules.Required>> requiredAgreements,
                     List<Occupation> taken, Instant now) {
            this.space = space;
            this.venue = venue;
            this.zone = zone;
            this.buffer = buffer;
            this.open = open;
            this.closures = closures;
            this.blocked = blocked;
            this.requiredAgreements = requiredAgreements;
            this.taken = taken;
            this.now = now;
        }

        public ZoneId zone() {
            return zone;
        }

        public Space space() {
            return space;
        }

        public Venue venue() {
            return venue;
        }

        /** The agreements booking at the venue requires, when known from the catalogue copy the desk was opened with. */
        public Optional<List<AgreementRules.Required>> requiredAgreements() {
            return requiredAgreements;
        }

        public Instant now() {
            return now;
        }

        /** The first rule the range breaks (422), or 409 slot-taken when the time or the seats are taken. */
        public Optional<Refusal> refusal(TimeRange requested, Integer seats) {
            var calendar = new BookingPolicy.Calendar(open, overlapsClosure(requested), blocked);
            var verdict = BookingPolicy.check(rulesOf(space), requested, seats, now, zone, calendar);
            if (verdict.isPresent()) {
                return Optional.of(new Refusal(422, verdict.get().violation().slug, verdict.get().figure()));
            }
            return isTaken(requested, seatsOf(seats)) ? Optional.of(new Refusal(409, "slot-taken", 0)) : Optional.empty();
        }

        /**
         * Why the venue or the space is not open over the whole range — venue-closed (a closure) or
         * outside-opening-hours (not in the hours, a public holiday) — or empty when it is open.
         */
        public Optional<String> closedReason(TimeRange requested) {
            if (overlapsClosure(requested)) {
                return Optional.of(BookingPolicy.Violation.VENUE_CLOSED.slug);
            }
            return open.covers(requested) ? Optional.empty() : Optional.of(BookingPolicy.Violation.OUTSIDE_OPENING_HOURS.slug);
        }

        /**
         * Books a range already checked with {@link #refusal}. The database still has the last word: a booking
         * written meanwhile by another replica makes the flush fail with 23P01, a 409.
         */
        public Booking book(TimeRange requested, Integer seats, String note, UUID memberId, UUID seriesId) {
            Booking booking = new Booking();
            booking.id = UUID.randomUUID();
            booking.spaceId = space.id;
            booking.venueId = venue.id;
            booking.memberId = memberId;
            booking.seriesId = seriesId;
            booking.start = requested.start();
            booking.end = requested.end();
            booking.exclusive = !space.isShared();
            booking.occupiedUntil = booking.end.plus(buffer);
            booking.seats = seatsOf(seats);
            booking.status = space.requiresApproval ? BookingStatus.PENDING : BookingStatus.CONFIRMED;
            booking.note = note;
            booking.createdAt = now;
            booking.updatedAt = now;
            booking.persist();
            taken.add(new Occupation(requested, booking.occupiedUntil, booking.seats));
            return booking;
        }

        /** Sends the new bookings to PostgreSQL now, so a constraint breach is a 409 inside the transaction. */
        public void flush() {
            em.flush();
        }

        private boolean isTaken(TimeRange requested, int seats) {
            if (space.isShared()) {
                var uses = taken.stream().map(Occupation::seatUse).toList();
                return SeatTimeline.maxUsed(requested, uses) + seats > space.capacity;
            }
            Instant keptUntil = requested.end().plus(buffer);
            return taken.stream().anyMatch(o -> o.range().start().isBefore(keptUntil) && o.occupiedUntil().isAfter(requested.start()));
        }

        private boolean overlapsClosure(TimeRange range) {
            LocalDate first = range.start().atZone(zone).toLocalDate();
            LocalDate last = range.end().minusNanos(1).atZone(zone).toLocalDate();
            return closures.stream().anyMatch(c -> !c.fromDate.isAfter(last) && !c.toDate.isBefore(first));
        }
    }

    private static int seatsOf(Integer seats) {
        return seats == null ? 1 : seats;
    }

    @SuppressWarnings("unchecked")
    static BookingPolicy.Rules rulesOf(Space space) {
        return new BookingPolicy.Rules(space.active, space.isShared(), space.capacity, space.slotMinutes, space.minMinutes,
                space.maxMinutes, space.minNoticeMinutes, space.maxAdvanceDays);
    }
}
