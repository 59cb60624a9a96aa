package fr.coopconnect.hours;

import fr.coopconnect.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.coopconnect.support.Fixtures.anonymous;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class OpeningHoursResourceTest {

    private static final String SEED = "Mo-Fr 08:00-12:00,12:30-16:30; PH off";

    @Test
    void aNewVenueIsClosedEveryDay() {
        UUID venue = Fixtures.newVenue();
        anonymous().get(path(venue)).then().statusCode(200)
                .body("weekly", hasSize(0))
                .body("publicHolidays", equalTo("CLOSED"))
                .body("osm", equalTo("off; PH off"));
    }

    @Test
    void weeklyIntervalsAreSavedAndShownInAllThreeForms() {
        UUID venue = Fixtures.newVenue();
        List<Map<String, String>> weekly = List.of(
                interval("TUESDAY", "12:30", "16:30"), interval("MONDAY", "08:00", "12:00"),
                interval("MONDAY", "12:30", "16:30"), interval("TUESDAY", "08:00", "12:00"));
        Fixtures.asAdmin().body(Map.of("weekly", weekly)).put(path(venue)).then().statusCode(200)
                .body("osm", equalTo("Mo,Tu 08:00-12:00,12:30-16:30; PH off"));

        anonymous().get(path(venue)).then().statusCode(200)
                .body("weekly.day", contains("MONDAY", "MONDAY", "TUESDAY", "TUESDAY"))
                .body("weekly.opens", contains("08:00", "12:30", "08:00", "12:30"))
                .body("weekly.closes", contains("12:00", "16:30", "12:00", "16:30"))
                .body("publicHolidays", equalTo("CLOSED"))
                .body("osm", equalTo("Mo,Tu 08:00-12:00,12:30-16:30; PH off"));
    }

    @Test
    void theSeedHoursComeBackExactly() {
        UUID venue = Fixtures.newVenue();
        Fixtures.asAdmin().body(Map.of("osm", SEED)).put(path(venue)).then().statusCode(200);

        anonymous().get(path(venue)).then().statusCode(200)
                .body("osm", equalTo(SEED))
                .body("publicHolidays", equalTo("CLOSED"))
                .body("weekly", hasSize(10))
                .body("weekly[9].day", equalTo("FRIDAY"))
                .body("weekly[9].opens", equalTo("12:30"))
                .body("weekly[9].closes", equalTo("16:30"));
    }

    @Test
    void osmRoundTripsThroughItsNormalizedForm() {
        UUID venue = Fixtures.newVenue();
        Fixtures.asAdmin().body(Map.of("osm", "Tu-Sa 10:00-12:00,14:00-18:00; Su off; PH open")).put(path(venue))
                .then().statusCode(200);
        ValidatableResponse first = anonymous().get(path(venue)).then().statusCode(200)
                .body("osm", equalTo("Tu-Sa 10:00-12:00,14:00-18:00; PH open"))
                .body("publicHolidays", equalTo("OPEN"));
        List<Object> weekly = first.extract().path("weekly");

        Fixtures.asAdmin().body(Map.of("osm", "Tu-Sa 10:00-12:00,14:00-18:00; PH open")).put(path(venue))
                .then().statusCode(200);
        List<Object> again = anonymous().get(path(venue)).then().statusCode(200)
                .body("publicHolidays", equalTo("OPEN")).extract().path("weekly");
        assertEquals(weekly, again);
    }

    @Test
    void bothFormsAreAcceptedOnlyWhenTheyAgree() {
        UUID venue = Fixtures.newVenue();
        List<Map<String, String>> weekly = List.of(interval("MONDAY", "09:00", "12:00"), interval("WEDNESDAY", "09:00", "12:00"),
                interval("FRIDAY", "09:00", "12:00"));
        Fixtures.asAdmin().body(Map.of("weekly", weekly, "osm", "Mo,We,Fr 09:00-12:00")).put(path(venue))
                .then().statusCode(200).body("osm", equalTo("Mo,We,Fr 09:00-12:00; PH off"));

        Fixtures.asAdmin().body(Map.of("weekly", weekly, "osm", "Mo-Fr 09:00-12:00")).put(path(venue))
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:coopconnect:problem:validation"))
                .body("errors.field", contains("osm"));
        anonymous().get(path(venue)).then().body("osm", equalTo("Mo,We,Fr 09:00-12:00; PH off"));
    }

    @Test
    void publicHolidaysDefaultToClosedAndFollowThePhRule() {
        UUID venue = Fixtures.newVenue();
        Fixtures.asAdmin().body(Map.of("osm", "Mo 09:00-12:00; PH open")).put(path(venue))
                .then().statusCode(200).body("publicHolidays", equalTo("OPEN"));
        Fixtures.asAdmin().body(Map.of("weekly", List.of(interval("MONDAY", "09:00", "12:00")))).put(path(venue))
                .then().statusCode(200).body("publicHolidays", equalTo("CLOSED"));
        Fixtures.asAdmin().body(Map.of("osm", "Mo 09:00-12:00", "publicHolidays", "OPEN")).put(path(venue))
                .then().statusCode(200).body("publicHolidays", equalTo("OPEN")).body("osm", equalTo("Mo 09:00-12:00; PH open"));

        Fixtures.asAdmin().body(Map.of("osm", "Mo 09:00-12:00; PH off", "publicHolidays", "OPEN")).put(path(venue))
                .then().statusCode(400).body("errors.field", contains("publicHolidays"));
    }

    @Test
    void touchingIntervalsAreMerged() {
        UUID venue = Fixtures.newVenue();
        Fixtures.asAdmin().body(Map.of("weekly", List.of(interval("MONDAY", "08:00", "10:00"), interval("MONDAY", "10:00", "12:00"))))
                .put(path(venue)).then().statusCode(200)
                .body("weekly", hasSize(1))
                .body("osm", equalTo("Mo 08:00-12:00; PH off"));
    }

    @Test
    void overlappingAndInvertedIntervalsAreNamed() {
        UUID venue = Fixtures.newVenue();
        List<Map<String, String>> weekly = List.of(
                interval("MONDAY", "08:00", "12:00"),
                interval("MONDAY", "11:00", "13:00"),
                interval("TUESDAY", "14:00", "09:00"),
                interval("TUESDAY", "10:00", "10:00"),
                interval("WEDNESDAY", "11:00", "13:00"));
        Fixtures.asAdmin().body(Map.of("weekly", weekly)).put(path(venue)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:coopconnect:problem:validation"))
                .body("errors.field", contains("weekly[1]", "weekly[2]", "weekly[3]"))
                .body("errors[0].message", containsString("chevauche"))
                .body("errors[1].message", containsString("fermeture"));
        anonymous().get(path(venue)).then().body("weekly", hasSize(0));
    }

    @Test
    void osmThatWeeklyHoursCannotHoldIsRefusedQuotingTheCulprit() {
        UUID venue = Fixtures.newVenue();
        Fixtures.asAdmin().body(Map.of("osm", "Mo-Fr 08:00-12:00; Sa sunrise-sunset")).put(path(venue)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:coopconnect:problem:osm-unsupported"))
                .body("detail", containsString("« sunrise-sunset »"))
                .body("errors.field", contains("osm"));
        Fixtures.asAdmin().header("Accept-Language", "en").body(Map.of("osm", "Jan-Mar Mo 10:00-12:00")).put(path(venue))
                .then().statusCode(400)
                .body("detail", containsString("\"Jan-Mar Mo 10:00-12:00\""))
                .body("detail", containsString("months"));
        Fixtures.asAdmin().body(Map.of("osm", "Mo-Fr 08:00-12:00; Sa 10h-12h")).put(path(venue)).then().statusCode(400)
                .body("detail", containsString("« Sa 10h-12h »"));
    }

    @Test
    void hoursMustBeGivenOneWayOrAnother() {
        UUID venue = Fixtures.newVenue();
        Fixtures.asAdmin().body(Map.of("publicHolidays", "OPEN")).put(path(venue)).then().statusCode(400)
                .body("errors.field", contains("weekly"));
        Fixtures.asAdmin().body(Map.of("osm", "  ")).put(path(venue)).then().statusCode(400)
                .body("errors.field", contains("weekly"));
        Fixtures.asAdmin().put(path(venue)).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void emptyWeeklyClosesTheVenue() {
        UUID venue = Fixtures.newVenue();
        Fixtures.asAdmin().body(Map.of("osm", SEED)).put(path(venue)).then().statusCode(200);
        Fixtures.asAdmin().body(Map.of("weekly", List.of())).put(path(venue)).then().statusCode(200)
                .body("weekly", hasSize(0)).body("osm", equalTo("off; PH off"));
    }

    @Test
    void badInputIsA400NeverA500() {
        UUID venue = Fixtures.newVenue();
        for (String malformed : List.of("{\"weekly\": ]}", "{\"weekly\": [", "not json")) {
            Fixtures.asAdmin().body(malformed).put(path(venue)).then().statusCode(400).contentType("application/problem+json");
        }
        Fixtures.asAdmin().body(Map.of("weekly", List.of(interval("MONDAYY", "08:00", "12:00")))).put(path(venue))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("weekly[0].day"));
        Fixtures.asAdmin().body(Map.of("weekly", List.of(interval("MONDAY", "25:00", "12:00")))).put(path(venue))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("weekly[0].opens"));
        Fixtures.asAdmin().body(Map.of("weekly", List.of(interval("MONDAY", "08:00:30", "12:00")))).put(path(venue))
                .then().statusCode(400).contentType("application/problem+json");
        Fixtures.asAdmin().body(Map.of("weekly", List.of(Map.of("day", "MONDAY", "opens", "08:00")))).put(path(venue))
                .then().statusCode(400).body("errors.field", hasItem("weekly[0].closes"));
        List<Map<String, String>> withAHole = new java.util.ArrayList<>(List.of(interval("MONDAY", "08:00", "12:00")));
        withAHole.add(null);
        Fixtures.asAdmin().body(Map.of("weekly", withAHole)).put(path(venue))
                .then().statusCode(400).body("errors.field", contains("weekly[1]"));
        Fixtures.asAdmin().body(Map.of("weekly", "Mo-Fr")).put(path(venue))
                .then().statusCode(400).contentType("application/problem+json");
        Fixtures.asAdmin().body(Map.of("publicHolidays", "SOMETIMES", "osm", SEED)).put(path(venue))
                .then().statusCode(400).body("errors.field", hasItem("publicHolidays"));
        anonymous().get(path(venue)).then().body("weekly", hasSize(0));
    }

    @Test
    void unknownOrMalformedVenueIdsAreProblems() {
        anonymous().get("/api/v1/venues/not-a-uuid/opening-hours").then()
                .statusCode(org.hamcrest.Matchers.oneOf(400, 404)).contentType("application/problem+json");
        Fixtures.asAdmin().body(Map.of("osm", SEED)).put("/api/v1/venues/not-a-uuid/opening-hours").then()
                .statusCode(org.hamcrest.Matchers.oneOf(400, 404)).contentType("application/problem+json");
        anonymous().get(path(UUID.randomUUID())).then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("Lieu"));
        Fixtures.asAdmin().body(Map.of("osm", SEED)).put(path(UUID.randomUUID())).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void onlyTheVenueManagersAndNetworkAdminsMayChangeHours() {
        UUID venue = Fixtures.newVenue();
        Map<String, String> body = Map.of("osm", SEED);
        anonymous().body(body).put(path(venue)).then().statusCode(401).contentType("application/problem+json");
        Fixtures.newMember().as().body(body).put(path(venue)).then().statusCode(403).contentType("application/problem+json");
        Fixtures.newManager(Fixtures.newVenue()).as().body(body).put(path(venue)).then().statusCode(403);
        anonymous().get(path(venue)).then().body("weekly", hasSize(0));

        Fixtures.newManager(venue).as().body(body).put(path(venue)).then().statusCode(200).body("osm", equalTo(SEED));
        Fixtures.asAdmin().body(Map.of("osm", "Mo 10:00-11:00")).put(path(venue)).then().statusCode(200)
                .body("osm", not(equalTo(SEED)));
    }

    static String path(UUID venue) {
        return "/api/v1/venues/" + venue + "/opening-hours";
    }

    static Map<String, String> interval(String day, String opens, String closes) {
        return Map.of("day", day, "opens", opens, "closes", closes);
    }
}
