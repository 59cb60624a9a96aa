package fr.coopconnect.booking;

import fr.coopconnect.support.Fixtures;
import fr.coopconnect.support.TestCalendar;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class BookingSeriesResourceTest {

    static final String PATH = "/api/v1/booking-series";

    /** A Monday at least two weeks ahead: the series below run over the two weeks that follow it. */
    static final LocalDate MONDAY = TestCalendar.next(DayOfWeek.MONDAY, 14);

    @Inject
    EntityManager em;

    static Map<String, Object> series(UUID spaceId, List<String> days, LocalDate from, LocalDate until) {
        Map<String, Object> body = new HashMap<>();
        body.put("spaceId", spaceId.toString());
        body.put("daysOfWeek", days);
        body.put("startTime", "09:00");
        body.put("endTime", "12:00");
        body.put("from", from.toString());
        body.put("until", until.toString());
        return body;
    }

    static UUID office(UUID venueId, Map<String, Object> rules) {
        return Fixtures.newSpace(venueId, "OFFICE", "EXCLUSIVE", 3, rules);
    }

    static void bookOnce(UUID spaceId, LocalDate date, String from, String to) {
        Fixtures.newMember().as().body(BookingResourceTest.booking(spaceId, date, from, to)).post("/api/v1/bookings")
                .then().statusCode(201);
    }

    @Test
    void aDryRunTellsFreeConflictAndSkippedDatesAndBooksNothing() {
        UUID venueId = Fixtures.newRelay();
        UUID spaceId = office(venueId, Map.of());
        LocalDate secondMonday = MONDAY.plusDays(7);
        LocalDate secondWednesday = MONDAY.plusDays(9);
        bookOnce(spaceId, MONDAY, "11:00", "12:00");
        asAdmin().body(Map.of("start", at(secondMonday, "08:00"), "end", at(secondMonday, "10:00"), "reason", "Permanence CAF"))
                .post("/api/v1/spaces/" + spaceId + "/blocks").then().statusCode(201);
        asAdmin().body(Map.of("from", secondWednesday.toString(), "to", secondWednesday.toString(), "reason", "Inventaire"))
                .post("/api/v1/venues/" + venueId + "/closures").then().statusCode(201);
        Fixtures.Account member = Fixtures.newMember();

        member.as().queryParam("dryRun", true)
                .body(series(spaceId, List.of("MONDAY", "WEDNESDAY", "SATURDAY"), MONDAY, MONDAY.plusDays(13)))
                .post(PATH).then().statusCode(200)
                .body("dates.date", contains(MONDAY.toString(), MONDAY.plusDays(2).toString(), MONDAY.plusDays(5).toString(),
                        secondMonday.toString(), secondWednesday.toString(), MONDAY.plusDays(12).toString()))
                .body("dates.status", contains("CONFLICT", "FREE", "SKIPPED", "CONFLICT", "SKIPPED", "SKIPPED"))
                .body("dates.reason", contains("slot-taken", null, "outside-opening-hours", "space-blocked", "venue-closed",
                        "outside-opening-hours"))
                .body("dates[1].start", equalTo(at(MONDAY.plusDays(2), "09:00")))
                .body("dates[1].end", equalTo(at(MONDAY.plusDays(2), "12:00")))
                .body("dates[0].detail", notNullValue());

        member.as().get("/api/v1/me/bookings").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void publicHolidaysAreSkippedWhenTheVenueClosesOnThem() {
        UUID venueId = Fixtures.newVenue();
        Fixtures.setHours(venueId, TestCalendar.weekly(TestCalendar.EVERY_DAY, "08:00-18:00"), false);
        UUID spaceId = office(venueId, Map.of());
        LocalDate holiday = nextFixedHoliday();
        Fixtures.newMember().as().queryParam("dryRun", true)
                .body(series(spaceId, List.of(holiday.getDayOfWeek().name()), holiday, holiday.plusDays(6)))
                .post(PATH).then().statusCode(200)
                .body("dates.date", contains(holiday.toString()))
                .body("dates.status", contains("SKIPPED"))
                .body("dates.reason", contains("outside-opening-hours"));
        Fixtures.setHours(venueId, TestCalendar.weekly(TestCalendar.EVERY_DAY, "08:00-18:00"), true);
        Fixtures.newMember().as().queryParam("dryRun", true)
                .body(series(spaceId, List.of(holiday.getDayOfWeek().name()), holiday, holiday.plusDays(6)))
                .post(PATH).then().statusCode(200)
                .body("dates.status", contains("FREE"));
    }

    @Test
    void oneConflictRefusesTheWholeSeriesAndListsIt() {
        UUID spaceId = office(Fixtures.newRelay(), Map.of());
        LocalDate taken = MONDAY.plusDays(8);
        bookOnce(spaceId, taken, "10:00", "11:00");
        Fixtures.Account member = Fixtures.newMember();

        member.as().header("Accept-Language", "en")
                .body(series(spaceId, List.of("MONDAY", "TUESDAY"), MONDAY, MONDAY.plusDays(13)))
                .post(PATH).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:coopconnect:problem:series-conflict"))
                .body("detail", containsString("One date"))
                .body("conflicts", hasSize(1))
                .body("conflicts[0].date", equalTo(taken.toString()))
                .body("conflicts[0].start", equalTo(at(taken, "09:00")))
                .body("conflicts[0].reason", equalTo("slot-taken"))
                .body("conflicts[0].detail", notNullValue());

        member.as().get("/api/v1/me/bookings").then().statusCode(200).body("size()", equalTo(0));
        // The free dates are still free for anyone.
        bookOnce(spaceId, MONDAY, "09:00", "12:00");
    }

    @Test
    void datesBeyondTheSpaceHorizonAreConflicts() {
        UUID spaceId = office(Fixtures.newRelay(), Map.of("maxAdvanceDays", 20));
        LocalDate from = LocalDate.now(TestCalendar.PARIS).plusDays(1);
        Fixtures.Account member = Fixtures.newMember();
        JsonPath problem = member.as().body(series(spaceId, List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"),
                        from, from.plusDays(40)))
                .post(PATH).then().statusCode(409).extract().jsonPath();
        List<String> reasons = problem.getList("conflicts.reason");
        assertEquals(List.of("too-far-ahead"), reasons.stream().distinct().toList());
        member.as().get("/api/v1/me/bookings").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aSeriesBooksEveryOpenDateAndIsShownToItsMemberAndTheManagers() {
        UUID venueId = Fixtures.newRelay();
        UUID spaceId = office(venueId, Map.of());
        Fixtures.Account member = Fixtures.newMember();
        Map<String, Object> body = series(spaceId, List.of("TUESDAY", "MONDAY", "SUNDAY"), MONDAY, MONDAY.plusDays(27));
        body.put("note", "Télétravail régulier");

        String id = member.as().body(body).post(PATH).then().statusCode(201)
                .header("Location", containsString(PATH + "/"))
                .body("spaceId", equalTo(spaceId.toString()))
                .body("venueId", equalTo(venueId.toString()))
                .body("memberId", equalTo(member.id().toString()))
                .body("daysOfWeek", contains("MONDAY", "TUESDAY", "SUNDAY"))
                .body("startTime", equalTo("09:00"))
                .body("endTime", equalTo("12:00"))
                .body("from", equalTo(MONDAY.toString()))
                .body("until", equalTo(MONDAY.plusDays(27).toString()))
                .body("seats", equalTo(1))
                .body("status", equalTo("ACTIVE"))
                .body("bookings", hasSize(8))
                .body("bookings.status", everyItem(equalTo("CONFIRMED")))
                .body("bookings[0].start", equalTo(at(MONDAY, "09:00")))
                .body("bookings[1].start", equalTo(at(MONDAY.plusDays(1), "09:00")))
                .body("bookings[7].end", equalTo(at(MONDAY.plusDays(22), "12:00")))
                .body("bookings.note", everyItem(equalTo("Télétravail régulier")))
                .extract().path("id");

        member.as().get("/api/v1/me/bookings").then().statusCode(200).body("size()", equalTo(8));
        member.as().get(PATH + "/" + id).then().statusCode(200).body("bookings", hasSize(8));
        Fixtures.newManager(venueId).as().get(PATH + "/" + id).then().statusCode(200)
                .body("bookings.memberName", hasItem("Camille Test"));
        asAdmin().get(PATH + "/" + id).then().statusCode(200);
        Fixtures.newMember().as().get(PATH + "/" + id).then().statusCode(404);
        Fixtures.newManager(Fixtures.newVenue()).as().get(PATH + "/" + id).then().statusCode(404);
        anonymous().get(PATH + "/" + id).then().statusCode(401);
        member.as().get(PATH + "/" + UUID.randomUUID()).then().statusCode(404);

        // The series holds its slots like any booking.
        Fixtures.newMember().as().body(BookingResourceTest.booking(spaceId, MONDAY.plusDays(7), "11:00", "12:00"))
                .post("/api/v1/bookings").then().statusCode(409);
    }

    @Test
    void aSharedSpaceCountsTheSeriesSeats() {
        UUID spaceId = Fixtures.newSpace(Fixtures.newRelay(), "COMPUTER_ROOM", "SHARED", 4, Map.of());
        Map<String, Object> three = series(spaceId, List.of("THURSDAY"), MONDAY, MONDAY.plusDays(13));
        three.put("seats", 3);
        Fixtures.newMember().as().body(three).post(PATH).then().statusCode(201).body("bookings.seats", contains(3, 3));
        Map<String, Object> two = new HashMap<>(three);
        two.put("seats", 2);
        Fixtures.newMember().as().queryParam("dryRun", true).body(two).post(PATH).then().statusCode(200)
                .body("dates.status", contains("CONFLICT", "CONFLICT"));
        Map<String, Object> one = new HashMap<>(three);
        one.put("seats", 1);
        Fixtures.newMember().as().body(one).post(PATH).then().statusCode(201).body("bookings", hasSize(2));
    }

    @Test
    void cancellingASeriesCancelsOnlyWhatHasNotStarted() {
        UUID venueId = Fixtures.newRelay();
        UUID spaceId = office(venueId, Map.of());
        Fixtures.Account member = Fixtures.newMember();
        JsonPath created = member.as().body(series(spaceId, List.of("MONDAY", "WEDNESDAY"), MONDAY, MONDAY.plusDays(9)))
                .post(PATH).then().statusCode(201).extract().jsonPath();
        String id = created.getString("id");
        String pastId = created.getString("bookings[0].id");
        assertEquals(4, created.getList("bookings").size());
        // The first occurrence has already taken place (moved into the past behind the API's back).
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE booking SET starts_at = now() - interval '3 days', "
                + "ends_at = now() - interval '3 days' + interval '3 hours', occupied_until = now() - interval '3 days' + interval '3 hours' "
                + "WHERE id = ?1").setParameter(1, UUID.fromString(pastId)).executeUpdate());

        Fixtures.newMember().as().post(PATH + "/" + id + "/cancel").then().statusCode(404);
        anonymous().post(PATH + "/" + id + "/cancel").then().statusCode(401);
        Fixtures.newManager(venueId).as().body(Map.of()).post(PATH + "/" + id + "/cancel")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));

        member.as().post(PATH + "/" + id + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("bookings.id", hasItem(pastId))
                .body("bookings.status", contains("CONFIRMED", "CANCELLED", "CANCELLED", "CANCELLED"));
        member.as().post(PATH + "/" + id + "/cancel").then().statusCode(409)
                .body("type", equalTo("urn:coopconnect:problem:series-not-cancellable"));
        // The cancelled dates are free again.
        bookOnce(spaceId, MONDAY.plusDays(7), "09:00", "12:00");
    }

    @Test
    void managersCancelASeriesWithAReason() {
        UUID venueId = Fixtures.newRelay();
        String id = Fixtures.newMember().as().body(series(office(venueId, Map.of()), List.of("FRIDAY"), MONDAY, MONDAY.plusDays(13)))
                .post(PATH).then().statusCode(201).extract().path("id");
        Fixtures.newManager(venueId).as().body(Map.of("reason", "Travaux dans le bâtiment")).post(PATH + "/" + id + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED"))
                .body("statusReason", equalTo("Travaux dans le bâtiment"))
                .body("bookings.status", contains("CANCELLED", "CANCELLED"))
                .body("bookings.statusReason", everyItem(equalTo("Travaux dans le bâtiment")));
    }

    @Test
    void aRuleBrokenOnEveryDateIsA422AndAClosedPeriodIsEmpty() {
        UUID venueId = Fixtures.newRelay();
        UUID spaceId = office(venueId, Map.of());
        Fixtures.Account member = Fixtures.newMember();
        Map<String, Object> twoSeats = series(spaceId, List.of("MONDAY"), MONDAY, MONDAY.plusDays(13));
        twoSeats.put("seats", 2);
        member.as().body(twoSeats).post(PATH).then().statusCode(422)
                .body("type", equalTo("urn:coopconnect:problem:invalid-seats"));
        Map<String, Object> unaligned = series(spaceId, List.of("MONDAY"), MONDAY, MONDAY.plusDays(13));
        unaligned.put("startTime", "09:10");
        member.as().body(unaligned).post(PATH).then().statusCode(422)
                .body("type", equalTo("urn:coopconnect:problem:not-aligned"));
        member.as().body(series(spaceId, List.of("SATURDAY", "SUNDAY"), MONDAY, MONDAY.plusDays(13))).post(PATH)
                .then().statusCode(422).body("type", equalTo("urn:coopconnect:problem:series-empty"));
        member.as().get("/api/v1/me/bookings").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void badInputIsA400NamingTheFields() {
        UUID spaceId = office(Fixtures.newRelay(), Map.of());
        Fixtures.Account member = Fixtures.newMember();
        Map<String, Object> inverted = series(spaceId, List.of("MONDAY"), MONDAY, MONDAY.plusDays(13));
        inverted.put("endTime", "09:00");
        member.as().body(inverted).post(PATH).then().statusCode(400).body("errors.field", contains("endTime"));
        member.as().body(series(spaceId, List.of(), MONDAY, MONDAY.plusDays(13))).post(PATH)
                .then().statusCode(400).body("errors.field", contains("daysOfWeek"));
        member.as().body(series(spaceId, List.of("MONDAY"), MONDAY, MONDAY.minusDays(1))).post(PATH)
                .then().statusCode(400).body("errors.field", contains("until"));
        member.as().body(series(spaceId, List.of("MONDAY"), MONDAY, MONDAY.plusYears(1).plusDays(1))).post(PATH)
                .then().statusCode(400).body("errors.field", contains("until"));
        member.as().body(series(spaceId, List.of("MONDAY"), MONDAY, MONDAY.plusYears(1))).queryParam("dryRun", true).post(PATH)
                .then().statusCode(200);
        member.as().body(series(spaceId, List.of("MOONDAY"), MONDAY, MONDAY.plusDays(13))).post(PATH)
                .then().statusCode(400).body("errors[0].field", containsString("daysOfWeek"));
        Map<String, Object> badTime = series(spaceId, List.of("MONDAY"), MONDAY, MONDAY.plusDays(13));
        badTime.put("startTime", "9h");
        member.as().body(badTime).post(PATH).then().statusCode(400).body("errors[0].field", equalTo("startTime"));
        member.as().body(Map.of("spaceId", spaceId.toString())).post(PATH).then().statusCode(400)
                .body("errors.field", hasItem("from"));
        member.as().body(series(UUID.randomUUID(), List.of("MONDAY"), MONDAY, MONDAY.plusDays(13))).post(PATH)
                .then().statusCode(404);
        anonymous().body(series(spaceId, List.of("MONDAY"), MONDAY, MONDAY.plusDays(13))).post(PATH).then().statusCode(401);
    }

    /** The next of France's fixed-date public holidays, at least two weeks ahead. */
    private static LocalDate nextFixedHoliday() {
        List<MonthDay> fixed = List.of(MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(5, 8), MonthDay.of(7, 14),
                MonthDay.of(8, 15), MonthDay.of(11, 1), MonthDay.of(11, 11), MonthDay.of(12, 25));
        LocalDate day = LocalDate.now(TestCalendar.PARIS).plusDays(14);
        while (!fixed.contains(MonthDay.from(day))) {
            day = day.plusDays(1);
        }
        return day;
    }
}
