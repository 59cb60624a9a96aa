package fr.coopconnect.hours;

import fr.coopconnect.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import static fr.coopconnect.support.Fixtures.anonymous;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.oneOf;

@QuarkusTest
class ClosureResourceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

    @Test
    void aManagerClosesTheVenueAndEveryoneSeesIt() {
        UUID venue = Fixtures.newVenue();
        String id = Fixtures.newManager(venue).as()
                .body(closure(TODAY.plusDays(10), TODAY.plusDays(20), "Congés d'été"))
                .post(path(venue)).then().statusCode(201)
                .body("from", equalTo(TODAY.plusDays(10).toString()))
                .body("to", equalTo(TODAY.plusDays(20).toString()))
                .body("reason", equalTo("Congés d'été"))
                .extract().path("id");

        anonymous().get(path(venue)).then().statusCode(200)
                .body("id", contains(id))
                .body("reason", contains("Congés d'été"));
    }

    @Test
    void theLocationNamesTheNewClosure() {
        UUID venue = Fixtures.newVenue();
        ExtractableResponse<Response> created = Fixtures.asAdmin().body(closure(TODAY, TODAY, null)).post(path(venue))
                .then().statusCode(201).extract();
        assertThat(created.header("Location"), endsWith(path(venue) + "/" + created.path("id")));
    }

    @Test
    void pastClosuresAreListedOnlyOnRequest() {
        UUID venue = Fixtures.newVenue();
        post(venue, TODAY.minusDays(30), TODAY.minusDays(20));
        post(venue, TODAY.plusDays(40), TODAY.plusDays(41));
        post(venue, TODAY.minusDays(2), TODAY);
        post(venue, TODAY.plusDays(5), TODAY.plusDays(5));

        anonymous().get(path(venue)).then().statusCode(200)
                .body("from", contains(TODAY.minusDays(2).toString(), TODAY.plusDays(5).toString(), TODAY.plusDays(40).toString()));
        anonymous().queryParam("past", true).get(path(venue)).then().statusCode(200)
                .body("from", contains(TODAY.minusDays(30).toString(), TODAY.minusDays(2).toString(),
                        TODAY.plusDays(5).toString(), TODAY.plusDays(40).toString()));
        anonymous().queryParam("past", "maybe").get(path(venue)).then().statusCode(400)
                .body("errors[0].field", equalTo("past"));
    }

    @Test
    void closuresAreDeletedOnlyThroughTheirOwnVenue() {
        UUID venue = Fixtures.newVenue();
        UUID other = Fixtures.newVenue();
        String id = post(venue, TODAY.plusDays(1), TODAY.plusDays(2));

        Fixtures.asAdmin().delete(path(other) + "/" + id).then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("Fermeture"));
        anonymous().get(path(venue)).then().body("id", contains(id));

        Fixtures.newManager(venue).as().delete(path(venue) + "/" + id).then().statusCode(204);
        anonymous().get(path(venue)).then().body("$", hasSize(0));
        Fixtures.asAdmin().delete(path(venue) + "/" + id).then().statusCode(404);
    }

    @Test
    void datesMustBeInOrderAndSpanAtMostAYear() {
        UUID venue = Fixtures.newVenue();
        Fixtures.asAdmin().body(closure(TODAY.plusDays(3), TODAY.plusDays(2), null)).post(path(venue))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("to"));
        Fixtures.asAdmin().body(closure(TODAY, TODAY.plusDays(366), null)).post(path(venue))
                .then().statusCode(400).body("errors.field", contains("to"))
                .body("errors[0].message", containsString("366"));
        Fixtures.asAdmin().body(closure(TODAY, TODAY.plusDays(365), null)).post(path(venue)).then().statusCode(201);
    }

    @Test
    void badInputIsA400NeverA500() {
        UUID venue = Fixtures.newVenue();
        Fixtures.asAdmin().body(Map.of("to", TODAY.toString())).post(path(venue)).then().statusCode(400)
                .body("errors.field", contains("from"));
        Fixtures.asAdmin().body(Map.of("from", "2027-02-30", "to", "2027-03-01")).post(path(venue)).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("from"));
        Fixtures.asAdmin().body(Map.of("from", TODAY.toString(), "to", TODAY.toString(), "reason", "x".repeat(301)))
                .post(path(venue)).then().statusCode(400).body("errors.field", contains("reason"));
        Fixtures.asAdmin().body("{\"from\": ").post(path(venue)).then().statusCode(400).contentType("application/problem+json");
        Fixtures.asAdmin().post(path(venue)).then().statusCode(400).contentType("application/problem+json");
        Fixtures.asAdmin().delete(path(venue) + "/not-a-uuid").then().statusCode(oneOf(400, 404))
                .contentType("application/problem+json");
        anonymous().get("/api/v1/venues/not-a-uuid/closures").then().statusCode(oneOf(400, 404))
                .contentType("application/problem+json");
    }

    @Test
    void unknownVenuesAndClosuresAre404() {
        UUID unknown = UUID.randomUUID();
        anonymous().get(path(unknown)).then().statusCode(404).contentType("application/problem+json");
        Fixtures.asAdmin().body(closure(TODAY, TODAY, null)).post(path(unknown)).then().statusCode(404);
        Fixtures.asAdmin().delete(path(Fixtures.newVenue()) + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void onlyTheVenueManagersAndNetworkAdminsMayAddClosures() {
        UUID venue = Fixtures.newVenue();
        Map<String, Object> body = closure(TODAY.plusDays(1), TODAY.plusDays(1), null);
        anonymous().body(body).post(path(venue)).then().statusCode(401).contentType("application/problem+json");
        Fixtures.newMember().as().body(body).post(path(venue)).then().statusCode(403).contentType("application/problem+json");
        Fixtures.newManager(Fixtures.newVenue()).as().body(body).post(path(venue)).then().statusCode(403);
        anonymous().get(path(venue)).then().body("$", hasSize(0));

        Fixtures.newManager(venue).as().body(body).post(path(venue)).then().statusCode(201);
        Fixtures.asAdmin().body(body).post(path(venue)).then().statusCode(201);
        anonymous().get(path(venue)).then().body("$", hasSize(2));
    }

    @Test
    void onlyTheVenueManagersAndNetworkAdminsMayRemoveClosures() {
        UUID venue = Fixtures.newVenue();
        String first = post(venue, TODAY.plusDays(1), TODAY.plusDays(1));
        String second = post(venue, TODAY.plusDays(2), TODAY.plusDays(2));
        anonymous().delete(path(venue) + "/" + first).then().statusCode(401).contentType("application/problem+json");
        Fixtures.newMember().as().delete(path(venue) + "/" + first).then().statusCode(403);
        Fixtures.newManager(Fixtures.newVenue()).as().delete(path(venue) + "/" + first).then().statusCode(403);
        anonymous().get(path(venue)).then().body("$", hasSize(2));

        Fixtures.newManager(venue).as().delete(path(venue) + "/" + first).then().statusCode(204);
        Fixtures.asAdmin().delete(path(venue) + "/" + second).then().statusCode(204);
        anonymous().get(path(venue)).then().body("$", hasSize(0));
    }

    static String path(UUID venue) {
        return "/api/v1/venues/" + venue + "/closures";
    }

    static Map<String, Object> closure(LocalDate from, LocalDate to, String reason) {
        return reason == null ? Map.of("from", from.toString(), "to", to.toString())
                : Map.of("from", from.toString(), "to", to.toString(), "reason", reason);
    }

    static String post(UUID venue, LocalDate from, LocalDate to) {
        return Fixtures.asAdmin().body(closure(from, to, null)).post(path(venue)).then().statusCode(201).extract().path("id");
    }
}
