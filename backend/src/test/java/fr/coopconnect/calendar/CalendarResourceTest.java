package fr.coopconnect.calendar;

import fr.coopconnect.support.Fixtures;
import fr.coopconnect.support.TestCalendar;
import io.quarkus.test.junit.QuarkusTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VFreeBusy;
import net.fortuna.ical4j.model.property.FreeBusy;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static fr.coopconnect.support.Fixtures.anonymous;
import static fr.coopconnect.support.TestCalendar.at;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class CalendarResourceTest {

    static final LocalDate TUESDAY = TestCalendar.next(DayOfWeek.TUESDAY, 14);

    static String book(Fixtures.Account member, UUID spaceId, LocalDate date, String from, String to, String note) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("spaceId", spaceId.toString(), "start", at(date, from),
                "end", at(date, to)));
        if (note != null) {
            body.put("note", note);
        }
        return member.as().body(body).post("/api/v1/bookings").then().statusCode(201).extract().path("id");
    }

    static String nameOf(String path) {
        return anonymous().get(path).then().statusCode(200).extract().path("name");
    }

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static String value(Component component, String property) {
        return component.<Property>getProperty(property).orElseThrow().getValue();
    }

    /** The feed, fetched as a calendar app does: the URL alone, no Authorization header. */
    static String feed(String url) {
        String path = url.substring(url.indexOf("/api/v1/"));
        return given().get(path).then().statusCode(200)
                .contentType(containsString("text/calendar"))
                .extract().asString();
    }

    @Test
    void theFeedListsTheMembersBookingsWithTheirStatusInTheVenuesZone() throws Exception {
        UUID venueId = Fixtures.newRelay();
        UUID office = Fixtures.newSpace(venueId, "OFFICE", "EXCLUSIVE", 3, Map.of());
        UUID approvalRoom = Fixtures.newSpace(venueId, "MEETING_ROOM", "EXCLUSIVE", 8, Map.of("requiresApproval", true));
        Fixtures.Account member = Fixtures.newMember();
        String confirmed = book(member, office, TUESDAY, "09:00", "11:00", "Visio");
        String pending = book(member, approvalRoom, TUESDAY, "14:00", "15:00", null);
        String cancelled = book(member, office, TUESDAY.plusDays(1), "09:00", "10:00", null);
        member.as().post("/api/v1/bookings/" + cancelled + "/cancel").then().statusCode(200);
        String someoneElses = book(Fixtures.newMember(), office, TUESDAY.plusDays(2), "09:00", "10:00", null);

        String url = member.as().get("/api/v1/me/calendar-token").then().statusCode(200)
                .body("url", containsString("/api/v1/me/calendar.ics?token="))
                .extract().path("url");
        String ics = feed(url);
        Calendar calendar = parse(ics);

        assertEquals("Europe/Paris", value(calendar.getComponent(Component.VTIMEZONE).orElseThrow(), Property.TZID));
        Map<String, VEvent> events = calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .collect(Collectors.toMap(e -> e.getUid().orElseThrow().getValue(), e -> e));
        assertEquals(java.util.Set.of(confirmed + "@coopconnect", pending + "@coopconnect", cancelled + "@coopconnect"),
                events.keySet());
        assertFalse(ics.contains(someoneElses));

        VEvent first = events.get(confirmed + "@coopconnect");
        String officeName = nameOf("/api/v1/spaces/" + office);
        String venueName = nameOf("/api/v1/venues/" + venueId);
        assertEquals(officeName + " – " + venueName, value(first, Property.SUMMARY));
        assertEquals("Place de l'Église, 05300 Laragne-Montéglin", value(first, Property.LOCATION));
        assertEquals("CONFIRMED", value(first, Property.STATUS));
        assertEquals("Europe/Paris", first.getDateTimeStart().getParameter(Property.TZID).orElseThrow().getValue());
        assertEquals(OffsetDateTime.parse(at(TUESDAY, "09:00")).toInstant(),
                ((ZonedDateTime) first.getDateTimeStart().getDate()).toInstant());
        assertEquals(OffsetDateTime.parse(at(TUESDAY, "11:00")).toInstant(),
                ((ZonedDateTime) first.getDateTimeEnd().getDate()).toInstant());
        assertEquals("TENTATIVE", value(events.get(pending + "@coopconnect"), Property.STATUS));
        assertEquals("CANCELLED", value(events.get(cancelled + "@coopconnect"), Property.STATUS));
    }

    @Test
    void theTokenStaysTheSameUntilRotatedAndTheOldOneIsThenRefused() throws Exception {
        Fixtures.Account member = Fixtures.newMember();
        String token = member.as().get("/api/v1/me/calendar-token").then().statusCode(200).extract().path("token");
        member.as().get("/api/v1/me/calendar-token").then().statusCode(200).body("token", equalTo(token));
        assertTrue(parse(feed("/api/v1/me/calendar.ics?token=" + token)).getComponents(Component.VEVENT).isEmpty());

        String rotated = member.as().post("/api/v1/me/calendar-token/rotate").then().statusCode(200)
                .body("url", containsString("token=")).extract().path("token");
        assertNotEquals(token, rotated);
        member.as().get("/api/v1/me/calendar-token").then().statusCode(200).body("token", equalTo(rotated));
        given().queryParam("token", token).get("/api/v1/me/calendar.ics").then().statusCode(404)
                .contentType("application/problem+json");
        feed("/api/v1/me/calendar.ics?token=" + rotated);
        // Tokens are the member's own.
        assertNotEquals(rotated, Fixtures.newMember().as().get("/api/v1/me/calendar-token").then().extract().path("token"));

        given().queryParam("token", "not-a-token").get("/api/v1/me/calendar.ics").then().statusCode(404);
        given().get("/api/v1/me/calendar.ics").then().statusCode(404);
        anonymous().get("/api/v1/me/calendar-token").then().statusCode(401);
        anonymous().post("/api/v1/me/calendar-token/rotate").then().statusCode(401);
    }

    @Test
    void busyTimesShowBookingsAndBlocksButNeverWhoOrWhy() throws Exception {
        UUID venueId = Fixtures.newRelay();
        UUID office = Fixtures.newSpace(venueId, "OFFICE", "EXCLUSIVE", 3, Map.of());
        book(Fixtures.newMember(), office, TUESDAY, "09:00", "10:00", "Entretien confidentiel");
        Fixtures.asAdmin().body(Map.of("start", at(TUESDAY, "14:00"), "end", at(TUESDAY, "15:00"), "reason", "Permanence CAF"))
                .post("/api/v1/spaces/" + office + "/blocks").then().statusCode(201);

        String ics = given().queryParam("from", TUESDAY.toString()).queryParam("to", TUESDAY.toString())
                .get("/api/v1/spaces/" + office + "/busy.ics").then().statusCode(200)
                .contentType(containsString("text/calendar")).extract().asString();
        assertFalse(ics.contains("Entretien") || ics.contains("Permanence") || ics.contains("Camille"), ics);
        assertEquals(List.of(interval(TUESDAY, "09:00", "10:00"), interval(TUESDAY, "14:00", "15:00")), busy(ics));

        // Default window: from now, for 60 days.
        assertEquals(2, busy(given().get("/api/v1/spaces/" + office + "/busy.ics").then().statusCode(200).extract().asString()).size());
        given().queryParam("from", TUESDAY.toString()).queryParam("to", TUESDAY.minusDays(1).toString())
                .get("/api/v1/spaces/" + office + "/busy.ics").then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().queryParam("from", TUESDAY.toString()).queryParam("to", TUESDAY.plusDays(400).toString())
                .get("/api/v1/spaces/" + office + "/busy.ics").then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().queryParam("from", "mardi").get("/api/v1/spaces/" + office + "/busy.ics").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        given().get("/api/v1/spaces/" + UUID.randomUUID() + "/busy.ics").then().statusCode(404);
    }

    @Test
    void aSharedSpaceIsBusyOnlyWhenFull() throws Exception {
        UUID room = Fixtures.newSpace(Fixtures.newRelay(), "COMPUTER_ROOM", "SHARED", 2, Map.of());
        book(Fixtures.newMember(), room, TUESDAY, "09:00", "11:00", null);
        book(Fixtures.newMember(), room, TUESDAY, "10:00", "12:00", null);
        String ics = given().queryParam("from", TUESDAY.toString()).queryParam("to", TUESDAY.toString())
                .get("/api/v1/spaces/" + room + "/busy.ics").then().statusCode(200).extract().asString();
        assertEquals(List.of(interval(TUESDAY, "10:00", "11:00")), busy(ics));
        assertTrue(ics.contains("BEGIN:VFREEBUSY"), ics);
        assertFalse(ics.contains("VEVENT"), ics);
    }

    private static Interval interval(LocalDate date, String from, String to) {
        return Interval.of(OffsetDateTime.parse(at(date, from)).toInstant(), OffsetDateTime.parse(at(date, to)).toInstant());
    }

    private static List<Interval> busy(String ics) throws Exception {
        VFreeBusy freeBusy = parse(ics).<VFreeBusy>getComponent(Component.VFREEBUSY).orElseThrow();
        return freeBusy.<FreeBusy>getProperties(Property.FREEBUSY).stream().flatMap(p -> p.getIntervals().stream()).toList();
    }
}
