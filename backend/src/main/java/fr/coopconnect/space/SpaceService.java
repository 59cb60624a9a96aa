package fr.coopconnect.space;

import fr.coopconnect.common.Problem;
import fr.coopconnect.common.ProblemException;
import fr.coopconnect.timeline.WeeklySchedule;
import fr.coopconnect.venue.Venue;
import fr.coopconnect.venue.VenueService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class SpaceService {

    private static final Set<Integer> SLOT_SIZES = Set.of(15, 30, 60);
    public static final int MAX_BUFFER_MINUTES = 240;
    public static final int MIN_CHECK_IN_GRACE_MINUTES = 5;
    public static final int MAX_CHECK_IN_GRACE_MINUTES = 240;
    static final SpaceDto.BookingRules DEFAULT_RULES = new SpaceDto.BookingRules(30, 30, 480, 0, 90, 0, false, null);

    @Inject
    Clock clock;

    @Inject
    VenueService venues;

    public List<SpaceDto> listForVenue(UUID venueId) {
        venues.require(venueId);
        return Space.<Space>list("venueId", Sort.by("name").and("id"), venueId).stream().map(SpaceService::toDto).toList();
    }

    public Space require(UUID spaceId) {
        Space space = Space.findById(spaceId);
        if (space == null) {
            throw ProblemException.notFound("entity.space");
        }
        return space;
    }

    @Transactional
    public Space create(UUID venueId, SpaceDto dto) {
        Venue venue = venues.require(venueId);
        Space space = new Space();
        space.id = UUID.randomUUID();
        space.venueId = venueId;
        space.createdAt = clock.instant();
        apply(dto, space, venue, space.createdAt);
        space.persist();
        return space;
    }

    @Transactional
    public Space update(UUID spaceId, SpaceDto dto, Integer expectedVersion) {
        Space space = require(spaceId);
        if (expectedVersion != null && expectedVersion != space.version) {
            throw new ProblemException(412, "precondition-failed");
        }
        apply(dto, space, venues.require(space.venueId), clock.instant());
        Space.getEntityManager().flush();
        return space;
    }

    @Transactional
    public void delete(UUID spaceId) {
        require(spaceId).delete();
    }

    private static void apply(SpaceDto dto, Space space, Venue venue, Instant now) {
        SpaceDto.BookingRules rules = withDefaults(dto.rules());
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!SLOT_SIZES.contains(rules.slotMinutes())) {
            errors.add(new Problem.FieldError("rules.slotMinutes", "field.slot-minutes"));
        } else {
            if (rules.minMinutes() % rules.slotMinutes() != 0) {
                errors.add(new Problem.FieldError("rules.minMinutes", "field.multiple-of-slot"));
            }
            if (rules.maxMinutes() % rules.slotMinutes() != 0) {
                errors.add(new Problem.FieldError("rules.maxMinutes", "field.multiple-of-slot"));
            }
        }
        if (rules.maxMinutes() < rules.minMinutes()) {
            errors.add(new Problem.FieldError("rules.maxMinutes", "field.max-below-min"));
        }
        WeeklySchedule schedule = null;
        String scheduleProblem = "";
        if (dto.schedule() != null) {
            try {
                schedule = WeeklySchedule.of(dto.schedule());
            } catch (IllegalArgumentException invalid) {
                scheduleProblem = invalid.getMessage();
                errors.add(new Problem.FieldError("schedule", "field.schedule"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "validation", errors, scheduleProblem);
        }
        if (schedule != null && !schedule.isWithin(WeeklySchedule.of(venue.weeklyHours))) {
            throw new ProblemException(422, "schedule-outside-hours");
        }
        space.name = dto.name().trim();
        space.kind = dto.kind();
        space.capacity = dto.capacity();
        space.bookingMode = dto.bookingMode();
        space.equipment = dto.equipment() == null ? new String[0]
                : dto.equipment().stream().distinct().map(Enum::name).toArray(String[]::new);
        space.description = dto.description();
        space.active = dto.active() == null || dto.active();
        space.slotMinutes = rules.slotMinutes();
        space.minMinutes = rules.minMinutes();
        space.maxMinutes = rules.maxMinutes();
        space.minNoticeMinutes = rules.minNoticeMinutes();
        space.maxAdvanceDays = rules.maxAdvanceDays();
        space.bufferMinutes = rules.bufferMinutes();
        space.requiresApproval = rules.requiresApproval();
        space.checkInGraceMinutes = rules.checkInGraceMinutes();
        if (space.checkInGraceMinutes == null) {
            space.checkInSince = null;
        } else if (space.checkInSince == null) {
            space.checkInSince = now;
        }
        space.ownSchedule = schedule == null ? null : schedule.intervals();
        space.hourlyRate = dto.hourlyRate();
    }

    private static SpaceDto.BookingRules withDefaults(SpaceDto.BookingRules rules) {
        if (rules == null) {
            return DEFAULT_RULES;
        }
        int slot = rules.slotMinutes() != null ? rules.slotMinutes() : DEFAULT_RULES.slotMinutes();
        return new SpaceDto.BookingRules(
                slot,
                rules.minMinutes() != null ? rules.minMinutes() : Math.max(slot, DEFAULT_RULES.minMinutes()),
                rules.maxMinutes() != null ? rules.maxMinutes() : DEFAULT_RULES.maxMinutes(),
                rules.minNoticeMinutes() != null ? rules.minNoticeMinutes() : DEFAULT_RULES.minNoticeMinutes(),
                rules.maxAdvanceDays() != null ? rules.maxAdvanceDays() : DEFAULT_RULES.maxAdvanceDays(),
                rules.bufferMinutes() != null ? rules.bufferMinutes() : DEFAULT_RULES.bufferMinutes(),
                rules.requiresApproval() != null ? rules.requiresApproval() : DEFAULT_RULES.requiresApproval(),
                rules.checkInGraceMinutes());
    }

    public static SpaceDto toDto(Space s) {
        return new SpaceDto(s.id, s.venueId, s.name, s.kind, s.capacity, s.bookingMode,
                Arrays.stream(s.equipment).map(Equipment::valueOf).toList(), s.description, s.active,
                new SpaceDto.BookingRules(s.slotMinutes, s.minMinutes, s.maxMinutes, s.minNoticeMinutes,
                        s.maxAdvanceDays, s.bufferMinutes, s.requiresApproval, s.checkInGraceMinutes),
                s.ownSchedule, s.hourlyRate, s.version);
    }
}
