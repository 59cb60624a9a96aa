package fr.coopconnect.booking;

import fr.coopconnect.agreement.AccessType;
import fr.coopconnect.agreement.AgreementGate;
import fr.coopconnect.agreement.AgreementRules;

import fr.coopconnect.common.Problem;
import fr.coopconnect.common.ProblemException;
import fr.coopconnect.member.CurrentMember;
import fr.coopconnect.space.Space;
import fr.coopconnect.space.SpaceService;
import fr.coopconnect.timeline.TimeRange;
import fr.coopconnect.venue.Venue;
import fr.coopconnect.venue.VenueAccess;
import fr.coopconnect.venue.VenueService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Booking series (regular access): every listed weekday of a period on which the space is open for
 * the whole slot is booked through {@link BookingWriter}, the path single bookings take, all or nothing.
 */
@ApplicationScoped
public class BookingSeriesService {

    /** Rules that do not depend on the date: broken once, broken everywhere, so reported once as a 422. */
    private static final Set<String> DATE_INDEPENDENT = Set.of("space-inactive", "invalid-seats", "too-many-seats",
            "too-short", "too-long", "not-aligned");

    @Inject
    AgreementGate agreementGate;

    @Inject
    Clock clock;

    @Inject
    SpaceService spaces;

    @Inject
    VenueService venues;

    @Inject
    BookingWriter writer;

    @Inject
    BookingService bookings;

    @Inject
    VenueAccess access;

    @Inject
    CurrentMember current;

    /** One date of a series and what booking it would do. {@code reason} is a problem slug, {@code figure} its rule's figure. */
    public record Occurrence(LocalDate date, TimeRange range, OffsetDateTime start, OffsetDateTime end,
                             SeriesPreviewDto.DateStatus status, String reason, Object figure) {
    }

    private record Plan(Space space, Venue venue, BookingWriter.Desk desk, List<Occurrence> occurrences) {
    }

    /** The dry run: each date's fate, nothing booked. */
    @Transactional
    public List<Occurrence> preview(BookingSeriesRequest request) {
        current.id();
        return plan(request, false).occurrences();
    }

    /** Books every FREE date, or nothing: 409 listing the conflicting dates, 422 for a rule every date breaks. */
    @Transactional
    public BookingSeriesDto create(BookingSeriesRequest request) {
        UUID memberId = current.id();
        Plan plan = plan(request, true);
        List<Occurrence> conflicts = plan.occurrences().stream()
                .filter(o -> o.status() == SeriesPreviewDto.DateStatus.CONFLICT).toList();
        Optional<Occurrence> everywhere = conflicts.stream().filter(o -> DATE_INDEPENDENT.contains(o.reason())).findFirst();
        if (everywhere.isPresent()) {
            throw new ProblemException(422, everywhere.get().reason(), everywhere.get().figure());
        }
        if (!conflicts.isEmpty()) {
            throw new ProblemException(409, "series-conflict", conflicts.size()).withConflicts(conflicts.stream()
                    .map(o -> new ProblemException.Conflict(o.date(), o.start(), o.end(), o.reason(), o.figure())).toList());
        }
        List<Occurrence> free = plan.occurrences().stream()
                .filter(o -> o.status() == SeriesPreviewDto.DateStatus.FREE).toList();
        if (free.isEmpty()) {
            throw new ProblemException(422, "series-empty");
        }
        // Regular access needs a REGULAR agreement covering every date, where the venue requires one.
        UUID venueId = plan.venue().id;
        List<AgreementRules.Required> required = agreementGate.requiredAt(venueId);
        free.forEach(o -> agreementGate.requireFor(required, venueId, memberId, o.range().start(), AccessType.REGULAR));
        Instant now = plan.desk().now();
        BookingSeries series = new BookingSeries();
        series.id = UUID.randomUUID();
        series.spaceId = plan.space().id;
        series.venueId = plan.venue().id;
        series.memberId = memberId;
        series.daysOfWeek = daysOf(request).stream().map(DayOfWeek::name).toArray(String[]::new);
        series.startTime = request.startTime();
        series.endTime = request.endTime();
        series.from = request.from();
        series.until = request.until();
        series.seats = request.seats() == null ? 1 : request.seats();
        series.status = SeriesStatus.ACTIVE;
        series.note = request.note();
        series.createdAt = now;
        series.updatedAt = now;
        series.persist();
        for (Occurrence occurrence : free) {
            plan.desk().book(occurrence.range(), request.seats(), request.note(), memberId, series.id);
        }
        plan.desk().flush();
        return toDto(series);
    }

    /** Its member, the venue's managers and network-admins; 404 for anyone else. */
    public BookingSeriesDto get(UUID seriesId) {
        return toDto(requireVisible(seriesId));
    }

    /** Cancels the occurrences that have not started yet; past ones stay as they are. */
    @Transactional
    public BookingSeriesDto cancel(UUID seriesId, String reason) {
        BookingSeries series = requireVisible(seriesId);
        if (series.status == SeriesStatus.CANCELLED) {
            throw new ProblemException(409, "series-not-cancellable");
        }
        if (!current.id().equals(series.memberId) && (reason == null || reason.isBlank())) {
            throw ProblemException.badRequest("reason", "field.reason-required");
        }
        Instant now = clock.instant();
        List<Booking> future = Booking.list("seriesId = ?1 and start > ?2 and status in ?3", series.id, now, BookingStatus.LIVE);
        future.forEach(booking -> BookingService.setStatus(booking, BookingStatus.CANCELLED, reason, now));
        series.status = SeriesStatus.CANCELLED;
        series.statusReason = reason;
        series.updatedAt = now;
        return toDto(series);
    }

    private Plan plan(BookingSeriesRequest request, boolean forWriting) {
        validate(request);
        Space space = spaces.require(request.spaceId());
        Venue venue = venues.require(space.venueId);
        ZoneId zone = VenueService.zoneOf(venue);
        Instant from = request.from().atStartOfDay(zone).toInstant();
        Instant to = request.until().plusDays(1).atStartOfDay(zone).toInstant();
        BookingWriter.Desk desk = writer.open(space, venue, from, to, forWriting);
        Set<DayOfWeek> days = daysOf(request);
        List<Occurrence> occurrences = new ArrayList<>();
        for (LocalDate date = request.from(); !date.isAfter(request.until()); date = date.plusDays(1)) {
            if (!days.contains(date.getDayOfWeek())) {
                continue;
            }
            ZonedDateTime start = ZonedDateTime.of(date, request.startTime(), zone);
            ZonedDateTime end = ZonedDateTime.of(date, request.endTime(), zone);
            if (!start.isBefore(end)) {
                // A daylight-saving jump swallowed the slot: nothing to book that day.
                occurrences.add(occurrence(date, start, start, SeriesPreviewDto.DateStatus.SKIPPED, "outside-opening-hours", 0));
                continue;
            }
            occurrences.add(judge(desk, date, start, end, request.seats()));
        }
        return new Plan(space, venue, desk, occurrences);
    }

    /** Closed or past days are skipped; an open day is free or, when any rule or booking stands in the way, a conflict. */
    private static Occurrence judge(BookingWriter.Desk desk, LocalDate date, ZonedDateTime start, ZonedDateTime end, Integer seats) {
        TimeRange range = new TimeRange(start.toInstant(), end.toInstant());
        if (range.start().isBefore(desk.now())) {
            return occurrence(date, start, end, SeriesPreviewDto.DateStatus.SKIPPED, BookingPolicy.Violation.IN_PAST.slug, 0);
        }
        Optional<String> closed = desk.closedReason(range);
        if (closed.isPresent()) {
            return occurrence(date, start, end, SeriesPreviewDto.DateStatus.SKIPPED, closed.get(), 0);
        }
        return desk.refusal(range, seats)
                .map(r -> occurrence(date, start, end, SeriesPreviewDto.DateStatus.CONFLICT, r.slug(), r.figure()))
                .orElseGet(() -> occurrence(date, start, end, SeriesPreviewDto.DateStatus.FREE, null, null));
    }

    private static Occurrence occurrence(LocalDate date, ZonedDateTime start, ZonedDateTime end, SeriesPreviewDto.DateStatus status,
                                         String reason, Object figure) {
        TimeRange range = start.isBefore(end) ? new TimeRange(start.toInstant(), end.toInstant()) : null;
        return new Occurrence(date, range, start.toOffsetDateTime(), end.toOffsetDateTime(), status, reason, figure);
    }

    /** Cross-field checks, all reported at once. */
    private static void validate(BookingSeriesRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!request.startTime().isBefore(request.endTime())) {
            errors.add(new Problem.FieldError("endTime", "field.end-before-start"));
        }
        if (request.until().isBefore(request.from())) {
            errors.add(new Problem.FieldError("until", "field.date-order"));
        } else if (request.until().isAfter(request.from().plusYears(1))) {
            errors.add(new Problem.FieldError("until", "field.series-span"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "validation", errors);
        }
    }

    private static Set<DayOfWeek> daysOf(BookingSeriesRequest request) {
        return EnumSet.copyOf(request.daysOfWeek());
    }

    private BookingSeries requireVisible(UUID seriesId) {
        BookingSeries series = BookingSeries.findById(seriesId);
        if (series == null || !(current.id().equals(series.memberId) || access.canManage(series.venueId))) {
            throw ProblemException.notFound("entity.booking-series");
        }
        return series;
    }

    private BookingSeriesDto toDto(BookingSeries series) {
        ZoneId zone = bookings.zoneOf(series.venueId);
        List<Booking> all = Booking.list("seriesId", Sort.by("start").and("id"), series.id);
        String memberName = all.isEmpty() ? null : bookings.managerView(all.get(0));
        return new BookingSeriesDto(series.id, series.spaceId, series.venueId, series.memberId,
                Arrays.stream(series.daysOfWeek).map(DayOfWeek::valueOf).sorted().toList(), series.startTime, series.endTime,
                series.from, series.until, series.seats, series.status, series.note, series.statusReason, series.createdAt,
                all.stream().map(b -> BookingService.toDto(b, zone, memberName)).toList());
    }
}
