package fr.coopconnect.space;

import fr.coopconnect.support.AccessMatrix;
import fr.coopconnect.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.coopconnect.support.Fixtures.anonymous;
import static fr.coopconnect.support.Fixtures.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class SpaceResourceTest {

    static Map<String, Object> spaceBody(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", "COMPUTER_ROOM");
        body.put("capacity", 8);
        body.put("bookingMode", "SHARED");
        body.put("equipment", List.of("COMPUTER", "SCREEN"));
        return body;
    }

    static String newSpace(UUID venueId) {
        return asAdmin().body(spaceBody("Salle informatique")).post("/api/v1/venues/" + venueId + "/spaces")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void createsWithDefaultRulesThenReadsUpdatesAndDeletes() {
        UUID venueId = Fixtures.newVenue();
        String id = asAdmin().body(spaceBody("Salle informatique 8 postes")).post("/api/v1/venues/" + venueId + "/spaces")
                .then().statusCode(201)
                .body("venueId", equalTo(venueId.toString()))
                .body("active", equalTo(true))
                .body("rules.slotMinutes", equalTo(30))
                .body("rules.minMinutes", equalTo(30))
                .body("rules.maxMinutes", equalTo(480))
                .body("rules.requiresApproval", equalTo(false))
                .body("schedule", nullValue())
                .body("hourlyRate", nullValue())
                .extract().path("id");

        anonymous().get("/api/v1/venues/" + venueId + "/spaces").then().statusCode(200)
                .body("id", contains(id));

        Map<String, Object> update = spaceBody("Salle informatique");
        update.put("hourlyRate", 4.5);
        update.put("rules", Map.of("slotMinutes", 60, "minMinutes", 60, "maxMinutes", 240, "bufferMinutes", 15,
                "minNoticeMinutes", 120, "maxAdvanceDays", 30, "requiresApproval", true));
        asAdmin().body(update).put("/api/v1/spaces/" + id).then().statusCode(200)
                .body("hourlyRate", equalTo(4.5f))
                .body("rules.slotMinutes", equalTo(60))
                .body("rules.bufferMinutes", equalTo(15))
                .body("rules.requiresApproval", equalTo(true));

        asAdmin().delete("/api/v1/spaces/" + id).then().statusCode(204);
        anonymous().get("/api/v1/spaces/" + id).then().statusCode(404);
    }

    @Test
    void rulesMustBeConsistent() {
        UUID venueId = Fixtures.newVenue();
        Map<String, Object> body = spaceBody("Bureau");
        body.put("rules", Map.of("slotMinutes", 20, "minMinutes", 120, "maxMinutes", 60));
        asAdmin().body(body).post("/api/v1/venues/" + venueId + "/spaces").then().statusCode(400)
                .body("errors.field", hasItem("rules.slotMinutes"))
                .body("errors.field", hasItem("rules.maxMinutes"));

        body.put("rules", Map.of("slotMinutes", 30, "minMinutes", 45));
        asAdmin().body(body).post("/api/v1/venues/" + venueId + "/spaces").then().statusCode(400)
                .body("errors.field", contains("rules.minMinutes"));

        body.put("rules", Map.of("maxAdvanceDays", 0));
        body.put("capacity", 0);
        asAdmin().body(body).post("/api/v1/venues/" + venueId + "/spaces").then().statusCode(400)
                .body("errors.field", hasItem("capacity"))
                .body("errors.field", hasItem("rules.maxAdvanceDays"));

        Map<String, Object> badEquipment = spaceBody("Bureau");
        badEquipment.put("equipment", List.of("JACUZZI"));
        asAdmin().body(badEquipment).post("/api/v1/venues/" + venueId + "/spaces").then().statusCode(400)
                .body("errors[0].field", equalTo("equipment[0]"));
    }

    @Test
    void ownScheduleMustBeValidAndWithinTheVenueHours() {
        UUID venueId = Fixtures.newVenue();
        Map<String, Object> body = spaceBody("Point visio");
        body.put("schedule", List.of(
                Map.of("day", "MONDAY", "opens", "10:00", "closes", "09:00")));
        asAdmin().body(body).post("/api/v1/venues/" + venueId + "/spaces").then().statusCode(400)
                .body("errors[0].field", startsWith("schedule"));

        body.put("schedule", List.of(Map.of("day", "TUESDAY", "opens", "09:00", "closes", "11:00")));
        // The new venue has no opening hours yet, so no schedule fits inside them.
        asAdmin().body(body).post("/api/v1/venues/" + venueId + "/spaces").then().statusCode(422)
                .body("type", equalTo("urn:coopconnect:problem:schedule-outside-hours"));
    }

    @Test
    void aSpaceWithBookingsIsDeactivatedNotDeleted() {
        UUID venueId = Fixtures.newRelay();
        UUID spaceId = Fixtures.newSpace(venueId, "OFFICE", "EXCLUSIVE", 2, Map.of());
        java.time.LocalDate day = fr.coopconnect.support.TestCalendar.next(java.time.DayOfWeek.TUESDAY, 14);
        Fixtures.newMember().as().body(Map.of("spaceId", spaceId.toString(),
                        "start", fr.coopconnect.support.TestCalendar.at(day, "09:00"),
                        "end", fr.coopconnect.support.TestCalendar.at(day, "10:00")))
                .post("/api/v1/bookings").then().statusCode(201);
        asAdmin().delete("/api/v1/spaces/" + spaceId).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:coopconnect:problem:in-use"));
        asAdmin().delete("/api/v1/venues/" + venueId).then().statusCode(409);
        anonymous().get("/api/v1/spaces/" + spaceId).then().statusCode(200);
    }

    @Test
    void staleIfMatchIsRefused() {
        String id = newSpace(Fixtures.newVenue());
        String etag = anonymous().get("/api/v1/spaces/" + id).then().extract().header("ETag");
        asAdmin().header("If-Match", etag).body(spaceBody("Once")).put("/api/v1/spaces/" + id).then().statusCode(200);
        asAdmin().header("If-Match", etag).body(spaceBody("Twice")).put("/api/v1/spaces/" + id).then().statusCode(412);
    }

    @Test
    void unknownOrMalformedIds() {
        anonymous().get("/api/v1/spaces/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        anonymous().get("/api/v1/spaces/123").then().statusCode(400).contentType("application/problem+json");
        anonymous().get("/api/v1/venues/" + UUID.randomUUID() + "/spaces").then().statusCode(404);
        asAdmin().body(spaceBody("Orphan")).post("/api/v1/venues/" + UUID.randomUUID() + "/spaces").then().statusCode(404);
    }

    @Test
    void onlyTheVenueManagersCreateSpaces() {
        AccessMatrix.assertOnlyVenueManagers(venueId -> venueId,
                (as, venueId) -> as.body(spaceBody("Bureau")).post("/api/v1/venues/" + venueId + "/spaces"), 201);
    }

    @Test
    void onlyTheVenueManagersUpdateSpaces() {
        AccessMatrix.assertOnlyVenueManagers(SpaceResourceTest::newSpace,
                (as, spaceId) -> as.body(spaceBody("Renamed")).put("/api/v1/spaces/" + spaceId), 200);
    }

    @Test
    void onlyTheVenueManagersDeleteSpaces() {
        AccessMatrix.assertOnlyVenueManagers(SpaceResourceTest::newSpace,
                (as, spaceId) -> as.delete("/api/v1/spaces/" + spaceId), 204);
    }
}
