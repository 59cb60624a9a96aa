package fr.coopconnect.community;

import fr.coopconnect.support.Fixtures;
import fr.coopconnect.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static fr.coopconnect.community.EventResourceTest.THURSDAY;
import static fr.coopconnect.community.EventResourceTest.create;
import static fr.coopconnect.community.EventResourceTest.event;
import static fr.coopconnect.community.EventResourceTest.room;
import static fr.coopconnect.support.Fixtures.anonymous;
import static fr.coopconnect.support.Fixtures.asAdmin;
import static fr.coopconnect.support.TestCalendar.at;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

@QuarkusTest
class MyEventsTest {

    @AfterEach
    void realTimeAgain() {
        TestClock.reset();
    }

    static String register(Fixtures.Account member, String eventId) {
        return member.as().post("/api/v1/events/" + eventId + "/registrations").then().statusCode(201)
                .extract().path("status");
    }

    @Test
    void aMemberSeesTheEventsTheyHoldAPlaceAtUpcomingFirstWithTheirOwnStatus() {
        UUID venueId = Fixtures.newRelay();
        String morning = create(event(venueId, room(venueId), THURSDAY, "10:00", "11:00", 5));
        String full = create(event(venueId, room(venueId), THURSDAY, "14:00", "15:00", 1));
        String nextWeek = create(event(venueId, room(venueId), THURSDAY.plusDays(7), "10:00", "11:00", 5));
        String withdrawn = create(event(venueId, room(venueId), THURSDAY.plusDays(1), "10:00", "11:00", 5));
        Fixtures.Account seated = Fixtures.newMember();
        Fixtures.Account firstWaiting = Fixtures.newMember();
        Fixtures.Account me = Fixtures.newMember();
        register(seated, full);
        register(firstWaiting, full);
        for (String id : List.of(nextWeek, morning, full, withdrawn)) {
            register(me, id);
        }
        me.as().delete("/api/v1/events/" + withdrawn + "/registrations/me").then().statusCode(204);
        asAdmin().body(java.util.Map.of("reason", "Intervenant malade")).post("/api/v1/events/" + morning + "/cancel")
                .then().statusCode(200);

        me.as().get("/api/v1/me/events").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.event.id", equalTo(List.of(morning, full, nextWeek)))
                .body("items.event.status", equalTo(List.of("CANCELLED", "SCHEDULED", "SCHEDULED")))
                .body("items.registrationStatus", equalTo(List.of("REGISTERED", "WAITLISTED", "REGISTERED")))
                .body("items[1].waitlistPosition", equalTo(2))
                .body("items[0].waitlistPosition", nullValue())
                .body("items[1].event.title", equalTo("Atelier cybersécurité"))
                .body("items[1].event.start", equalTo(at(THURSDAY, "14:00")));
        firstWaiting.as().delete("/api/v1/events/" + full + "/registrations/me").then().statusCode(204);
        me.as().queryParam("size", 1).queryParam("page", 1).get("/api/v1/me/events").then().statusCode(200)
                .body("total", equalTo(3)).body("items.event.id", equalTo(List.of(full)))
                .body("items[0].waitlistPosition", equalTo(1));

        // Once the afternoon is over, what is still to come leads and the past follows, latest first.
        TestClock.set(OffsetDateTime.parse(at(THURSDAY, "15:00")).toInstant());
        me.as().get("/api/v1/me/events").then().statusCode(200)
                .body("items.event.id", equalTo(List.of(nextWeek, full, morning)));
    }

    @Test
    void onlyTheCallerSeesTheirRegistrationsAndPublicEventsNeverNameThem() {
        UUID venueId = Fixtures.newRelay();
        String id = create(event(venueId, room(venueId), THURSDAY, "14:00", "15:00", 5));
        Fixtures.Account registrant = Fixtures.newMember();
        register(registrant, id);

        Fixtures.newMember().as().get("/api/v1/me/events").then().statusCode(200)
                .body("total", equalTo(0)).body("items.size()", equalTo(0));
        Fixtures.newManager(venueId).as().get("/api/v1/me/events").then().statusCode(200).body("total", equalTo(0));
        String mine = registrant.as().get("/api/v1/me/events").then().statusCode(200)
                .body("items.event.id", hasItem(id)).extract().asString();
        assertFalse(mine.contains("memberId"), "the caller's own list names nobody: " + mine);
        String publicList = anonymous().queryParam("venueId", venueId.toString()).get("/api/v1/events").then()
                .statusCode(200).body("items[0].registered", equalTo(1)).extract().asString();
        String publicEvent = anonymous().get("/api/v1/events/" + id).then().statusCode(200).extract().asString();
        for (String json : List.of(publicList, publicEvent)) {
            assertFalse(json.contains(registrant.id().toString()), "public event JSON never says who registered");
            assertFalse(json.contains("Camille"), "public event JSON never names registrants");
        }

        anonymous().get("/api/v1/me/events").then().statusCode(401)
                .contentType(containsString("application/problem+json"));
        registrant.as().queryParam("size", 0).get("/api/v1/me/events").then().statusCode(400)
                .contentType(containsString("application/problem+json"));
        registrant.as().queryParam("page", -1).get("/api/v1/me/events").then().statusCode(400)
                .body("errors.field", hasItem(containsString("page")));
    }
}
