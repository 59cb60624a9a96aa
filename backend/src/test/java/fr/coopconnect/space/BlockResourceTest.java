package fr.coopconnect.space;

import fr.coopconnect.support.AccessMatrix;
import fr.coopconnect.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static fr.coopconnect.support.Fixtures.anonymous;
import static fr.coopconnect.support.Fixtures.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class BlockResourceTest {

    static final Map<String, Object> BLOCK = Map.of(
            "start", "2030-04-15T08:00:00+02:00", "end", "2030-04-15T12:00:00+02:00", "reason", "Réunion d'équipe");

    static String newBlock(String spaceId) {
        return asAdmin().body(BLOCK).post("/api/v1/spaces/" + spaceId + "/blocks").then().statusCode(201).extract().path("id");
    }

    @Test
    void createsListsAndDeletesBlocksInTheVenueZone() {
        String spaceId = SpaceResourceTest.newSpace(Fixtures.newVenue());
        String blockId = asAdmin().body(Map.of("start", "2030-04-15T06:00:00Z", "end", "2030-04-15T10:00:00Z", "reason", "Formation"))
                .post("/api/v1/spaces/" + spaceId + "/blocks")
                .then().statusCode(201)
                .body("start", equalTo("2030-04-15T08:00:00+02:00"))
                .body("end", equalTo("2030-04-15T12:00:00+02:00"))
                .body("reason", equalTo("Formation"))
                .extract().path("id");
        asAdmin().get("/api/v1/spaces/" + spaceId + "/blocks").then().statusCode(200).body("id", contains(blockId));
        asAdmin().queryParam("from", "2030-04-16T00:00:00+02:00").get("/api/v1/spaces/" + spaceId + "/blocks")
                .then().statusCode(200).body("size()", equalTo(0));
        asAdmin().delete("/api/v1/spaces/" + spaceId + "/blocks/" + blockId).then().statusCode(204);
        asAdmin().delete("/api/v1/spaces/" + spaceId + "/blocks/" + blockId).then().statusCode(404);
    }

    @Test
    void rejectsInvertedAndOverlongBlocks() {
        String spaceId = SpaceResourceTest.newSpace(Fixtures.newVenue());
        asAdmin().body(Map.of("start", "2030-04-15T12:00:00+02:00", "end", "2030-04-15T08:00:00+02:00"))
                .post("/api/v1/spaces/" + spaceId + "/blocks").then().statusCode(400).body("errors[0].field", equalTo("end"));
        asAdmin().body(Map.of("start", "2030-01-01T00:00:00Z", "end", "2032-01-01T00:00:00Z"))
                .post("/api/v1/spaces/" + spaceId + "/blocks").then().statusCode(400).body("errors[0].field", equalTo("end"));
        asAdmin().body(Map.of("start", "tomorrow", "end", "2030-01-01T00:00:00Z"))
                .post("/api/v1/spaces/" + spaceId + "/blocks").then().statusCode(400).body("errors[0].field", equalTo("start"));
        asAdmin().body(Map.of("end", "2030-01-01T00:00:00Z"))
                .post("/api/v1/spaces/" + spaceId + "/blocks").then().statusCode(400).body("errors[0].field", equalTo("start"));
    }

    @Test
    void aBlockOfAnotherSpaceIsNotFoundThroughThisOne() {
        UUID venueId = Fixtures.newVenue();
        String blockId = newBlock(SpaceResourceTest.newSpace(venueId));
        String otherSpace = SpaceResourceTest.newSpace(venueId);
        asAdmin().delete("/api/v1/spaces/" + otherSpace + "/blocks/" + blockId).then().statusCode(404);
    }

    @Test
    void blocksAreReadOnlyByTheVenueManagers() {
        AccessMatrix.assertOnlyVenueManagers(SpaceResourceTest::newSpace,
                (as, spaceId) -> as.get("/api/v1/spaces/" + spaceId + "/blocks"), 200);
        anonymous().get("/api/v1/spaces/" + UUID.randomUUID() + "/blocks").then().statusCode(401);
    }

    @Test
    void blocksAreCreatedByTheVenueManagers() {
        AccessMatrix.assertOnlyVenueManagers(SpaceResourceTest::newSpace,
                (as, spaceId) -> as.body(BLOCK).post("/api/v1/spaces/" + spaceId + "/blocks"), 201);
    }

    @Test
    void blocksAreDeletedByTheVenueManagers() {
        AccessMatrix.assertOnlyVenueManagers(venueId -> {
                    String spaceId = SpaceResourceTest.newSpace(venueId);
                    return "/api/v1/spaces/" + spaceId + "/blocks/" + newBlock(spaceId);
                },
                (as, path) -> as.delete(path), 204);
    }
}
