package fr.coopconnect.venue;

import fr.coopconnect.support.AccessMatrix;
import fr.coopconnect.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static fr.coopconnect.support.Fixtures.anonymous;
import static fr.coopconnect.support.Fixtures.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class VenueResourceTest {

    @Test
    void createsReadsUpdatesAndDeletesAVenue() {
        String name = "Médiathèque " + UUID.randomUUID();
        Map<String, Object> body = new HashMap<>(Fixtures.venueBody(name));
        body.put("kind", "MEDIA_LIBRARY");
        String id = asAdmin().body(body).post("/api/v1/venues")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/venues/"))
                .header("ETag", notNullValue())
                .body("name", equalTo(name))
                .body("timezone", equalTo("Europe/Paris"))
                .body("amenities", contains("WIFI", "KITCHEN"))
                .body("connectivity.type", equalTo("ADSL"))
                .body("connectivity.downMbps", equalTo(18))
                .extract().path("id");

        anonymous().get("/api/v1/venues/" + id).then().statusCode(200).body("kind", equalTo("MEDIA_LIBRARY"));

        body.put("accessRules", "Sur convention signée avec l'accueil");
        asAdmin().body(body).put("/api/v1/venues/" + id)
                .then().statusCode(200)
                .body("accessRules", equalTo("Sur convention signée avec l'accueil"));

        asAdmin().delete("/api/v1/venues/" + id).then().statusCode(204);
        anonymous().get("/api/v1/venues/" + id).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:coopconnect:problem:not-found"));
    }

    @Test
    void staleIfMatchIsRefusedAndNoIfMatchLastWriterWins() {
        UUID id = Fixtures.newVenue();
        String etag = anonymous().get("/api/v1/venues/" + id).then().extract().header("ETag");
        Map<String, Object> body = new HashMap<>(Fixtures.venueBody("Renamed once"));
        asAdmin().header("If-Match", etag).body(body).put("/api/v1/venues/" + id).then().statusCode(200);
        body.put("name", "Renamed with a stale version");
        asAdmin().header("If-Match", etag).body(body).put("/api/v1/venues/" + id)
                .then().statusCode(412).body("type", equalTo("urn:coopconnect:problem:precondition-failed"));
        asAdmin().body(body).put("/api/v1/venues/" + id).then().statusCode(200).body("name", equalTo("Renamed with a stale version"));
    }

    @Test
    void listsWithFiltersAndPaging() {
        String marker = "Tiers-lieu " + UUID.randomUUID();
        Map<String, Object> third = new HashMap<>(Fixtures.venueBody(marker));
        third.put("kind", "THIRD_PLACE");
        third.put("commune", "Serres-" + marker.hashCode());
        third.put("latitude", 44.4286);
        third.put("longitude", 5.7164);
        Fixtures.newVenue(third);

        anonymous().queryParam("q", marker.toLowerCase()).get("/api/v1/venues")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].name", equalTo(marker));
        anonymous().queryParam("commune", third.get("commune")).queryParam("kind", "THIRD_PLACE").get("/api/v1/venues")
                .then().statusCode(200).body("total", equalTo(1));
        anonymous().queryParam("commune", third.get("commune")).queryParam("kind", "MEDIA_LIBRARY").get("/api/v1/venues")
                .then().statusCode(200).body("total", equalTo(0));
        anonymous().queryParam("size", 1).queryParam("page", 0).get("/api/v1/venues")
                .then().statusCode(200).body("items.size()", equalTo(1)).body("size", equalTo(1));
    }

    @Test
    void nearFiltersByGreatCircleDistanceAndSortsByIt() {
        String tag = UUID.randomUUID().toString();
        // Two venues in the Pacific where no other test puts any: 0.1° of latitude ≈ 11 km.
        Map<String, Object> close = new HashMap<>(Fixtures.venueBody("Proche " + tag));
        close.put("latitude", -40.05);
        close.put("longitude", -140.0);
        Map<String, Object> far = new HashMap<>(Fixtures.venueBody("Loin " + tag));
        far.put("latitude", -40.3);
        far.put("longitude", -140.0);
        Fixtures.newVenue(far);
        Fixtures.newVenue(close);
        anonymous().queryParam("near", "-40.0,-140.0").queryParam("radiusKm", 10).queryParam("q", tag).get("/api/v1/venues")
                .then().statusCode(200).body("items.name", contains("Proche " + tag));
        anonymous().queryParam("near", "-40.0,-140.0").queryParam("radiusKm", 50).queryParam("q", tag).get("/api/v1/venues")
                .then().statusCode(200).body("items.name", contains("Proche " + tag, "Loin " + tag));
    }

    @Test
    void badInputIsAClear400NeverA500() {
        Map<String, Object> body = new HashMap<>(Fixtures.venueBody("x".repeat(201)));
        body.put("latitude", 91);
        body.put("postalCode", "5300");
        body.put("website", "javascript:alert(1)");
        asAdmin().body(body).post("/api/v1/venues")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("latitude"))
                .body("errors.field", hasItem("postalCode"))
                .body("errors.field", hasItem("website"));

        Map<String, Object> badKind = new HashMap<>(Fixtures.venueBody("Kind"));
        badKind.put("kind", "CASTLE");
        asAdmin().body(badKind).post("/api/v1/venues")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", containsString("MEDIA_LIBRARY"));

        Map<String, Object> badZone = new HashMap<>(Fixtures.venueBody("Zone"));
        badZone.put("timezone", "Mars/Olympus");
        asAdmin().body(badZone).post("/api/v1/venues").then().statusCode(400).body("errors[0].field", equalTo("timezone"));

        Map<String, Object> wrongType = new HashMap<>(Fixtures.venueBody("Type"));
        wrongType.put("latitude", "north");
        asAdmin().body(wrongType).post("/api/v1/venues").then().statusCode(400).body("errors[0].field", equalTo("latitude"));

        asAdmin().body("{\"name\": ").post("/api/v1/venues")
                .then().statusCode(400).body("type", equalTo("urn:coopconnect:problem:malformed-json"));
        asAdmin().body("[]").post("/api/v1/venues").then().statusCode(400).contentType("application/problem+json");
        asAdmin().post("/api/v1/venues").then().statusCode(400).contentType("application/problem+json");
        anonymous().get("/api/v1/venues/not-a-uuid").then().statusCode(400).contentType("application/problem+json");
        anonymous().queryParam("near", "north").get("/api/v1/venues").then().statusCode(400).body("errors[0].field", equalTo("near"));
        anonymous().queryParam("size", 100000).get("/api/v1/venues").then().statusCode(400).contentType("application/problem+json");
        anonymous().queryParam("kind", "CASTLE").get("/api/v1/venues").then().statusCode(400).contentType("application/problem+json");
        anonymous().queryParam("page", "x").get("/api/v1/venues").then().statusCode(400)
                .body("errors[0].field", equalTo("page"), "errors[0].message", containsString("« x »"));
        anonymous().queryParam("radiusKm", "Infinity").queryParam("near", "44.3,5.8").get("/api/v1/venues")
                .then().statusCode(400).body("errors[0].field", equalTo("radiusKm"));
        anonymous().get("/api/v1/venues/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void onlyNetworkAdminsCreateAndDeleteVenues() {
        anonymous().body(Fixtures.venueBody("No")).post("/api/v1/venues").then().statusCode(401);
        Fixtures.newMember().as().body(Fixtures.venueBody("No")).post("/api/v1/venues").then().statusCode(403);
        UUID venueId = Fixtures.newVenue();
        Fixtures.newManager(venueId).as().delete("/api/v1/venues/" + venueId).then().statusCode(403);
    }

    @Test
    void onlyItsManagersAndAdminsUpdateAVenue() {
        AccessMatrix.assertOnlyVenueManagers(venueId -> venueId,
                (as, venueId) -> as.body(Fixtures.venueBody("Updated")).put("/api/v1/venues/" + venueId), 200);
    }

    @Test
    void managersAreAppointedByAdminsAndSeeTheirVenues() {
        UUID venueId = Fixtures.newVenue();
        Fixtures.Account manager = Fixtures.newManager(venueId);
        manager.as().get("/api/v1/me").then().statusCode(200)
                .body("roles", hasItem("venue-manager"))
                .body("managedVenueIds", contains(venueId.toString()));

        Fixtures.newManager(Fixtures.newVenue()).as()
                .put("/api/v1/venues/" + venueId + "/managers/" + manager.id()).then().statusCode(403);
        asAdmin().put("/api/v1/venues/" + venueId + "/managers/" + UUID.randomUUID()).then().statusCode(404);

        asAdmin().delete("/api/v1/venues/" + venueId + "/managers/" + manager.id()).then().statusCode(204);
        manager.as().body(Fixtures.venueBody("Not mine any more")).put("/api/v1/venues/" + venueId).then().statusCode(403);
        manager.as().get("/api/v1/me").then().body("managedVenueIds", everyItem(not(equalTo(venueId.toString()))));
    }

    @Test
    void listsTheVenueManagersByNameForThoseWhoManageIt() {
        UUID venueId = Fixtures.newVenue();
        Fixtures.Account first = Fixtures.newManager(venueId);
        Fixtures.Account second = Fixtures.newManager(venueId);
        Fixtures.newManager(Fixtures.newVenue());

        first.as().get("/api/v1/venues/" + venueId + "/managers").then().statusCode(200)
                .body("memberId", containsInAnyOrder(first.id().toString(), second.id().toString()))
                .body("email", containsInAnyOrder(first.email(), second.email()))
                .body("displayName", everyItem(equalTo("Camille Test")));

        asAdmin().delete("/api/v1/venues/" + venueId + "/managers/" + second.id()).then().statusCode(204);
        asAdmin().get("/api/v1/venues/" + venueId + "/managers").then().statusCode(200)
                .body("memberId", contains(first.id().toString()));

        AccessMatrix.assertOnlyVenueManagers(id -> id,
                (as, id) -> as.get("/api/v1/venues/" + id + "/managers"), 200);
        asAdmin().get("/api/v1/venues/" + UUID.randomUUID() + "/managers").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        asAdmin().get("/api/v1/venues/not-a-uuid/managers").then().statusCode(400);
    }
}
