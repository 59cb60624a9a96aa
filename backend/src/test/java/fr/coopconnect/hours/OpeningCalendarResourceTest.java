package fr.coopconnect.hours;

import fr.coopconnect.support.Fixtures;
import fr.coopconnect.timeline.TimeRanges;
import fr.coopconnect.venue.Venue;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.coopconnect.support.Fixtures.anonymous;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class OpeningCalendarResourceTest {

    @Inject
    OpeningCalendar calendar;

    @Test
    void easterMondayIsClosedAndOffsetsFollowSummerTime() {
        UUID venue = venueWithHours("Mo-Fr 08:00-12:00");
        calendar(venue, "2027-03-26", "2027-03-29").statusCode(200)
                .body("start", contains("2027-03-26T08:00:00+01:00"))
                .body("end", contains("2027-03-26T12:00:00+01:00"));

        Fixtures.asAdmin().body(Map.of("osm", "Mo-Fr 08:00-12:00; PH open")).put(OpeningHoursResourceTest.path(venue))
                .then().statusCode(200);
        calendar(venue, "2027-03-26", "2027-03-29").statusCode(200)
                .body("start", contains("2027-03-26T08:00:00+01:00", "2027-03-29T08:00:00+02:00"))
                .body("end", contains("2027-03-26T12:00:00+01:00", "2027-03-29T12:00:00+02:00"));
    }

    @Test
    void closuresAreLeftOut() {
        UUID venue = venueWithHours("Mo-Fr 08:00-12:00,13:00-17:00");
        Fixtures.asAdmin().body(Map.of("from", "2027-04-06", "to", "2027-04-07")).post(ClosureResourceTest.path(venue))
                .then().statusCode(201);
        calendar(venue, "2027-04-05", "2027-04-11").statusCode(200)
                .body("start", contains("2027-04-05T08:00:00+02:00", "2027-04-05T13:00:00+02:00",
                        "2027-04-08T08:00:00+02:00", "2027-04-08T13:00:00+02:00",
                        "2027-04-09T08:00:00+02:00", "2027-04-09T13:00:00+02:00"));
    }

    @Test
    void offsetsAreTheVenuesOwn() {
        Map<String, Object> body = new HashMap<>(Fixtures.venueBody("Tiers-lieu test " + UUID.randomUUID()));
        body.put("timezone", "Indian/Reunion");
        UUID venue = Fixtures.newVenue(body);
        Fixtures.asAdmin().body(Map.of("osm", "Sa 09:00-12:00")).put(OpeningHoursResourceTest.path(venue)).then().statusCode(200);
        calendar(venue, "2027-03-27", "2027-03-27").statusCode(200)
                .body("start", contains("2027-03-27T09:00:00+04:00"))
                .body("end", contains("2027-03-27T12:00:00+04:00"));
    }

    @Test
    void theSpanIsCheckedAndBoundedToAYear() {
        UUID venue = venueWithHours("Mo-Fr 08:00-12:00");
        calendar(venue, "2027-03-29", "2027-03-26").statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("to"));
        calendar(venue, "2027-01-01", "2028-01-02").statusCode(400).body("errors.field", contains("to"));
        calendar(venue, "2028-01-01", "2028-12-31").statusCode(200).body("$", hasSize(251));
        calendar(venue, "2027-01-01", "2028-01-01").statusCode(200);
        calendar(venue, "2027-03-26", "2027-03-26").statusCode(200).body("$", hasSize(1));
    }

    @Test
    void badParametersAreProblemsNeverA500() {
        UUID venue = venueWithHours("Mo-Fr 08:00-12:00");
        anonymous().queryParam("to", "2027-03-29").get(path(venue)).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("from"));
        anonymous().get(path(venue)).then().statusCode(400).contentType("application/problem+json");
        calendar(venue, "2027-02-30", "2027-03-29").statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("from"));
        calendar(venue, "2027-03-26", "tomorrow").statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("to"))
                .body("errors[0].message", containsString("« tomorrow »"));
        anonymous().queryParam("from", "2027-03-26").queryParam("to", "2027-03-29")
                .get("/api/v1/venues/not-a-uuid/opening-hours/calendar").then().statusCode(oneOf(400, 404))
                .contentType("application/problem+json");
        calendar(UUID.randomUUID(), "2027-03-26", "2027-03-29").statusCode(404).contentType("application/problem+json");
    }

    @Test
    void manyVenuesAreComputedTogetherEachWithItsOwnRules() {
        UUID mornings = venueWithHours("Mo-Fr 08:00-12:00");
        UUID holidaysOpen = venueWithHours("Mo 14:00-16:00; PH open");
        UUID closed = venueWithHours("Mo-Fr 08:00-12:00");
        Fixtures.asAdmin().body(Map.of("from", "2027-03-22", "to", "2027-03-28")).post(ClosureResourceTest.path(closed))
                .then().statusCode(201);
        UUID neverOpen = Fixtures.newVenue();

        OffsetDateTime from = OffsetDateTime.parse("2027-03-22T00:00+01:00");
        OffsetDateTime to = OffsetDateTime.parse("2027-03-30T00:00+02:00");
        Map<UUID, TimeRanges> open = QuarkusTransaction.requiringNew().call(() -> calendar.openRanges(
                List.<Venue>of(Venue.findById(mornings), Venue.findById(holidaysOpen), Venue.findById(closed), Venue.findById(neverOpen)),
                from.toInstant(), to.toInstant()));

        assertEquals(4, open.size());
        assertEquals(Duration.ofHours(4 * 5), open.get(mornings).totalDuration(), "Mo-Fr 22-26, Easter Monday closed");
        assertEquals(Duration.ofHours(2 * 2), open.get(holidaysOpen).totalDuration(), "two Mondays, one of them Easter Monday");
        assertTrue(open.get(closed).isEmpty(), "closed all week, then Easter Monday");
        assertTrue(open.get(neverOpen).isEmpty());
        assertEquals(open.get(mornings), QuarkusTransaction.requiringNew().call(
                () -> calendar.openRanges(Venue.<Venue>findById(mornings), from.toInstant(), to.toInstant())));
    }

    private static UUID venueWithHours(String osm) {
        UUID venue = Fixtures.newVenue();
        Fixtures.asAdmin().body(Map.of("osm", osm)).put(OpeningHoursResourceTest.path(venue)).then().statusCode(200);
        return venue;
    }

    private static String path(UUID venue) {
        return OpeningHoursResourceTest.path(venue) + "/calendar";
    }

    private static io.restassured.response.ValidatableResponse calendar(UUID venue, String from, String to) {
        return anonymous().queryParam("from", from).queryParam("to", to).get(path(venue)).then();
    }
}
