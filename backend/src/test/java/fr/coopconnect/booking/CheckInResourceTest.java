package fr.coopconnect.booking;

import fr.coopconnect.support.Fixtures;
import fr.coopconnect.support.TestCalendar;
import fr.coopconnect.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import static fr.coopconnect.support.Fixtures.anonymous;
import static fr.coopconnect.support.Fixtures.asAdmin;
import static fr.coopconnect.support.TestCalendar.at;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class CheckInResourceTest {

    static final LocalDate MONDAY = TestCalendar.next(DayOfWeek.MONDAY, 14);

    @Inject
    NoShowRelease noShows;

    @AfterEach
    void realTimeAgain() {
        TestClock.reset();
    }

    static void now(LocalDate date, String localTime) {
        TestClock.set(OffsetDateTime.parse(at(date, localTime)).toInstant());
    }

    static String book(Fixtures.Account member, UUID spaceId, LocalDate date, String from, String to) {
        return member.as().body(BookingResourceTest.booking(spaceId, date, from, to)).post("/api/v1/bookings")
                .then().statusCode(201).body("checkedInAt", nullValue()).extract().path("id");
    }

    static String status(String bookingId) {
        return asAdmin().get("/api/v1/bookings/" + bookingId).then().statusCode(200).extract().path("status");
    }

    @Test
    void theMemberChecksInFromAQuarterOfAnHourBeforeTheStartUntilTheEnd() {
        UUID spaceId = Fixtures.newSpace(Fixtures.newRelay(), "OFFICE", "EXCLUSIVE", 3, Map.of());
        Fixtures.Account member = Fixtures.newMember();
        String id = book(member, spaceId, MONDAY, "09:00", "10:00");

        now(MONDAY, "08:44");
        member.as().post("/api/v1/bookings/" + id + "/check-in").then().statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("type", equalTo("urn:coopconnect:problem:check-in-too-early"))
                .body("detail", equalTo("Le pointage ouvre 15 minutes avant le début de la réservation."));
        member.as().header("Accept-Language", "en").post("/api/v1/bookings/" + id + "/check-in").then().statusCode(422)
                .body("detail", equalTo("Check-in opens 15 minutes before the booking starts."));

        now(MONDAY, "08:45");
        String checkedInAt = member.as().post("/api/v1/bookings/" + id + "/check-in").then().statusCode(200)
                .body("checkedInAt", equalTo(at(MONDAY, "08:45"))).body("status", equalTo("CONFIRMED"))
                .extract().path("checkedInAt");
        now(MONDAY, "09:20");
        member.as().post("/api/v1/bookings/" + id + "/check-in").then().statusCode(200)
                .body("checkedInAt", equalTo(checkedInAt));
        member.as().get("/api/v1/bookings/" + id).then().statusCode(200).body("checkedInAt", equalTo(checkedInAt));

        String late = book(member, spaceId, MONDAY, "11:00", "11:30");
        now(MONDAY, "11:30");
        member.as().post("/api/v1/bookings/" + late + "/check-in").then().statusCode(422)
                .body("type", equalTo("urn:coopconnect:problem:check-in-closed"));
    }

    @Test
    void aManagerChecksInDuringTheBookingAndNobodyElseMay() {
        UUID venueId = Fixtures.newRelay();
        UUID spaceId = Fixtures.newSpace(venueId, "OFFICE", "EXCLUSIVE", 3, Map.of());
        String id = book(Fixtures.newMember(), spaceId, MONDAY, "09:00", "10:00");
        // Accounts first: tokens are issued at the application's clock.
        Fixtures.Account stranger = Fixtures.newMember();
        Fixtures.Account otherManager = Fixtures.newManager(Fixtures.newVenue());
        Fixtures.Account manager = Fixtures.newManager(venueId);
        now(MONDAY, "09:30");
        stranger.as().post("/api/v1/bookings/" + id + "/check-in").then().statusCode(403)
                .contentType(containsString("application/problem+json"));
        otherManager.as().post("/api/v1/bookings/" + id + "/check-in").then().statusCode(403);
        anonymous().post("/api/v1/bookings/" + id + "/check-in").then().statusCode(401);
        manager.as().post("/api/v1/bookings/" + id + "/check-in").then().statusCode(200)
                .body("checkedInAt", equalTo(at(MONDAY, "09:30")));
        asAdmin().post("/api/v1/bookings/" + UUID.randomUUID() + "/check-in").then().statusCode(404);
        asAdmin().post("/api/v1/bookings/not-a-uuid/check-in").then().statusCode(400);
    }

    @Test
    void aCancelledBookingCannotBeCheckedIn() {
        UUID spaceId = Fixtures.newSpace(Fixtures.newRelay(), "OFFICE", "EXCLUSIVE", 3, Map.of());
        Fixtures.Account member = Fixtures.newMember();
        String id = book(member, spaceId, MONDAY, "09:00", "10:00");
        member.as().post("/api/v1/bookings/" + id + "/cancel").then().statusCode(200);
        now(MONDAY, "09:00");
        member.as().post("/api/v1/bookings/" + id + "/check-in").then().statusCode(409)
                .body("type", equalTo("urn:coopconnect:problem:not-checkable"));
    }

    @Test
    void aBookingNotCheckedInWithinTheGraceIsReleasedAndItsTimeIsFreeAgain() {
        UUID venueId = Fixtures.newRelay();
        UUID graced = Fixtures.newSpace(venueId, "OFFICE", "EXCLUSIVE", 3, Map.of("checkInGraceMinutes", 10));
        UUID ungraced = Fixtures.newSpace(venueId, "OFFICE", "EXCLUSIVE", 3, Map.of());
        Fixtures.Account member = Fixtures.newMember();
        Fixtures.Account other = Fixtures.newMember();
        String absent = book(member, graced, MONDAY, "09:00", "10:00");
        String withoutRule = book(member, ungraced, MONDAY, "09:00", "10:00");
        String present = book(member, graced, MONDAY.plusDays(1), "09:00", "10:00");
        other.as().body(BookingResourceTest.booking(graced, MONDAY, "09:30", "10:00"))
                .post("/api/v1/bookings").then().statusCode(409);

        now(MONDAY, "09:10");
        noShows.release();
        assertStatus(absent, "CONFIRMED");

        now(MONDAY, "09:11");
        noShows.release();
        assertStatus(absent, "NO_SHOW");
        assertStatus(withoutRule, "CONFIRMED");
        asAdmin().queryParam("from", at(MONDAY, "09:30")).queryParam("to", at(MONDAY, "10:00"))
                .get("/api/v1/spaces/" + graced + "/availability").then().statusCode(200)
                .body("slots.size()", equalTo(1)).body("slots[0].start", equalTo(at(MONDAY, "09:30")))
                .body("slots[0].end", equalTo(at(MONDAY, "10:00")));
        other.as().body(BookingResourceTest.booking(graced, MONDAY, "09:30", "10:00"))
                .post("/api/v1/bookings").then().statusCode(201);
        member.as().post("/api/v1/bookings/" + absent + "/check-in").then().statusCode(409)
                .body("type", equalTo("urn:coopconnect:problem:not-checkable"));
        String feed = fr.coopconnect.community.EventResourceTest.privateFeed(member);
        String released = fr.coopconnect.community.EventResourceTest.vevent(feed, absent);
        org.junit.jupiter.api.Assertions.assertTrue(released.contains("STATUS:CANCELLED"), released);
        org.junit.jupiter.api.Assertions.assertTrue(released.contains("(absence : créneau libéré)"), released);

        now(MONDAY.plusDays(1), "08:50");
        member.as().post("/api/v1/bookings/" + present + "/check-in").then().statusCode(200);
        now(MONDAY.plusDays(1), "09:30");
        noShows.release();
        assertStatus(present, "CONFIRMED");
    }

    @Test
    void bookingsThatEndedUnmarkedAreReleasedToo() {
        UUID spaceId = Fixtures.newSpace(Fixtures.newRelay(), "OFFICE", "EXCLUSIVE", 3, Map.of("checkInGraceMinutes", 30));
        Fixtures.Account member = Fixtures.newMember();
        String missed = book(member, spaceId, MONDAY, "09:00", "10:00");
        // Its grace is its whole length: it has ended by the time it is due.
        String shorterThanGrace = book(member, spaceId, MONDAY, "11:00", "11:30");
        String checkedIn = book(member, spaceId, MONDAY, "14:00", "15:00");
        now(MONDAY, "14:00");
        member.as().post("/api/v1/bookings/" + checkedIn + "/check-in").then().statusCode(200);

        // The job did not run all day (no replica up): it catches up at the next run.
        now(MONDAY, "18:00");
        noShows.release();
        assertStatus(missed, "NO_SHOW");
        assertStatus(shorterThanGrace, "NO_SHOW");
        assertStatus(checkedIn, "CONFIRMED");
    }

    @Test
    void onlyBookingsThatStartedWithinTheLookbackAreReleased() {
        UUID spaceId = Fixtures.newSpace(Fixtures.newRelay(), "OFFICE", "EXCLUSIVE", 3, Map.of("checkInGraceMinutes", 10));
        String id = book(Fixtures.newMember(), spaceId, MONDAY, "09:00", "10:00");
        Instant start = OffsetDateTime.parse(at(MONDAY, "09:00")).toInstant();

        TestClock.set(start.plus(NoShowRelease.LOOKBACK).plusSeconds(60));
        noShows.release();
        assertStatus(id, "CONFIRMED");

        TestClock.set(start.plus(NoShowRelease.LOOKBACK).minusSeconds(60));
        noShows.release();
        assertStatus(id, "NO_SHOW");
    }

    @Test
    void switchingCheckInOnNeverReleasesBookingsThatStartedBefore() {
        UUID spaceId = Fixtures.newSpace(Fixtures.newRelay(), "OFFICE", "EXCLUSIVE", 3, Map.of());
        Fixtures.Account member = Fixtures.newMember();
        String before = book(member, spaceId, MONDAY, "09:00", "10:00");
        String after = book(member, spaceId, MONDAY, "14:00", "15:00");

        now(MONDAY, "11:00");
        asAdmin().body(Map.of("name", "Bureau", "kind", "OFFICE", "capacity", 3, "bookingMode", "EXCLUSIVE",
                        "rules", Map.of("maxAdvanceDays", 730, "checkInGraceMinutes", 10)))
                .put("/api/v1/spaces/" + spaceId).then().statusCode(200).body("rules.checkInGraceMinutes", equalTo(10));
        now(MONDAY, "14:11");
        noShows.release();
        assertStatus(before, "CONFIRMED");
        assertStatus(after, "NO_SHOW");
    }

    @Test
    void anEventsBookingIsNeverReleased() {
        UUID venueId = Fixtures.newRelay();
        UUID roomId = Fixtures.newSpace(venueId, "MEETING_ROOM", "EXCLUSIVE", 20, Map.of("checkInGraceMinutes", 10));
        String eventId = asAdmin().body(Map.of("venueId", venueId.toString(), "spaceId", roomId.toString(),
                        "title", "Café numérique", "start", at(MONDAY, "14:00"), "end", at(MONDAY, "16:00"), "capacity", 10))
                .post("/api/v1/events").then().statusCode(201).extract().path("id");
        String bookingId = asAdmin().get("/api/v1/events/" + eventId).then().extract().path("bookingId");

        now(MONDAY, "14:30");
        noShows.release();
        assertStatus(bookingId, "CONFIRMED");
        now(MONDAY, "17:00");
        noShows.release();
        assertStatus(bookingId, "CONFIRMED");
    }

    @Test
    void theCheckInGraceIsAnOptionalSpaceRuleWithASaneRange() {
        UUID venueId = Fixtures.newRelay();
        UUID spaceId = Fixtures.newSpace(venueId, "OFFICE", "EXCLUSIVE", 3, Map.of("checkInGraceMinutes", 15));
        asAdmin().get("/api/v1/spaces/" + spaceId).then().statusCode(200).body("rules.checkInGraceMinutes", equalTo(15));
        UUID without = Fixtures.newSpace(venueId, "OFFICE", "EXCLUSIVE", 3, Map.of());
        asAdmin().get("/api/v1/spaces/" + without).then().statusCode(200).body("rules.checkInGraceMinutes", nullValue());
        for (int invalid : new int[] {0, 4, 241}) {
            asAdmin().body(Map.of("name", "Bureau", "kind", "OFFICE", "capacity", 2, "bookingMode", "EXCLUSIVE",
                            "rules", Map.of("checkInGraceMinutes", invalid)))
                    .post("/api/v1/venues/" + venueId + "/spaces").then().statusCode(400)
                    .body("errors.field", org.hamcrest.Matchers.hasItem(containsString("checkInGraceMinutes")));
        }
        asAdmin().body(Map.of("name", "Bureau", "kind", "OFFICE", "capacity", 2, "bookingMode", "EXCLUSIVE",
                        "rules", Map.of("checkInGraceMinutes", 30)))
                .put("/api/v1/spaces/" + spaceId).then().statusCode(200).body("rules.checkInGraceMinutes", equalTo(30))
                .body("id", notNullValue());
    }

    private static void assertStatus(String bookingId, String expected) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, status(bookingId), "booking " + bookingId);
    }
}
