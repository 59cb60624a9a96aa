package fr.coopconnect.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every path of openapi.yaml × every HTTP verb × five callers (anonymous, plain member, manager of
 * another venue, manager of this venue, network-admin), on the objects of venue A, with valid
 * bodies so that only authorisation can refuse. Who may do what is read from each operation's own
 * documented rule ("Public", "Any member", "Its member, the venue's managers…", "The venue's managers
 * and network-admins", "Network-admin only"). Then the nested paths with venue B's parent and A's
 * child, and a final SQL check that A's objects are all still there.
 */
class AuthorizationChaos {

    enum Rule { PUBLIC, MEMBER, OWNER_OR_VENUE, VENUE, ANY_MANAGER, ADMIN }

    enum Role { ANONYMOUS, MEMBER, OTHER_MANAGER, MANAGER, ADMIN }

    record World(UUID venue, UUID space, UUID closure, UUID block, UUID booking, UUID template, UUID agreement, UUID series,
                 UUID event) {
        Map<String, String> ids(UUID memberId) {
            return Map.of("venueId", venue.toString(), "spaceId", space.toString(), "closureId", closure.toString(),
                    "blockId", block.toString(), "bookingId", booking.toString(), "memberId", memberId.toString(),
                    "templateId", template.toString(), "agreementId", agreement.toString(), "seriesId", series.toString(),
                    "eventId", event.toString());
        }
    }

    static final List<String> VERBS = List.of("GET", "POST", "PUT", "DELETE", "PATCH");

    static final Set<String> KNOWN_IDS = Set.of("venueId", "spaceId", "closureId", "blockId", "bookingId", "memberId",
            "templateId", "agreementId", "seriesId", "eventId");

    /** Authorised by the secret token in their query, not by the caller's role: CalendarResourceTest covers them. */
    static final Set<String> CAPABILITY_URLS = Set.of("/api/v1/me/calendar.ics");

    /** Not required for booking, so the sweep's own bookings are never gated by it. */
    static final Map<String, Object> TEMPLATE = Map.of("title", "Convention authz", "body", "Texte",
            "accessType", "REGULAR", "validityDays", 365, "requiredForBooking", false);

    final List<String> skipped = new ArrayList<>();

    Chaos.Api api;
    Chaos.Api.Member owner;
    Chaos.Api.Member manager;
    final AtomicInteger days = new AtomicInteger(40);
    final List<String> failures = new ArrayList<>();
    int cases;
    final Map<String, Integer> outcomes = new java.util.TreeMap<>();

    @Test
    void noCallerReachesWhatItDoesNotManage() throws Exception {
        String db = Chaos.uniqueDbName("authz");
        Chaos.createDatabase(db);
        Path keys = Chaos.keyDir(db);
        try (Chaos.Instance app = Chaos.Instance.start("authz", Chaos.jdbcUrl(db), keys, Map.of())) {
            app.awaitReady(Duration.ofSeconds(120));
            run(db, app);
        } finally {
            Chaos.dropDatabase(db);
        }
    }

    private void run(String db, Chaos.Instance app) throws Exception {
        JsonNode spec = HostileInputChaos.readSpec(Path.of("../openapi.yaml"));
        api = new Chaos.Api(app);
        owner = api.newMember("owner");
        World a = world(null);
        World b = world(null);
        manager = api.newManager(a.venue());
        Chaos.Api.Member otherManager = api.newManager(b.venue());
        Chaos.Api.Member member = api.newMember("member");
        Chaos.Api.Member target = api.newMember("target");
        Map<Role, String> tokens = new LinkedHashMap<>();
        tokens.put(Role.ANONYMOUS, null);
        tokens.put(Role.MEMBER, member.token());
        tokens.put(Role.OTHER_MANAGER, otherManager.token());
        tokens.put(Role.MANAGER, manager.token());
        tokens.put(Role.ADMIN, api.adminToken);

        List<String> paths = new ArrayList<>();
        spec.get("paths").fieldNames().forEachRemaining(paths::add);
        for (String path : paths) {
            JsonNode item = spec.get("paths").get(path);
            if (!KNOWN_IDS.containsAll(HostileInputChaos.pathParams(path)) || CAPABILITY_URLS.contains(path)) {
                // Ids this sweep does not create: listed in its output.
                skipped.add(path);
                continue;
            }
            for (String verb : VERBS) {
                JsonNode op = item.get(verb.toLowerCase());
                Rule rule = op == null ? null : ruleOf(verb, path, op);
                for (Map.Entry<Role, String> caller : tokens.entrySet()) {
                    Role role = caller.getKey();
                    boolean allowed = rule != null && allowed(rule, role);
                    // Callers that may change things get objects of their own, so one success does not hide the next.
                    World world = allowed && !verb.equals("GET") && rule != Rule.PUBLIC && rule != Rule.MEMBER ? world(manager) : a;
                    String url = instantiate(path, world.ids(target.id()));
                    Chaos.Answer answer = Chaos.Http.send(verb, app.url(url), caller.getValue(), body(verb, path, world),
                            null, Map.of());
                    check(verb + " " + path + " as " + role, rule, role, answer);
                }
            }
        }

        // Venue B's parent with venue A's child: never found, whoever asks, and A's objects stay.
        Map<String, String> mixedIds = Map.of("venueId", b.venue().toString(), "spaceId", b.space().toString(),
                "closureId", a.closure().toString(), "blockId", a.block().toString());
        for (String path : List.of("/api/v1/venues/{venueId}/closures/{closureId}", "/api/v1/spaces/{spaceId}/blocks/{blockId}")) {
            for (Role role : List.of(Role.OTHER_MANAGER, Role.ADMIN, Role.MANAGER)) {
                Chaos.Answer answer = Chaos.Http.send("DELETE", app.url(instantiate(path, mixedIds)), tokens.get(role), null, null, Map.of());
                cases++;
                Set<Integer> expected = role == Role.MANAGER ? Set.of(403, 404) : Set.of(404);
                if (!expected.contains(answer.status()) || !answer.isProblem()) {
                    failures.add("DELETE " + path + " with B's parent and A's child as " + role + " → " + answer.status() + " " + answer.body());
                }
            }
        }
        // Guessing A's booking id through B's manager, and through the plain member.
        for (String suffix : List.of("", "/cancel", "/approve", "/reject", "/check-in")) {
            for (Role role : List.of(Role.OTHER_MANAGER, Role.MEMBER)) {
                String verb = suffix.isEmpty() ? "GET" : "POST";
                Chaos.Answer answer = Chaos.Http.send(verb, app.url("/api/v1/bookings/" + a.booking() + suffix), tokens.get(role),
                        suffix.isEmpty() ? null : Map.of("reason", "guess"), null, Map.of());
                cases++;
                if (!Set.of(403, 404).contains(answer.status()) || !answer.isProblem()) {
                    failures.add(verb + " /bookings/{A's}" + suffix + " as " + role + " → " + answer.status() + " " + answer.body());
                }
            }
        }

        // The /me paths answer about the caller only: the owner's registration shows in nobody else's /me/events.
        UUID ownersEvent = id(api.call("POST", "/api/v1/events", api.adminToken,
                eventBody(a.venue(), a.space(), LocalDate.now(Chaos.PARIS).plusDays(31), LocalTime.of(9, 0)), 201));
        api.call("POST", "/api/v1/events/" + ownersEvent + "/registrations", owner.token(), null, 201);
        Map<Role, String> withOwner = new LinkedHashMap<>(tokens);
        withOwner.remove(Role.ANONYMOUS);
        for (Map.Entry<Role, String> caller : withOwner.entrySet()) {
            cases++;
            if (myEventIds(caller.getValue()).contains(ownersEvent.toString())) {
                failures.add("GET /me/events as " + caller.getKey() + " shows the owner's registration");
            }
        }
        cases++;
        if (!myEventIds(owner.token()).contains(ownersEvent.toString())) {
            failures.add("GET /me/events as the owner misses the owner's registration");
        }

        try (Connection c = Chaos.connect(db)) {
            long left = Chaos.scalar(c, "SELECT (SELECT count(*) FROM closure WHERE id = '" + a.closure() + "')"
                    + " + (SELECT count(*) FROM block WHERE id = '" + a.block() + "')"
                    + " + (SELECT count(*) FROM booking WHERE id = '" + a.booking() + "' AND status = 'CONFIRMED')"
                    + " + (SELECT count(*) FROM space WHERE id = '" + a.space() + "')"
                    + " + (SELECT count(*) FROM venue WHERE id = '" + a.venue() + "')"
                    + " + (SELECT count(*) FROM community_event WHERE id = '" + a.event() + "' AND status = 'SCHEDULED')");
            cases++;
            if (left != 6) {
                failures.add("venue A's shared objects changed by callers who may not change them: " + left + " of 6 left");
            }
        }
        System.out.printf("authz: %d cases, %d failures; answers by expectation %s%n", cases, failures.size(), outcomes);
        System.out.printf("authz: paths not swept (token-authorised or ids it does not create): %s%n", skipped);
        failures.forEach(f -> System.out.println("authz FAIL " + HostileInputChaos.abbreviate(f, 400)));
        ChaosReport.put(Map.of("authzCases", cases, "authzFailures", failures.size()));
        assertTrue(cases > 500, "cases: " + cases);
        int allowedOk = outcomes.entrySet().stream().filter(e -> e.getKey().matches("allowed 2\\d\\d")).mapToInt(Map.Entry::getValue).sum();
        assertTrue(allowedOk > 80, "allowed callers actually succeed, not just avoid 403: " + outcomes);
        assertEquals(List.of(), failures);
    }

    private void check(String what, Rule rule, Role role, Chaos.Answer answer) {
        cases++;
        int status = answer.status();
        outcomes.merge((rule == null ? "undeclared" : allowed(rule, role) ? "allowed" : "refused") + " " + status, 1, Integer::sum);
        String problem = null;
        if (status >= 500) {
            problem = "server error";
        } else if (status >= 400 && !answer.isProblem()) {
            problem = "not problem+json";
        } else if (rule == null) {
            if (status != 405 && status != 401 && status != 404) {
                problem = "undeclared verb answered";
            }
        } else if (allowed(rule, role)) {
            if (Set.of(401, 403, 404, 405).contains(status)) {
                problem = "refused to an allowed caller";
            }
        } else if (role == Role.ANONYMOUS) {
            if (status != 401) {
                problem = "anonymous not 401";
            }
        } else if (status != 403 && status != 404) {
            problem = "not refused";
        }
        if (problem != null) {
            failures.add(problem + ": " + what + " → " + status + " " + HostileInputChaos.abbreviate(answer.body(), 200));
        }
    }

    static boolean allowed(Rule rule, Role role) {
        return switch (rule) {
            case PUBLIC -> true;
            case MEMBER -> role != Role.ANONYMOUS;
            case OWNER_OR_VENUE, VENUE -> role == Role.MANAGER || role == Role.ADMIN;
            case ANY_MANAGER -> role == Role.MANAGER || role == Role.OTHER_MANAGER || role == Role.ADMIN;
            case ADMIN -> role == Role.ADMIN;
        };
    }

    /** The rule each operation documents in its description. */
    static Rule ruleOf(String verb, String path, JsonNode op) {
        String text = op.path("description").asText(op.path("summary").asText());
        if (op.has("security") && op.get("security").isEmpty() || text.startsWith("Public")) {
            return Rule.PUBLIC;
        }
        if (text.startsWith("Network-admin only")) {
            return Rule.ADMIN;
        }
        if (text.startsWith("Network-admins and venue managers") || text.startsWith("Same filters and rights as /directory")) {
            return Rule.ANY_MANAGER;
        }
        if (text.startsWith("Its member")) {
            return Rule.OWNER_OR_VENUE;
        }
        if (text.startsWith("The venue's managers")) {
            return Rule.VENUE;
        }
        if (text.startsWith("Any member") || path.startsWith("/api/v1/me")) {
            return Rule.MEMBER;
        }
        throw new IllegalStateException("no documented access rule for " + verb + " " + path + ": " + text);
    }

    /** A venue open every day with a space, a closure, a block and a booking by {@link #owner}. */
    private World world(Chaos.Api.Member managedBy) throws Exception {
        UUID venue = api.newVenue("Relais authz " + UUID.randomUUID());
        UUID space = api.newSpace(venue, "OFFICE", "EXCLUSIVE", 2);
        LocalDate day = LocalDate.now(Chaos.PARIS).plusDays(30);
        UUID closure = id(api.call("POST", "/api/v1/venues/" + venue + "/closures", api.adminToken,
                Map.of("from", day.plusDays(20).toString(), "to", day.plusDays(21).toString(), "reason", "authz"), 201));
        UUID block = id(api.call("POST", "/api/v1/spaces/" + space + "/blocks", api.adminToken,
                Map.of("start", Chaos.at(day, LocalTime.of(14, 0)), "end", Chaos.at(day, LocalTime.of(15, 0)), "reason", "authz"), 201));
        UUID booking = id(api.call("POST", "/api/v1/bookings", owner.token(), Map.of("spaceId", space.toString(),
                "start", Chaos.at(day, LocalTime.of(9, 0)), "end", Chaos.at(day, LocalTime.of(10, 0))), 201));
        UUID template = id(api.call("POST", "/api/v1/venues/" + venue + "/agreement-templates", api.adminToken,
                TEMPLATE, 201));
        UUID agreement = id(api.call("POST", "/api/v1/venues/" + venue + "/agreements", owner.token(),
                Map.of("templateId", template.toString(), "motivation", "authz"), 201));
        UUID series = id(api.call("POST", "/api/v1/booking-series", owner.token(), Map.of("spaceId", space.toString(),
                "daysOfWeek", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"),
                "startTime", "11:00", "endTime", "12:00", "from", day.plusDays(1).toString(), "until", day.plusDays(3).toString()), 201));
        UUID event = id(api.call("POST", "/api/v1/events", api.adminToken, eventBody(venue, space, day, LocalTime.of(16, 0)), 201));
        if (managedBy != null) {
            api.call("PUT", "/api/v1/venues/" + venue + "/managers/" + managedBy.id(), api.adminToken, null, 204);
        }
        return new World(venue, space, closure, block, booking, template, agreement, series, event);
    }

    /** An event of two seats (the sweep's spaces hold two people) for an hour from {@code start}. */
    private static Map<String, Object> eventBody(UUID venue, UUID space, LocalDate day, LocalTime start) {
        return Map.of("venueId", venue.toString(), "spaceId", space.toString(), "title", "Rencontre authz",
                "start", Chaos.at(day, start), "end", Chaos.at(day, start.plusHours(1)), "capacity", 2);
    }

    private List<String> myEventIds(String token) throws Exception {
        List<String> ids = new ArrayList<>();
        api.call("GET", "/api/v1/me/events?size=200", token, null, 200).json().get("items")
                .forEach(item -> ids.add(item.get("event").get("id").asText()));
        return ids;
    }

    private static UUID id(Chaos.Answer answer) {
        return UUID.fromString(answer.json().get("id").asText());
    }

    static String instantiate(String path, Map<String, String> ids) {
        String url = path;
        for (String name : HostileInputChaos.pathParams(path)) {
            url = url.replace("{" + name + "}", ids.getOrDefault(name, UUID.randomUUID().toString()));
        }
        return url;
    }

    /** A valid body for the operation, so that only authorisation can refuse it. */
    private Object body(String verb, String path, World world) {
        if (verb.equals("GET") || verb.equals("DELETE")) {
            return null;
        }
        LocalDate day = LocalDate.now(Chaos.PARIS).plusDays(days.incrementAndGet() % 300 + 31);
        Map<String, Object> venue = Map.of("name", "Relais " + UUID.randomUUID(), "kind", "THIRD_PLACE", "commune", "Orpierre",
                "latitude", 44.31, "longitude", 5.69);
        Map<String, Object> space = Map.of("name", "Bureau " + UUID.randomUUID(), "kind", "OFFICE", "capacity", 2,
                "bookingMode", "EXCLUSIVE", "equipment", List.of(), "rules", Map.of("maxAdvanceDays", 730));
        Map<String, Object> body = switch (path) {
            case "/api/v1/auth/register" -> Map.of("email", "authz-" + UUID.randomUUID() + "@example.org",
                    "password", Chaos.MEMBER_PASSWORD, "displayName", "Authz");
            case "/api/v1/auth/token" -> Map.of("email", owner.email(), "password", Chaos.MEMBER_PASSWORD);
            case "/api/v1/bookings" -> Map.of("spaceId", world.space().toString(), "start", Chaos.at(day, LocalTime.of(10, 0)),
                    "end", Chaos.at(day, LocalTime.of(11, 0)));
            case "/api/v1/bookings/{bookingId}/cancel", "/api/v1/bookings/{bookingId}/approve", "/api/v1/bookings/{bookingId}/reject" ->
                    Map.of("reason", "authz");
            case "/api/v1/venues", "/api/v1/venues/{venueId}" -> venue;
            case "/api/v1/spaces/{spaceId}", "/api/v1/venues/{venueId}/spaces" -> space;
            case "/api/v1/spaces/{spaceId}/blocks" -> Map.of("start", Chaos.at(day, LocalTime.of(8, 0)),
                    "end", Chaos.at(day, LocalTime.of(9, 0)), "reason", "authz");
            case "/api/v1/venues/{venueId}/closures" -> Map.of("from", day.toString(), "to", day.toString(), "reason", "authz");
            case "/api/v1/venues/{venueId}/agreement-templates", "/api/v1/agreement-templates/{templateId}" -> TEMPLATE;
            case "/api/v1/agreements/{agreementId}/reject", "/api/v1/agreements/{agreementId}/terminate",
                 "/api/v1/booking-series/{seriesId}/cancel" -> Map.of("reason", "authz");
            case "/api/v1/events", "/api/v1/events/{eventId}" -> eventBody(world.venue(), world.space(), day, LocalTime.of(15, 0));
            case "/api/v1/events/{eventId}/cancel" -> Map.of("reason", "authz");
            case "/api/v1/venues/{venueId}/opening-hours" -> Map.of("weekly",
                    List.of(Map.of("day", "MONDAY", "opens", "08:00", "closes", "18:00")), "publicHolidays", "OPEN");
            default -> new HashMap<>();
        };
        return body.isEmpty() && path.contains("/managers/") ? null : body;
    }
}
