package fr.coopconnect.community;

import fr.coopconnect.support.Fixtures;
import fr.coopconnect.support.TestCalendar;
import fr.coopconnect.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.coopconnect.support.Fixtures.anonymous;
import static fr.coopconnect.support.Fixtures.asAdmin;
import static fr.coopconnect.support.TestCalendar.at;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
public class EventResourceTest {

    public static final LocalDate THURSDAY = TestCalendar.next(DayOfWeek.THURSDAY, 14);

    @AfterEach
    void realTimeAgain() {
        TestClock.reset();
    }

    public static Map<String, Object> event(UUID venueId, UUID spaceId, LocalDate date, String from, String to, int capacity) {
        Map<String, Object> body = new HashMap<>();
        body.put("venueId", venueId.toString());
        body.put("spaceId", spaceId.toString());
        body.put("title", "Atelier cybersécurité");
        body.put("description", "Sécuriser son poste de télétravail");
        body.put("start", at(date, from));
        body.put("end", at(date, to));
        body.put("capacity", capacity);
        return body;
    }

    public static String create(Map<String, Object> body) {
        return asAdmin().body(body).post("/api/v1/events").then().statusCode(201).extract().path("id");
    }

    public static UUID room(UUID venueId) {
        return Fixtures.newSpace(venueId, "MEETING_ROOM", "EXCLUSIVE", 20, Map.of());
    }

    @Test
    void aManagerCreatesAnEventThatBooksItsSpaceAndEveryoneSeesIt() {
        String runTag = UUID.randomUUID().toString();
        String commune = "Montéglin-" + runTag;
        UUID venueId = Fixtures.newRelay(commune);
        UUID roomId = room(venueId);
        Fixtures.Account manager = Fixtures.newManager(venueId);
        String id = manager.as().body(event(venueId, roomId, THURSDAY, "14:00", "16:00", 12)).post("/api/v1/events")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/events/"))
                .body("status", equalTo("SCHEDULED")).body("capacity", equalTo(12))
                .body("registered", equalTo(0)).body("waitlisted", equalTo(0))
                .body("start", equalTo(at(THURSDAY, "14:00"))).body("commune", equalTo(commune))
                .body("bookingId", notNullValue())
                .extract().path("id");
        String bookingId = anonymous().get("/api/v1/events/" + id).then().statusCode(200)
                .body("title", equalTo("Atelier cybersécurité")).extract().path("bookingId");
        manager.as().get("/api/v1/bookings/" + bookingId).then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("start", equalTo(at(THURSDAY, "14:00")));
        Fixtures.newMember().as().body(Map.of("spaceId", roomId.toString(), "start", at(THURSDAY, "15:00"),
                "end", at(THURSDAY, "16:00"))).post("/api/v1/bookings").then().statusCode(409)
                .body("type", equalTo("urn:coopconnect:problem:slot-taken"));

        anonymous().queryParam("venueId", venueId.toString()).get("/api/v1/events").then().statusCode(200)
                .body("items.id", equalTo(List.of(id))).body("total", equalTo(1));
        anonymous().queryParam("commune", "montéglin-" + runTag.toUpperCase()).queryParam("from", at(THURSDAY, "00:00"))
                .queryParam("to", at(THURSDAY.plusDays(1), "00:00")).get("/api/v1/events").then().statusCode(200)
                .body("items.id", equalTo(List.of(id)));
        anonymous().queryParam("venueId", venueId.toString()).queryParam("from", at(THURSDAY, "16:00"))
                .get("/api/v1/events").then().statusCode(200).body("total", equalTo(0));
        anonymous().queryParam("from", at(THURSDAY, "16:00")).queryParam("to", at(THURSDAY, "15:00"))
                .get("/api/v1/events").then().statusCode(400).body("errors.field", hasItem("to"));
        anonymous().queryParam("venueId", "nope").get("/api/v1/events").then().statusCode(400);
        anonymous().get("/api/v1/events/" + UUID.randomUUID()).then().statusCode(404)
                .contentType(containsString("application/problem+json"));
    }

    @Test
    void creatingAnEventKeepsEveryBookingRule() {
        UUID venueId = Fixtures.newRelay();
        UUID roomId = room(venueId);
        Fixtures.newMember().as().body(Map.of("spaceId", roomId.toString(), "start", at(THURSDAY, "09:00"),
                "end", at(THURSDAY, "10:00"))).post("/api/v1/bookings").then().statusCode(201);
        asAdmin().body(event(venueId, roomId, THURSDAY, "09:30", "11:00", 10)).post("/api/v1/events").then().statusCode(409)
                .body("type", equalTo("urn:coopconnect:problem:slot-taken"));
        asAdmin().body(event(venueId, roomId, THURSDAY, "11:00", "13:00", 10)).post("/api/v1/events").then().statusCode(422)
                .body("type", equalTo("urn:coopconnect:problem:outside-opening-hours"));
        asAdmin().body(event(venueId, roomId, THURSDAY.plusDays(2), "10:00", "11:00", 10)).post("/api/v1/events")
                .then().statusCode(422).body("type", equalTo("urn:coopconnect:problem:outside-opening-hours"));
        asAdmin().body(event(venueId, roomId, LocalDate.now(TestCalendar.PARIS).minusDays(7), "10:00", "11:00", 10))
                .post("/api/v1/events").then().statusCode(422).body("type", equalTo("urn:coopconnect:problem:booking-in-past"));
        asAdmin().body(event(venueId, roomId, THURSDAY, "14:00", "15:00", 21)).post("/api/v1/events").then().statusCode(422)
                .body("type", equalTo("urn:coopconnect:problem:event-over-space-capacity"))
                .body("detail", equalTo("Cet espace accueille 20 personnes au plus."));
        asAdmin().body(event(venueId, roomId, THURSDAY, "15:00", "14:00", 10)).post("/api/v1/events").then().statusCode(400)
                .body("errors.field", hasItem("end"));
        asAdmin().body(event(venueId, room(Fixtures.newRelay()), THURSDAY, "14:00", "15:00", 10)).post("/api/v1/events")
                .then().statusCode(400).body("errors.field", hasItem("spaceId"));
        Map<String, Object> untitled = event(venueId, roomId, THURSDAY, "14:00", "15:00", 0);
        untitled.remove("title");
        asAdmin().body(untitled).post("/api/v1/events").then().statusCode(400)
                .body("errors.field", hasItem(containsString("title")))
                .body("errors.field", hasItem(containsString("capacity")));
        asAdmin().body(event(UUID.randomUUID(), roomId, THURSDAY, "14:00", "15:00", 10)).post("/api/v1/events")
                .then().statusCode(404);
    }

    @Test
    void onlyTheVenuesManagersAndNetworkAdminsManageEvents() {
        UUID venueId = Fixtures.newRelay();
        UUID roomId = room(venueId);
        Map<String, Object> body = event(venueId, roomId, THURSDAY, "14:00", "15:00", 10);
        anonymous().body(body).post("/api/v1/events").then().statusCode(401);
        Fixtures.newMember().as().body(body).post("/api/v1/events").then().statusCode(403)
                .contentType(containsString("application/problem+json"));
        Fixtures.newManager(Fixtures.newVenue()).as().body(body).post("/api/v1/events").then().statusCode(403);
        String id = create(body);
        for (Fixtures.Account outsider : List.of(Fixtures.newMember(), Fixtures.newManager(Fixtures.newVenue()))) {
            outsider.as().body(body).put("/api/v1/events/" + id).then().statusCode(403);
            outsider.as().post("/api/v1/events/" + id + "/cancel").then().statusCode(403);
            outsider.as().get("/api/v1/events/" + id + "/registrations").then().statusCode(403);
        }
        anonymous().body(body).put("/api/v1/events/" + id).then().statusCode(401);
        anonymous().post("/api/v1/events/" + id + "/cancel").then().statusCode(401);
        anonymous().get("/api/v1/events/" + id + "/registrations").then().statusCode(401);
        anonymous().post("/api/v1/events/" + id + "/registrations").then().statusCode(401);
        anonymous().delete("/api/v1/events/" + id + "/registrations/me").then().statusCode(401);
        Fixtures.newManager(venueId).as().get("/api/v1/events/" + id + "/registrations").then().statusCode(200);
        asAdmin().body(body).put("/api/v1/events/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void membersRegisterUpToTheCapacityThenWaitAndArePromotedInOrder() {
        UUID venueId = Fixtures.newRelay();
        String id = create(event(venueId, room(venueId), THURSDAY, "14:00", "16:00", 2));
        List<Fixtures.Account> members = List.of(Fixtures.newMember(), Fixtures.newMember(), Fixtures.newMember(),
                Fixtures.newMember());
        members.get(0).as().post("/api/v1/events/" + id + "/registrations").then().statusCode(201)
                .body("status", equalTo("REGISTERED")).body("waitlistPosition", nullValue())
                .body("memberId", equalTo(members.get(0).id().toString()));
        members.get(1).as().post("/api/v1/events/" + id + "/registrations").then().statusCode(201)
                .body("status", equalTo("REGISTERED"));
        members.get(2).as().post("/api/v1/events/" + id + "/registrations").then().statusCode(201)
                .body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(1));
        members.get(3).as().post("/api/v1/events/" + id + "/registrations").then().statusCode(201)
                .body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(2));
        members.get(0).as().post("/api/v1/events/" + id + "/registrations").then().statusCode(409)
                .body("type", equalTo("urn:coopconnect:problem:already-registered"));
        members.get(3).as().header("Accept-Language", "en").post("/api/v1/events/" + id + "/registrations").then()
                .statusCode(409).body("detail", equalTo("You are already registered for this event or on its waiting list."));

        String publicJson = anonymous().get("/api/v1/events/" + id).then().statusCode(200)
                .body("registered", equalTo(2)).body("waitlisted", equalTo(2)).extract().asString();
        assertFalse(publicJson.contains(members.get(0).id().toString()), "public JSON never says who registered");
        assertFalse(publicJson.contains("Camille"), "public JSON never names registrants");

        members.get(1).as().delete("/api/v1/events/" + id + "/registrations/me").then().statusCode(204);
        members.get(1).as().delete("/api/v1/events/" + id + "/registrations/me").then().statusCode(409)
                .body("type", equalTo("urn:coopconnect:problem:not-registered"));
        Fixtures.Account manager = Fixtures.newManager(venueId);
        manager.as().get("/api/v1/events/" + id + "/registrations").then().statusCode(200)
                .body("memberId", equalTo(List.of(members.get(0).id().toString(), members.get(2).id().toString(),
                        members.get(3).id().toString())))
                .body("status", equalTo(List.of("REGISTERED", "REGISTERED", "WAITLISTED")))
                .body("waitlistPosition[2]", equalTo(1)).body("memberName[0]", equalTo("Camille Test"));

        members.get(1).as().post("/api/v1/events/" + id + "/registrations").then().statusCode(201)
                .body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(2));
        members.get(3).as().delete("/api/v1/events/" + id + "/registrations/me").then().statusCode(204);
        anonymous().get("/api/v1/events/" + id).then().body("registered", equalTo(2)).body("waitlisted", equalTo(1));
    }

    @Test
    void editingAnEventRebooksItsTimeAndNeverDropsARegisteredMember() {
        UUID venueId = Fixtures.newRelay();
        UUID roomId = room(venueId);
        Map<String, Object> body = event(venueId, roomId, THURSDAY, "14:00", "15:00", 2);
        String id = create(body);
        String oldBooking = anonymous().get("/api/v1/events/" + id).then().extract().path("bookingId");
        List<Fixtures.Account> members = List.of(Fixtures.newMember(), Fixtures.newMember(), Fixtures.newMember());
        members.forEach(m -> m.as().post("/api/v1/events/" + id + "/registrations").then().statusCode(201));

        body.put("capacity", 1);
        asAdmin().body(body).put("/api/v1/events/" + id).then().statusCode(422)
                .body("type", equalTo("urn:coopconnect:problem:capacity-below-registered"))
                .body("detail", equalTo("2 personnes sont déjà inscrites : la jauge ne peut pas descendre en dessous."));
        body.put("capacity", 3);
        body.put("title", "Atelier cybersécurité (2e session)");
        asAdmin().body(body).put("/api/v1/events/" + id).then().statusCode(200)
                .body("registered", equalTo(3)).body("waitlisted", equalTo(0))
                .body("title", equalTo("Atelier cybersécurité (2e session)")).body("bookingId", equalTo(oldBooking));

        Fixtures.newMember().as().body(Map.of("spaceId", roomId.toString(), "start", at(THURSDAY, "09:00"),
                "end", at(THURSDAY, "10:00"))).post("/api/v1/bookings").then().statusCode(201);
        body.put("start", at(THURSDAY, "09:00"));
        body.put("end", at(THURSDAY, "10:00"));
        asAdmin().body(body).put("/api/v1/events/" + id).then().statusCode(409)
                .body("type", equalTo("urn:coopconnect:problem:slot-taken"));
        asAdmin().get("/api/v1/bookings/" + oldBooking).then().body("status", equalTo("CONFIRMED"));

        body.put("start", at(THURSDAY, "14:30"));
        body.put("end", at(THURSDAY, "16:00"));
        String newBooking = asAdmin().body(body).put("/api/v1/events/" + id).then().statusCode(200)
                .body("start", equalTo(at(THURSDAY, "14:30"))).extract().path("bookingId");
        assertTrue(!newBooking.equals(oldBooking), "moved: a new booking");
        asAdmin().get("/api/v1/bookings/" + oldBooking).then().body("status", equalTo("CANCELLED"));
        asAdmin().get("/api/v1/bookings/" + newBooking).then().body("status", equalTo("CONFIRMED"))
                .body("end", equalTo(at(THURSDAY, "16:00")));

        body.put("venueId", Fixtures.newRelay().toString());
        asAdmin().body(body).put("/api/v1/events/" + id).then().statusCode(400).body("errors.field", hasItem("venueId"));
    }

    @Test
    void cancellingFreesTheSpaceAndClosesRegistration() throws Exception {
        UUID venueId = Fixtures.newRelay();
        UUID roomId = room(venueId);
        String id = create(event(venueId, roomId, THURSDAY, "14:00", "15:00", 5));
        Fixtures.Account member = Fixtures.newMember();
        member.as().post("/api/v1/events/" + id + "/registrations").then().statusCode(201);
        String bookingId = asAdmin().body(Map.of("reason", "Intervenant malade")).post("/api/v1/events/" + id + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED")).extract().path("bookingId");
        asAdmin().get("/api/v1/bookings/" + bookingId).then().body("status", equalTo("CANCELLED"))
                .body("statusReason", equalTo("Intervenant malade"));
        asAdmin().post("/api/v1/events/" + id + "/cancel").then().statusCode(409)
                .body("type", equalTo("urn:coopconnect:problem:event-cancelled"));
        Fixtures.newMember().as().post("/api/v1/events/" + id + "/registrations").then().statusCode(409)
                .body("type", equalTo("urn:coopconnect:problem:event-cancelled"));
        asAdmin().body(event(venueId, roomId, THURSDAY, "14:00", "15:00", 5)).put("/api/v1/events/" + id).then().statusCode(409);
        Fixtures.newMember().as().body(Map.of("spaceId", roomId.toString(), "start", at(THURSDAY, "14:00"),
                "end", at(THURSDAY, "15:00"))).post("/api/v1/bookings").then().statusCode(201);
    }

    @Test
    void aStartedEventTakesNoMoreRegistrations() {
        UUID venueId = Fixtures.newRelay();
        String id = create(event(venueId, room(venueId), THURSDAY, "14:00", "15:00", 5));
        Fixtures.Account member = Fixtures.newMember();
        Fixtures.Account late = Fixtures.newMember();
        member.as().post("/api/v1/events/" + id + "/registrations").then().statusCode(201);
        TestClock.set(OffsetDateTime.parse(at(THURSDAY, "14:00")).toInstant());
        late.as().post("/api/v1/events/" + id + "/registrations").then().statusCode(422)
                .body("type", equalTo("urn:coopconnect:problem:event-started"))
                .body("detail", equalTo("Cette rencontre a déjà commencé ou est passée : les inscriptions sont closes."));
        member.as().delete("/api/v1/events/" + id + "/registrations/me").then().statusCode(422);
    }

    @Test
    void eventsAppearInThePublicFeedAndInEachRegistrantsPrivateFeed() {
        UUID venueId = Fixtures.newRelay();
        String id = create(event(venueId, room(venueId), THURSDAY, "14:00", "15:00", 1));
        String cancelled = create(event(venueId, room(venueId), THURSDAY, "10:00", "11:00", 5));
        Fixtures.Account seated = Fixtures.newMember();
        Fixtures.Account waiting = Fixtures.newMember();
        seated.as().post("/api/v1/events/" + id + "/registrations").then().statusCode(201);
        waiting.as().post("/api/v1/events/" + id + "/registrations").then().statusCode(201);
        seated.as().post("/api/v1/events/" + cancelled + "/registrations").then().statusCode(201);
        asAdmin().post("/api/v1/events/" + cancelled + "/cancel").then().statusCode(200);

        String feed = RestAssured.given().get("/api/v1/events.ics").then().statusCode(200)
                .contentType(containsString("text/calendar")).extract().asString().replace("\r\n ", "");
        assertTrue(feed.contains("UID:event-" + id + "@coopconnect"), feed);
        assertTrue(feed.contains("SUMMARY:Atelier cybersécurité – "), feed);
        assertFalse(feed.contains(seated.id().toString()), "the public feed never says who registered");

        String seatedFeed = privateFeed(seated);
        assertTrue(seatedFeed.contains("UID:event-" + id + "@coopconnect"), seatedFeed);
        String cancelledEvent = vevent(seatedFeed, "event-" + cancelled);
        assertTrue(cancelledEvent.contains("STATUS:CANCELLED"), cancelledEvent);
        String waitingEvent = vevent(privateFeed(waiting), "event-" + id);
        assertTrue(waitingEvent.contains("STATUS:TENTATIVE"), waitingEvent);
        assertTrue(waitingEvent.contains("(liste d'attente)"), waitingEvent);
        assertEquals(-1, privateFeed(Fixtures.newMember()).indexOf("event-"));
    }

    public static String privateFeed(Fixtures.Account member) {
        String token = member.as().get("/api/v1/me/calendar-token").then().statusCode(200).extract().path("token");
        return RestAssured.given().queryParam("token", token).get("/api/v1/me/calendar.ics").then().statusCode(200)
                .extract().asString().replace("\r\n ", "");
    }

    /** The VEVENT with that UID prefix, unfolded. */
    public static String vevent(String ics, String uid) {
        for (String part : ics.split("BEGIN:VEVENT")) {
            if (part.contains("UID:" + uid)) {
                return part.substring(0, part.indexOf("END:VEVENT"));
            }
        }
        throw new AssertionError("no VEVENT " + uid + " in " + ics);
    }
}
