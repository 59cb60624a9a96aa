package fr.coopconnect.booking;

import fr.coopconnect.support.Fixtures;
import fr.coopconnect.support.TestCalendar;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.coopconnect.support.Fixtures.anonymous;
import static fr.coopconnect.support.Fixtures.asAdmin;
import static fr.coopconnect.support.TestCalendar.at;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class BookingResourceTest {

    static final LocalDate TUESDAY = TestCalendar.next(DayOfWeek.TUESDAY, 14);

    static Map<String, Object> booking(UUID spaceId, LocalDate date, String from, String to) {
        Map<String, Object> body = new HashMap<>();
        body.put("spaceId", spaceId.toString());
        body.put("start", at(date, from));
        body.put("end", at(date, to));
        return body;
    }

    static UUID office(UUID venueId, Map<String, Object> rules) {
        return Fixtures.newSpace(venueId, "OFFICE", "EXCLUSIVE", 3, rules);
    }

    @Test
    void booksAnOfficeAndShowsItToItsMemberAndTheVenueManagers() {
        UUID venueId = Fixtures.newRelay();
        UUID spaceId = office(venueId, Map.of());
        Fixtures.Account member = Fixtures.newMember();
        Map<String, Object> body = booking(spaceId, TUESDAY, "09:00", "11:00");
        body.put("note", "Visio client");
        String id = member.as().body(body).post("/api/v1/bookings")
                .then().statusCode(201)
                .header("Location", notNullValue())
                .body("status", equalTo("CONFIRMED"))
                .body("spaceId", equalTo(spaceId.toString()))
                .body("venueId", equalTo(venueId.toString()))
                .body("memberId", equalTo(member.id().toString()))
                .body("start", equalTo(at(TUESDAY, "09:00")))
                .body("end", equalTo(at(TUESDAY, "11:00")))
                .body("seats", equalTo(1))
                .body("note", equalTo("Visio client"))
                .extract().path("id");

        member.as().get("/api/v1/bookings/" + id).then().statusCode(200).body("memberName", nullValue());
        Fixtures.newManager(venueId).as().get("/api/v1/bookings/" + id).then().statusCode(200)
                .body("memberName", equalTo("Camille Test"));
        asAdmin().get("/api/v1/bookings/" + id).then().statusCode(200);
        Fixtures.newMember().as().get("/api/v1/bookings/" + id).then().statusCode(404);
        Fixtures.newManager(Fixtures.newVenue()).as().get("/api/v1/bookings/" + id).then().statusCode(404);
        anonymous().get("/api/v1/bookings/" + id).then().statusCode(401);

        member.as().get("/api/v1/me/bookings").then().statusCode(200).body("id", hasItem(id));
        member.as().queryParam("status", "CANCELLED").get("/api/v1/me/bookings").then().statusCode(200).body("size()", equalTo(0));
        Fixtures.newManager(venueId).as().get("/api/v1/venues/" + venueId + "/bookings").then().statusCode(200)
                .body("id", hasItem(id)).body("memberName", hasItem("Camille Test"));
        member.as().get("/api/v1/venues/" + venueId + "/bookings").then().statusCode(403);
        anonymous().body(body).post("/api/v1/bookings").then().statusCode(401);
    }

    @Test
    void aTakenSlotIsAConflictButBackToBackIsFine() {
        UUID spaceId = office(Fixtures.newRelay(), Map.of());
        Fixtures.newMember().as().body(booking(spaceId, TUESDAY, "09:00", "11:00")).post("/api/v1/bookings").then().statusCode(201);
        Fixtures.newMember().as().body(booking(spaceId, TUESDAY, "10:00", "12:00")).post("/api/v1/bookings")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:coopconnect:problem:slot-taken"));
        Fixtures.newMember().as().body(booking(spaceId, TUESDAY, "11:00", "12:00")).post("/api/v1/bookings").then().statusCode(201);
        Fixtures.newMember().as().body(booking(spaceId, TUESDAY, "08:00", "09:00")).post("/api/v1/bookings").then().statusCode(201);
    }

    @Test
    void theBufferKeepsTimeFreeAfterEachBooking() {
        UUID spaceId = office(Fixtures.newRelay(), Map.of("bufferMinutes", 30));
        Fixtures.newMember().as().body(booking(spaceId, TUESDAY, "09:00", "10:00")).post("/api/v1/bookings").then().statusCode(201);
        Fixtures.newMember().as().body(booking(spaceId, TUESDAY, "10:00", "11:00")).post("/api/v1/bookings").then().statusCode(409);
        Fixtures.newMember().as().body(booking(spaceId, TUESDAY, "08:00", "09:00")).post("/api/v1/bookings").then().statusCode(409);
        Fixtures.newMember().as().body(booking(spaceId, TUESDAY, "10:30", "11:30")).post("/api/v1/bookings").then().statusCode(201);
    }

    @Test
    void everyRuleIsA422WithItsOwnType() {
        UUID venueId = Fixtures.newRelay();
        UUID spaceId = office(venueId, Map.of("minMinutes", 60, "maxMinutes", 180, "slotMinutes", 30));
        Fixtures.Account member = Fixtures.newMember();
        expectRule(member, booking(spaceId, TUESDAY, "11:00", "13:00"), "outside-opening-hours");
        expectRule(member, booking(spaceId, TUESDAY, "16:00", "17:00"), "outside-opening-hours");
        expectRule(member, booking(spaceId, TestCalendar.next(DayOfWeek.SATURDAY, 14), "09:00", "10:00"), "outside-opening-hours");
        expectRule(member, booking(spaceId, TUESDAY, "09:00", "09:30"), "too-short");
        expectRule(member, booking(spaceId, TUESDAY, "08:00", "11:30"), "too-long");
        expectRule(member, booking(spaceId, TUESDAY, "09:15", "10:15"), "not-aligned");
        expectRule(member, booking(spaceId, TUESDAY.minusYears(1), "09:00", "10:00"), "booking-in-past");
        expectRule(member, booking(spaceId, TUESDAY.plusYears(3), "09:00", "10:00"), "too-far-ahead");
        Map<String, Object> twoSeats = booking(spaceId, TUESDAY, "09:00", "10:00");
        twoSeats.put("seats", 2);
        expectRule(member, twoSeats, "invalid-seats");

        asAdmin().body(Map.of("from", TUESDAY.plusDays(1).toString(), "to", TUESDAY.plusDays(2).toString(), "reason", "Inventaire"))
                .post("/api/v1/venues/" + venueId + "/closures").then().statusCode(201);
        expectRule(member, booking(spaceId, TUESDAY.plusDays(1), "09:00", "10:00"), "venue-closed");

        asAdmin().body(Map.of("start", at(TUESDAY, "14:00"), "end", at(TUESDAY, "15:00"), "reason", "Permanence"))
                .post("/api/v1/spaces/" + spaceId + "/blocks").then().statusCode(201);
        expectRule(member, booking(spaceId, TUESDAY, "13:30", "14:30"), "space-blocked");
    }

    @Test
    void noticeHorizonSeatsAndInactiveSpaces() {
        UUID venueId = Fixtures.newVenue();
        Fixtures.setHours(venueId, TestCalendar.weekly(TestCalendar.EVERY_DAY, "00:00-23:30"), true);
        Fixtures.Account member = Fixtures.newMember();
        LocalDate tomorrow = LocalDate.now(TestCalendar.PARIS).plusDays(1);

        UUID noticeSpace = office(venueId, Map.of("minNoticeMinutes", 4 * 24 * 60));
        expectRule(member, booking(noticeSpace, tomorrow, "10:00", "11:00"), "too-soon");

        UUID nearHorizon = office(venueId, Map.of("maxAdvanceDays", 7));
        expectRule(member, booking(nearHorizon, tomorrow.plusDays(10), "10:00", "11:00"), "too-far-ahead");

        UUID room = Fixtures.newSpace(venueId, "COMPUTER_ROOM", "SHARED", 8, Map.of());
        Map<String, Object> nine = booking(room, TUESDAY, "10:00", "11:00");
        nine.put("seats", 9);
        expectRule(member, nine, "too-many-seats");

        Map<String, Object> inactive = Map.of("name", "Fermé", "kind", "DESK", "capacity", 1, "bookingMode", "EXCLUSIVE",
                "active", false, "rules", Map.of("maxAdvanceDays", 730));
        String inactiveId = asAdmin().body(inactive).post("/api/v1/venues/" + venueId + "/spaces").then().statusCode(201).extract().path("id");
        expectRule(member, booking(UUID.fromString(inactiveId), TUESDAY, "10:00", "11:00"), "space-inactive");
    }

    @Test
    void aPublicHolidayIsClosedUnlessTheVenueOpens() {
        UUID venueId = Fixtures.newVenue();
        Fixtures.setHours(venueId, TestCalendar.weekly(TestCalendar.EVERY_DAY, "08:00-18:00"), false);
        UUID spaceId = office(venueId, Map.of());
        LocalDate holiday = nextFixedHoliday();
        Fixtures.Account member = Fixtures.newMember();
        expectRule(member, booking(spaceId, holiday, "09:00", "10:00"), "outside-opening-hours");
        Fixtures.setHours(venueId, TestCalendar.weekly(TestCalendar.EVERY_DAY, "08:00-18:00"), true);
        member.as().body(booking(spaceId, holiday, "09:00", "10:00")).post("/api/v1/bookings").then().statusCode(201);
    }

    @Test
    void badInputIsA400() {
        UUID spaceId = office(Fixtures.newRelay(), Map.of());
        Fixtures.Account member = Fixtures.newMember();
        member.as().body(booking(spaceId, TUESDAY, "11:00", "09:00")).post("/api/v1/bookings")
                .then().statusCode(400).body("errors[0].field", equalTo("end"));
        member.as().body(Map.of("spaceId", "nope", "start", at(TUESDAY, "09:00"), "end", at(TUESDAY, "10:00")))
                .post("/api/v1/bookings").then().statusCode(400).body("errors[0].field", equalTo("spaceId"));
        member.as().body(Map.of("spaceId", spaceId.toString(), "start", "demain 9h", "end", at(TUESDAY, "10:00")))
                .post("/api/v1/bookings").then().statusCode(400).body("errors[0].field", equalTo("start"));
        member.as().body(Map.of("spaceId", spaceId.toString())).post("/api/v1/bookings")
                .then().statusCode(400).body("errors.field", hasItem("start"));
        member.as().body(booking(UUID.randomUUID(), TUESDAY, "09:00", "10:00")).post("/api/v1/bookings").then().statusCode(404);
        member.as().get("/api/v1/bookings/" + UUID.randomUUID()).then().statusCode(404);
        member.as().queryParam("status", "LOST").get("/api/v1/me/bookings").then().statusCode(400);
    }

    @Test
    void cancellingFreesTheSlotAtOnce() {
        UUID venueId = Fixtures.newRelay();
        UUID spaceId = office(venueId, Map.of());
        Fixtures.Account member = Fixtures.newMember();
        String id = member.as().body(booking(spaceId, TUESDAY, "09:00", "10:00")).post("/api/v1/bookings")
                .then().statusCode(201).extract().path("id");
        Fixtures.newMember().as().post("/api/v1/bookings/" + id + "/cancel").then().statusCode(404);
        Fixtures.newManager(venueId).as().body(Map.of()).post("/api/v1/bookings/" + id + "/cancel")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        member.as().post("/api/v1/bookings/" + id + "/cancel").then().statusCode(200).body("status", equalTo("CANCELLED"));
        member.as().post("/api/v1/bookings/" + id + "/cancel").then().statusCode(409);
        Fixtures.newMember().as().body(booking(spaceId, TUESDAY, "09:00", "10:00")).post("/api/v1/bookings").then().statusCode(201);
    }

    @Test
    void managersCancelWithAReason() {
        UUID venueId = Fixtures.newRelay();
        String id = Fixtures.newMember().as().body(booking(office(venueId, Map.of()), TUESDAY, "09:00", "10:00"))
                .post("/api/v1/bookings").then().statusCode(201).extract().path("id");
        Fixtures.newManager(venueId).as().body(Map.of("reason", "Salle inondée")).post("/api/v1/bookings/" + id + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED")).body("statusReason", equalTo("Salle inondée"));
    }

    @Test
    void approvalFlow() {
        UUID venueId = Fixtures.newRelay();
        UUID spaceId = office(venueId, Map.of("requiresApproval", true));
        Fixtures.Account member = Fixtures.newMember();
        String first = member.as().body(booking(spaceId, TUESDAY, "09:00", "10:00")).post("/api/v1/bookings")
                .then().statusCode(201).body("status", equalTo("PENDING")).extract().path("id");
        // A pending booking holds its slot.
        Fixtures.newMember().as().body(booking(spaceId, TUESDAY, "09:00", "10:00")).post("/api/v1/bookings").then().statusCode(409);
        member.as().post("/api/v1/bookings/" + first + "/approve").then().statusCode(403);
        Fixtures.Account manager = Fixtures.newManager(venueId);
        manager.as().post("/api/v1/bookings/" + first + "/approve").then().statusCode(200).body("status", equalTo("CONFIRMED"));
        manager.as().post("/api/v1/bookings/" + first + "/approve").then().statusCode(409);

        String second = member.as().body(booking(spaceId, TUESDAY, "10:00", "11:00")).post("/api/v1/bookings")
                .then().statusCode(201).extract().path("id");
        manager.as().body(Map.of()).post("/api/v1/bookings/" + second + "/reject").then().statusCode(400);
        manager.as().body(Map.of("reason", "Réservé aux associations ce jour-là")).post("/api/v1/bookings/" + second + "/reject")
                .then().statusCode(200).body("status", equalTo("REJECTED"));
        Fixtures.newMember().as().body(booking(spaceId, TUESDAY, "10:00", "11:00")).post("/api/v1/bookings").then().statusCode(201);
    }

    @Test
    void theSameIdempotencyKeyReturnsTheFirstAnswerAndBooksOnce() {
        UUID spaceId = office(Fixtures.newRelay(), Map.of());
        Fixtures.Account member = Fixtures.newMember();
        Map<String, Object> body = booking(spaceId, TUESDAY, "09:00", "10:00");
        String first = member.as().header("Idempotency-Key", "retry-42").body(body).post("/api/v1/bookings")
                .then().statusCode(201).extract().asString();
        String again = member.as().header("Idempotency-Key", "retry-42").body(body).post("/api/v1/bookings")
                .then().statusCode(201).extract().asString();
        assertEquals(first, again);
        member.as().get("/api/v1/me/bookings").then().body("size()", equalTo(1));

        Map<String, Object> other = booking(spaceId, TUESDAY, "10:00", "11:00");
        member.as().header("Idempotency-Key", "retry-42").body(other).post("/api/v1/bookings")
                .then().statusCode(422).body("type", equalTo("urn:coopconnect:problem:idempotency-key-reused"));
        // Keys belong to their member: another member's identical key books for them.
        Fixtures.newMember().as().header("Idempotency-Key", "retry-42").body(other).post("/api/v1/bookings")
                .then().statusCode(201).body("id", not(equalTo(first)));
    }

    private static void expectRule(Fixtures.Account member, Map<String, Object> body, String rule) {
        Response response = member.as().body(body).post("/api/v1/bookings");
        response.then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:coopconnect:problem:" + rule))
                .body("detail", notNullValue());
    }

    /** The next of France's fixed-date public holidays falling on a weekday, at least a week ahead. */
    private static LocalDate nextFixedHoliday() {
        List<MonthDay> fixed = List.of(MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(5, 8), MonthDay.of(7, 14),
                MonthDay.of(8, 15), MonthDay.of(11, 1), MonthDay.of(11, 11), MonthDay.of(12, 25));
        LocalDate day = LocalDate.now(TestCalendar.PARIS).plusDays(7);
        while (!fixed.contains(MonthDay.from(day)) || day.getDayOfWeek().getValue() > 5) {
            day = day.plusDays(1);
        }
        return day;
    }
}
