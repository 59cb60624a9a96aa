package fr.coopconnect.privacy;

import fr.coopconnect.booking.MemberBookings;
import fr.coopconnect.community.EventResourceTest;
import fr.coopconnect.support.Fixtures;
import fr.coopconnect.support.Sql;
import fr.coopconnect.support.TestCalendar;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static fr.coopconnect.support.Fixtures.anonymous;
import static fr.coopconnect.support.Fixtures.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class PersonalDataTest {

    static final LocalDate TUESDAY = TestCalendar.next(DayOfWeek.TUESDAY, 14);

    @Inject
    AgroalDataSource db;

    @Inject
    MemberBookings memberBookings;

    record Person(Fixtures.Account account, String name, String phone) {
    }

    static Person person() {
        Fixtures.Account member = Fixtures.newMember();
        String name = "Zélie Effacée " + UUID.randomUUID().toString().substring(0, 8);
        String phone = "+33 6 " + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        Map<String, Object> body = new HashMap<>();
        body.put("displayName", name);
        body.put("email", member.email());
        body.put("phone", phone);
        body.put("commune", "Ribiers");
        body.put("activity", "Traductrice");
        body.put("status", "TELEWORKER");
        body.put("directoryConsent", true);
        body.put("newsConsent", true);
        member.as().body(body).put("/api/v1/me").then().statusCode(200);
        return new Person(member, name, phone);
    }

    static String book(Fixtures.Account member, UUID spaceId, String from, String to, String note) {
        return member.as().body(Map.of("spaceId", spaceId.toString(), "start", TestCalendar.at(TUESDAY, from),
                "end", TestCalendar.at(TUESDAY, to), "note", note)).post("/api/v1/bookings")
                .then().statusCode(201).extract().path("id");
    }

    /** Moves a booking into the past, as if it had been made long ago (the API refuses past slots). */
    void moveBack(String bookingId, String interval) {
        Sql.update(db, "UPDATE booking SET starts_at = starts_at - ?::interval, ends_at = ends_at - ?::interval, "
                + "occupied_until = occupied_until - ?::interval WHERE id = ?::uuid", interval, interval, interval, bookingId);
    }

    @Test
    void exportsEverythingAboutTheCaller() {
        Person person = person();
        UUID venueId = Fixtures.newRelay();
        String bookingId = book(person.account(), Fixtures.newSpace(venueId, "DESK", "EXCLUSIVE", 1, Map.of()), "09:00", "10:00", "Visio");
        String templateId = asAdmin().body(Map.of("title", "Convention", "body", "Texte", "accessType", "REGULAR",
                        "validityDays", 30, "requiredForBooking", false))
                .post("/api/v1/venues/" + venueId + "/agreement-templates").then().statusCode(201).extract().path("id");
        person.account().as().body(Map.of("templateId", templateId, "motivation", "Bureau calme"))
                .post("/api/v1/venues/" + venueId + "/agreements").then().statusCode(201);
        anonymous().body(Map.of("email", person.account().email(), "password", "wrong-password")).post("/api/v1/auth/token")
                .then().statusCode(401);
        String full = EventResourceTest.create(EventResourceTest.event(venueId, EventResourceTest.room(venueId),
                TUESDAY, "14:00", "15:00", 1));
        String left = EventResourceTest.create(EventResourceTest.event(venueId, EventResourceTest.room(venueId),
                TUESDAY, "10:00", "11:00", 5));
        Fixtures.newMember().as().post("/api/v1/events/" + full + "/registrations").then().statusCode(201);
        person.account().as().post("/api/v1/events/" + full + "/registrations").then().statusCode(201);
        person.account().as().post("/api/v1/events/" + left + "/registrations").then().statusCode(201);
        person.account().as().delete("/api/v1/events/" + left + "/registrations/me").then().statusCode(204);

        person.account().as().get("/api/v1/me/export").then().statusCode(200)
                .body("eventRegistrations.event.id", equalTo(List.of(left, full)))
                .body("eventRegistrations.event.title", equalTo(List.of("Atelier cybersécurité", "Atelier cybersécurité")))
                .body("eventRegistrations.event.start", equalTo(List.of(TestCalendar.at(TUESDAY, "10:00"),
                        TestCalendar.at(TUESDAY, "14:00"))))
                .body("eventRegistrations.registrationStatus", equalTo(List.of("WITHDRAWN", "WAITLISTED")))
                .body("eventRegistrations[1].waitlistPosition", equalTo(1))
                .body("eventRegistrations[0].registeredAt", org.hamcrest.Matchers.notNullValue())
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("attachment"))
                .body("profile.email", equalTo(person.account().email()))
                .body("profile.phone", equalTo(person.phone()))
                .body("consents.directoryConsent", equalTo(true))
                .body("consents.newsConsentGivenAt", org.hamcrest.Matchers.notNullValue())
                .body("bookings.id", hasItem(bookingId))
                .body("agreements[0].motivation", equalTo("Bureau calme"))
                .body("loginHistory.size()", greaterThan(1))
                .body("loginHistory.succeeded", hasItem(false));
        anonymous().get("/api/v1/me/export").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void erasureLeavesNoPersonalDataAndKeepsAnonymousOccupancy() throws SQLException {
        Person person = person();
        Fixtures.Account member = person.account();
        UUID venueId = Fixtures.newRelay();
        UUID spaceId = Fixtures.newSpace(venueId, "OFFICE", "EXCLUSIVE", 2, Map.of());
        String past = book(member, spaceId, "09:00", "10:00", "Rendez-vous de " + person.name());
        moveBack(past, "30 days");
        String future = book(member, spaceId, "10:00", "11:00", "Appel " + person.phone());
        String templateId = asAdmin().body(Map.of("title", "Convention", "body", "Texte", "accessType", "REGULAR",
                        "validityDays", 30, "requiredForBooking", false))
                .post("/api/v1/venues/" + venueId + "/agreement-templates").then().statusCode(201).extract().path("id");
        String agreementId = member.as().body(Map.of("templateId", templateId, "motivation", "Je suis " + person.name()))
                .post("/api/v1/venues/" + venueId + "/agreements").then().statusCode(201).extract().path("id");
        asAdmin().post("/api/v1/agreements/" + agreementId + "/approve").then().statusCode(200);
        anonymous().body(Map.of("email", member.email(), "password", "wrong-password")).post("/api/v1/auth/token").then().statusCode(401);
        long pastBefore = pastBookings(venueId);
        assertEquals(1, pastBefore);

        member.as().body(Map.of()).delete("/api/v1/me").then().statusCode(400);
        member.as().body(Map.of("currentPassword", "wrong-password-123")).delete("/api/v1/me").then().statusCode(403);
        anonymous().body(Map.of("currentPassword", Fixtures.PASSWORD)).delete("/api/v1/me").then().statusCode(401);
        member.as().body(Map.of("currentPassword", Fixtures.PASSWORD)).delete("/api/v1/me").then().statusCode(204);

        for (String secret : List.of(member.email(), person.name(), person.phone())) {
            assertEquals(List.of(), columnsHolding(secret), "no row may still hold " + secret);
        }
        assertEquals(pastBefore, pastBookings(venueId));
        asAdmin().get("/api/v1/bookings/" + past).then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("memberId", nullValue()).body("note", nullValue());
        asAdmin().get("/api/v1/venues/" + venueId + "/bookings").then().statusCode(200).body("memberId", hasItem(nullValue()));
        asAdmin().get("/api/v1/bookings/" + future).then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("memberId", nullValue());
        asAdmin().get("/api/v1/agreements/" + agreementId).then().statusCode(200)
                .body("status", equalTo("TERMINATED")).body("memberId", nullValue()).body("motivation", nullValue());
        member.as().get("/api/v1/me").then().statusCode(401);

        anonymous().body(Map.of("email", member.email(), "password", Fixtures.PASSWORD, "displayName", "De retour"))
                .post("/api/v1/auth/register").then().statusCode(201);
        Fixtures.token(member.email(), Fixtures.PASSWORD);
    }

    @Test
    void erasureHandsTheMembersSeatsOnAndDeletesTheirRegistrations() {
        Fixtures.Account member = person().account();
        Fixtures.Account waiting = Fixtures.newMember();
        UUID venueId = Fixtures.newRelay();
        String upcoming = EventResourceTest.create(EventResourceTest.event(venueId, EventResourceTest.room(venueId),
                TUESDAY, "14:00", "15:00", 1));
        String other = EventResourceTest.create(EventResourceTest.event(venueId, EventResourceTest.room(venueId),
                TUESDAY, "10:00", "11:00", 5));
        member.as().post("/api/v1/events/" + upcoming + "/registrations").then().statusCode(201);
        waiting.as().post("/api/v1/events/" + upcoming + "/registrations").then().statusCode(201)
                .body("status", equalTo("WAITLISTED"));
        member.as().post("/api/v1/events/" + other + "/registrations").then().statusCode(201);
        member.as().delete("/api/v1/events/" + other + "/registrations/me").then().statusCode(204);

        member.as().body(Map.of("currentPassword", Fixtures.PASSWORD)).delete("/api/v1/me").then().statusCode(204);

        assertEquals(0, Sql.count(db, "SELECT count(*) FROM event_registration WHERE member_id = ?", member.id()));
        waiting.as().get("/api/v1/me/events").then().statusCode(200)
                .body("items[0].event.id", equalTo(upcoming)).body("items[0].registrationStatus", equalTo("REGISTERED"));
        anonymous().get("/api/v1/events/" + upcoming).then().body("registered", equalTo(1)).body("waitlisted", equalTo(0));
        anonymous().get("/api/v1/events/" + other).then().body("registered", equalTo(0));
    }

    @Test
    void bookingsOlderThanTheRetentionBecomeAnonymous() {
        Fixtures.Account member = Fixtures.newMember();
        UUID spaceId = Fixtures.newSpace(Fixtures.newRelay(), "OFFICE", "EXCLUSIVE", 2, Map.of());
        String old = book(member, spaceId, "09:00", "10:00", "Ancienne");
        String recent = book(member, spaceId, "10:00", "11:00", "Récente");
        moveBack(old, "26 months");
        moveBack(recent, "23 months");
        memberBookings.anonymiseEndedBefore(Instant.now().atOffset(ZoneOffset.UTC).minusMonths(24).toInstant());
        asAdmin().get("/api/v1/bookings/" + old).then().body("memberId", nullValue()).body("note", nullValue());
        asAdmin().get("/api/v1/bookings/" + recent).then().body("memberId", equalTo(member.id().toString()))
                .body("note", equalTo("Récente"));
    }

    private long pastBookings(UUID venueId) {
        return Sql.count(db, "SELECT count(*) FROM booking WHERE venue_id = ? AND starts_at < now() AND status = 'CONFIRMED'", venueId);
    }

    /** Every text-like column of every table of the schema that holds {@code value}, as "table.column". */
    private List<String> columnsHolding(String value) throws SQLException {
        List<String> hits = new ArrayList<>();
        try (Connection c = db.getConnection()) {
            List<String[]> columns = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT c.table_name, c.column_name FROM information_schema.columns c
                    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                    WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
                      AND c.data_type IN ('character varying', 'text', 'character', 'json', 'jsonb', 'ARRAY')""");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    columns.add(new String[] {r.getString(1), r.getString(2)});
                }
            }
            for (String[] column : columns) {
                try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM \"" + column[0] + "\" WHERE \""
                        + column[1] + "\"::text ILIKE '%' || ? || '%'")) {
                    s.setString(1, value);
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        if (r.getLong(1) > 0) {
                            hits.add(column[0] + "." + column[1]);
                        }
                    }
                }
            }
        }
        return hits;
    }
}
