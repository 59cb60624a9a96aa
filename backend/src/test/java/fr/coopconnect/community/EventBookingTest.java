package fr.coopconnect.community;

import fr.coopconnect.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static fr.coopconnect.community.EventResourceTest.THURSDAY;
import static fr.coopconnect.community.EventResourceTest.event;
import static fr.coopconnect.support.Fixtures.anonymous;
import static fr.coopconnect.support.Fixtures.asAdmin;
import static fr.coopconnect.support.TestCalendar.at;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The booking an event holds changes only through its event: never cancelled, rejected or dropped on its own. */
@QuarkusTest
class EventBookingTest {

    @Test
    void anEventsBookingCannotBeCancelledOnItsOwn() {
        UUID venueId = Fixtures.newRelay();
        // A space whose bookings wait for approval: the event's is confirmed at once all the same.
        UUID roomId = Fixtures.newSpace(venueId, "MEETING_ROOM", "EXCLUSIVE", 20, Map.of("requiresApproval", true));
        Fixtures.Account author = Fixtures.newManager(venueId);
        String eventId = author.as().body(event(venueId, roomId, THURSDAY, "14:00", "16:00", 10)).post("/api/v1/events")
                .then().statusCode(201).extract().path("id");
        String bookingId = anonymous().get("/api/v1/events/" + eventId).then().extract().path("bookingId");
        String cancel = "/api/v1/bookings/" + bookingId + "/cancel";

        author.as().body(Map.of("reason", "Salle reprise")).post(cancel).then().statusCode(409)
                .contentType(containsString("application/problem+json"))
                .body("type", equalTo("urn:coopconnect:problem:event-booking"))
                .body("detail", equalTo("Cette réservation porte un événement : annulez l'événement."));
        author.as().header("Accept-Language", "en").post(cancel).then().statusCode(409)
                .body("detail", equalTo("This booking holds an event: cancel the event instead."));
        Fixtures.newManager(venueId).as().body(Map.of("reason", "Salle reprise")).post(cancel).then().statusCode(409)
                .body("type", equalTo("urn:coopconnect:problem:event-booking"));
        asAdmin().body(Map.of("reason", "Salle reprise")).post(cancel).then().statusCode(409)
                .body("type", equalTo("urn:coopconnect:problem:event-booking"));
        for (String decision : new String[] {"approve", "reject"}) {
            asAdmin().body(Map.of("reason", "Salle reprise")).post("/api/v1/bookings/" + bookingId + "/" + decision)
                    .then().statusCode(409).body("type", equalTo("urn:coopconnect:problem:not-pending"));
        }
        anonymous().post(cancel).then().statusCode(401);
        Fixtures.newMember().as().body(Map.of("reason", "x")).post(cancel).then().statusCode(404);
        Fixtures.newManager(Fixtures.newVenue()).as().body(Map.of("reason", "x")).post(cancel).then().statusCode(404);
        asAdmin().body(Map.of("reason", "x".repeat(501))).post(cancel).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem(containsString("reason")));
        asAdmin().body(Map.of("reason", "x")).post("/api/v1/bookings/not-a-uuid/cancel").then().statusCode(400);

        asAdmin().get("/api/v1/bookings/" + bookingId).then().body("status", equalTo("CONFIRMED"));
        anonymous().get("/api/v1/events/" + eventId).then().body("status", equalTo("SCHEDULED"));
        Fixtures.newMember().as().body(Map.of("spaceId", roomId.toString(), "start", at(THURSDAY, "14:00"),
                "end", at(THURSDAY, "15:00"))).post("/api/v1/bookings").then().statusCode(409)
                .body("type", equalTo("urn:coopconnect:problem:slot-taken"));

        asAdmin().body(Map.of("reason", "Intervenant absent")).post("/api/v1/events/" + eventId + "/cancel").then().statusCode(200);
        asAdmin().body(Map.of("reason", "x")).post(cancel).then().statusCode(409)
                .body("type", equalTo("urn:coopconnect:problem:not-cancellable"));
    }

    @Test
    void anOrdinaryBookingOfTheSameRoomIsStillCancelled() {
        UUID venueId = Fixtures.newRelay();
        UUID roomId = EventResourceTest.room(venueId);
        EventResourceTest.create(event(venueId, roomId, THURSDAY, "14:00", "16:00", 10));
        Fixtures.Account member = Fixtures.newMember();
        String bookingId = member.as().body(Map.of("spaceId", roomId.toString(), "start", at(THURSDAY, "09:00"),
                "end", at(THURSDAY, "10:00"))).post("/api/v1/bookings").then().statusCode(201).extract().path("id");
        member.as().post("/api/v1/bookings/" + bookingId + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
    }

    @Test
    void disablingTheManagerWhoCreatedAnEventKeepsItsBooking() {
        UUID venueId = Fixtures.newRelay();
        UUID roomId = EventResourceTest.room(venueId);
        Fixtures.Account author = Fixtures.newManager(venueId);
        String eventId = author.as().body(event(venueId, roomId, THURSDAY, "14:00", "16:00", 10)).post("/api/v1/events")
                .then().statusCode(201).extract().path("id");
        String ownBooking = author.as().body(Map.of("spaceId", roomId.toString(), "start", at(THURSDAY, "09:00"),
                "end", at(THURSDAY, "10:00"))).post("/api/v1/bookings").then().statusCode(201).extract().path("id");
        String eventBooking = anonymous().get("/api/v1/events/" + eventId).then().extract().path("bookingId");

        asAdmin().body(Map.of("reason", "Départ de la structure")).post("/api/v1/members/" + author.id() + "/disable")
                .then().statusCode(200);
        asAdmin().get("/api/v1/bookings/" + ownBooking).then().body("status", equalTo("CANCELLED"));
        asAdmin().get("/api/v1/bookings/" + eventBooking).then().body("status", equalTo("CONFIRMED"));
        anonymous().get("/api/v1/events/" + eventId).then().body("status", equalTo("SCHEDULED"));
    }
}
