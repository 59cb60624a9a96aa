package fr.coopconnect.hours;

import fr.coopconnect.common.ProblemException;
import fr.coopconnect.venue.Venue;
import fr.coopconnect.venue.VenueService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ClosureService {

    @Inject
    Clock clock;

    @Inject
    VenueService venues;

    /** Closures ending today or later in the venue's zone, or all of them with {@code past}, in date order. */
    public List<ClosureDto> list(UUID venueId, boolean past) {
        Venue venue = venues.require(venueId);
        Sort order = Sort.by("fromDate").and("toDate").and("id");
        List<Closure> closures = past
                ? Closure.list("venueId", order, venueId)
                : Closure.list("venueId = ?1 and toDate >= ?2", order, venueId,
                        LocalDate.now(clock.withZone(VenueService.zoneOf(venue))));
        return closures.stream().map(ClosureDto::of).toList();
    }

    @Transactional
    public Closure create(UUID venueId, ClosureDto dto) {
        venues.require(venueId);
        DateSpans.check(dto.from(), dto.to(), "to");
        Closure closure = new Closure();
        closure.id = UUID.randomUUID();
        closure.venueId = venueId;
        closure.fromDate = dto.from();
        closure.toDate = dto.to();
        closure.reason = dto.reason() == null || dto.reason().isBlank() ? null : dto.reason().trim();
        closure.createdAt = clock.instant();
        closure.persist();
        return closure;
    }

    /** @throws ProblemException 404 when the closure does not exist or belongs to another venue */
    @Transactional
    public void delete(UUID venueId, UUID closureId) {
        if (Closure.delete("id = ?1 and venueId = ?2", closureId, venueId) == 0) {
            throw ProblemException.notFound("entity.closure");
        }
    }
}
