package fr.coopconnect.community;

import fr.coopconnect.venue.Venue;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The events the calendar feeds publish: the public list of upcoming ones, and those a member registered for. */
@ApplicationScoped
public class EventFeeds {

    /** Events cancelled (or registrations withdrawn) this recently stay in feeds as cancelled, so subscribed apps remove them. */
    public static final Duration KEEP_CANCELLED = Duration.ofDays(30);
    /** How far ahead the public feed looks, and how many events it lists at most. */
    static final Duration PUBLIC_AHEAD = Duration.ofDays(366);
    static final int PUBLIC_MAX = 1000;
    /** Events this far back stay in a member's feed. */
    static final Duration MEMBER_PAST = Duration.ofDays(90);

    public enum State { CONFIRMED, WAITLISTED, CANCELLED }

    public record Entry(UUID eventId, String title, Instant start, Instant end, Venue venue, State state, Instant lastModified) {
    }

    /** Upcoming events for everyone, and those cancelled recently. */
    public List<Entry> upcoming(Instant now) {
        List<CommunityEvent> events = CommunityEvent.<CommunityEvent>find("end > ?1 and start < ?2 and (status = ?3 or updatedAt > ?4)",
                        Sort.by("start").and("id"), now, now.plus(PUBLIC_AHEAD), EventStatus.SCHEDULED, now.minus(KEEP_CANCELLED))
                .page(0, PUBLIC_MAX).list();
        Map<UUID, Venue> venues = venuesOf(events);
        return events.stream().map(e -> new Entry(e.id, e.title, e.start, e.end, venues.get(e.venueId),
                e.status == EventStatus.CANCELLED ? State.CANCELLED : State.CONFIRMED, e.updatedAt)).toList();
    }

    /** The member's events: registered or waiting, and cancelled or withdrawn recently (shown cancelled). */
    public List<Entry> ofMember(UUID memberId, Instant now) {
        List<EventRegistration> registrations = EventRegistration.list("memberId = ?1 and (status <> ?2 or updatedAt > ?3)",
                memberId, RegistrationStatus.WITHDRAWN, now.minus(KEEP_CANCELLED));
        if (registrations.isEmpty()) {
            return List.of();
        }
        Map<UUID, CommunityEvent> events = CommunityEvent.<CommunityEvent>list("id in ?1 and end > ?2",
                        registrations.stream().map(r -> r.eventId).toList(), now.minus(MEMBER_PAST)).stream()
                .collect(Collectors.toMap(e -> e.id, Function.identity()));
        Map<UUID, Venue> venues = venuesOf(events.values().stream().toList());
        return registrations.stream().filter(r -> events.containsKey(r.eventId)).map(r -> {
            CommunityEvent e = events.get(r.eventId);
            State state = e.status == EventStatus.CANCELLED || r.status == RegistrationStatus.WITHDRAWN ? State.CANCELLED
                    : r.status == RegistrationStatus.WAITLISTED ? State.WAITLISTED : State.CONFIRMED;
            Instant lastModified = e.updatedAt.isAfter(r.updatedAt) ? e.updatedAt : r.updatedAt;
            return new Entry(e.id, e.title, e.start, e.end, venues.get(e.venueId), state, lastModified);
        }).sorted(java.util.Comparator.comparing(Entry::start).thenComparing(Entry::eventId)).toList();
    }

    private static Map<UUID, Venue> venuesOf(List<CommunityEvent> events) {
        if (events.isEmpty()) {
            return Map.of();
        }
        return Venue.<Venue>list("id in ?1", events.stream().map(e -> e.venueId).distinct().toList()).stream()
                .collect(Collectors.toMap(v -> v.id, Function.identity()));
    }
}
