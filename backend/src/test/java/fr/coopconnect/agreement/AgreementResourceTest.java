package fr.coopconnect.agreement;

import fr.coopconnect.support.AccessMatrix;
import fr.coopconnect.support.Fixtures;
import fr.coopconnect.support.Sql;
import fr.coopconnect.support.TestCalendar;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.coopconnect.support.Fixtures.anonymous;
import static fr.coopconnect.support.Fixtures.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class AgreementResourceTest {

    static final LocalDate TUESDAY = TestCalendar.next(DayOfWeek.TUESDAY, 14);

    @Inject
    AgroalDataSource db;

    @Inject
    AgreementGate gate;

    static Map<String, Object> template(String accessType, boolean required, Integer maxPerMonth) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Convention " + accessType + " " + UUID.randomUUID());
        body.put("body", "# Convention\n\nLe membre s'engage à respecter le règlement du lieu.");
        body.put("accessType", accessType);
        body.put("admissionCriteria", "Résider ou travailler dans le Laragnais");
        body.put("validityDays", 365);
        body.put("requiredForBooking", required);
        if (maxPerMonth != null) {
            body.put("maxBookingsPerMonth", maxPerMonth);
        }
        return body;
    }

    static UUID newTemplate(UUID venueId, Map<String, Object> body) {
        String id = asAdmin().body(body).post("/api/v1/venues/" + venueId + "/agreement-templates")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    static UUID request(Fixtures.Account member, UUID venueId, UUID templateId) {
        String id = member.as().body(Map.of("templateId", templateId.toString(), "motivation", "Je télétravaille deux jours par semaine"))
                .post("/api/v1/venues/" + venueId + "/agreements").then().statusCode(201)
                .body("status", equalTo("PENDING")).extract().path("id");
        return UUID.fromString(id);
    }

    static UUID activeAgreement(Fixtures.Account member, UUID venueId, UUID templateId) {
        UUID id = request(member, venueId, templateId);
        asAdmin().post("/api/v1/agreements/" + id + "/approve").then().statusCode(200).body("status", equalTo("ACTIVE"));
        return id;
    }

    static Response book(Fixtures.Account member, UUID spaceId, LocalDate day, String from, String to) {
        return member.as().body(Map.of("spaceId", spaceId.toString(), "start", TestCalendar.at(day, from),
                "end", TestCalendar.at(day, to))).post("/api/v1/bookings");
    }

    // --- Templates ---

    @Test
    void editingATemplateAddsAVersionAndKeepsWhatWasAccepted() {
        UUID venueId = Fixtures.newVenue();
        Map<String, Object> v1 = template("REGULAR", false, null);
        UUID templateId = newTemplate(venueId, v1);
        Fixtures.Account member = Fixtures.newMember();
        UUID agreementId = request(member, venueId, templateId);

        Map<String, Object> v2 = template("REGULAR", false, null);
        v2.put("body", "# Convention, version révisée");
        asAdmin().body(v2).put("/api/v1/agreement-templates/" + templateId).then().statusCode(200)
                .body("version", equalTo(2)).body("title", equalTo(v2.get("title")));
        anonymous().get("/api/v1/agreement-templates/" + templateId).then().statusCode(200).body("version", equalTo(2));
        anonymous().get("/api/v1/venues/" + venueId + "/agreement-templates").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].body", equalTo("# Convention, version révisée"));

        member.as().get("/api/v1/me/agreements").then().statusCode(200)
                .body("[0].id", equalTo(agreementId.toString()))
                .body("[0].accepted.version", equalTo(1))
                .body("[0].accepted.title", equalTo(v1.get("title")))
                .body("[0].accepted.body", equalTo(v1.get("body")))
                .body("[0].memberName", nullValue());
    }

    @Test
    void templatesAreValidated() {
        UUID venueId = Fixtures.newVenue();
        asAdmin().body(template("OCCASIONAL", true, null)).post("/api/v1/venues/" + venueId + "/agreement-templates")
                .then().statusCode(400).body("errors[0].field", equalTo("maxBookingsPerMonth"));
        asAdmin().body(template("REGULAR", true, 4)).post("/api/v1/venues/" + venueId + "/agreement-templates")
                .then().statusCode(400).body("errors[0].field", equalTo("maxBookingsPerMonth"));
        Map<String, Object> bad = template("SOMETIMES", true, null);
        bad.put("validityDays", 0);
        asAdmin().body(bad).post("/api/v1/venues/" + venueId + "/agreement-templates").then().statusCode(400)
                .contentType("application/problem+json");
        asAdmin().body(template("REGULAR", true, null)).post("/api/v1/venues/" + UUID.randomUUID() + "/agreement-templates")
                .then().statusCode(404);
        anonymous().get("/api/v1/agreement-templates/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void onlyVenueManagersWriteTemplates() {
        AccessMatrix.assertOnlyVenueManagers(venueId -> venueId,
                (caller, venueId) -> caller.body(template("REGULAR", false, null)).post("/api/v1/venues/" + venueId + "/agreement-templates"),
                201);
        AccessMatrix.assertOnlyVenueManagers(venueId -> newTemplate(venueId, template("REGULAR", false, null)),
                (caller, templateId) -> caller.body(template("REGULAR", false, null)).put("/api/v1/agreement-templates/" + templateId),
                200);
    }

    // --- Lifecycle ---

    @Test
    void requestApproveRejectAndTerminate() {
        UUID venueId = Fixtures.newVenue();
        UUID templateId = newTemplate(venueId, template("REGULAR", false, null));
        Fixtures.Account member = Fixtures.newMember();
        Fixtures.Account manager = Fixtures.newManager(venueId);
        UUID first = request(member, venueId, templateId);
        member.as().body(Map.of("templateId", templateId.toString())).post("/api/v1/venues/" + venueId + "/agreements")
                .then().statusCode(409).body("type", equalTo("urn:coopconnect:problem:agreement-open"));

        manager.as().get("/api/v1/venues/" + venueId + "/agreements?status=PENDING").then().statusCode(200)
                .body("id", hasItem(first.toString())).body("memberName", hasItem("Camille Test"))
                .body("memberEmail", hasItem(member.email()));
        manager.as().body(Map.of()).post("/api/v1/agreements/" + first + "/reject").then().statusCode(400);
        manager.as().post("/api/v1/agreements/" + first + "/approve").then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("validFrom", notNullValue()).body("validUntil", notNullValue());
        manager.as().post("/api/v1/agreements/" + first + "/approve").then().statusCode(409);
        manager.as().get("/api/v1/venues/" + venueId + "/agreements?status=ACTIVE").then().body("id", hasItem(first.toString()));
        manager.as().get("/api/v1/venues/" + venueId + "/agreements?status=PENDING").then().body("id", not(hasItem(first.toString())));
        manager.as().get("/api/v1/venues/" + venueId + "/agreements?status=LOST").then().statusCode(400);
        member.as().body(Map.of("templateId", templateId.toString())).post("/api/v1/venues/" + venueId + "/agreements")
                .then().statusCode(409);

        member.as().body(Map.of("reason", "Je déménage")).post("/api/v1/agreements/" + first + "/terminate").then().statusCode(200)
                .body("status", equalTo("TERMINATED")).body("terminationReason", equalTo("Je déménage"));
        member.as().post("/api/v1/agreements/" + first + "/terminate").then().statusCode(409);

        UUID second = request(member, venueId, templateId);
        manager.as().body(Map.of("reason", "Places complètes")).post("/api/v1/agreements/" + second + "/reject").then()
                .statusCode(200).body("status", equalTo("REJECTED")).body("decisionReason", equalTo("Places complètes"));
        member.as().get("/api/v1/agreements/" + second).then().statusCode(200).body("status", equalTo("REJECTED"));
        Fixtures.newMember().as().get("/api/v1/agreements/" + second).then().statusCode(404);
    }

    @Test
    void anAgreementExpiresAfterItsValidityAndCanBeRenewed() {
        UUID venueId = Fixtures.newVenue();
        UUID templateId = newTemplate(venueId, template("REGULAR", false, null));
        Fixtures.Account member = Fixtures.newMember();
        UUID id = activeAgreement(member, venueId, templateId);
        Sql.update(db, "UPDATE agreement SET valid_from = now() - interval '400 days', valid_until = now() - interval '35 days' WHERE id = ?", id);
        member.as().get("/api/v1/agreements/" + id).then().body("status", equalTo("EXPIRED"));
        asAdmin().get("/api/v1/venues/" + venueId + "/agreements?status=EXPIRED").then().body("id", hasItem(id.toString()));
        asAdmin().get("/api/v1/venues/" + venueId + "/agreements?status=ACTIVE").then().body("id", not(hasItem(id.toString())));
        member.as().post("/api/v1/agreements/" + id + "/terminate").then().statusCode(409);
        request(member, venueId, templateId);
    }

    @Test
    void requestsNeedAnActiveTemplateOfThatVenue() {
        UUID venueId = Fixtures.newVenue();
        UUID otherVenueTemplate = newTemplate(Fixtures.newVenue(), template("REGULAR", false, null));
        Fixtures.Account member = Fixtures.newMember();
        member.as().body(Map.of("templateId", otherVenueTemplate.toString())).post("/api/v1/venues/" + venueId + "/agreements")
                .then().statusCode(404);
        Map<String, Object> withdrawn = template("REGULAR", false, null);
        withdrawn.put("active", false);
        UUID inactive = newTemplate(venueId, withdrawn);
        member.as().body(Map.of("templateId", inactive.toString())).post("/api/v1/venues/" + venueId + "/agreements")
                .then().statusCode(422).body("type", equalTo("urn:coopconnect:problem:template-inactive"));
        member.as().body(Map.of()).post("/api/v1/venues/" + venueId + "/agreements").then().statusCode(400);
    }

    @Test
    void accessRulesOfAgreementOperations() {
        anonymous().body(Map.of("templateId", UUID.randomUUID().toString())).post("/api/v1/venues/" + UUID.randomUUID() + "/agreements")
                .then().statusCode(401).contentType("application/problem+json");
        anonymous().get("/api/v1/me/agreements").then().statusCode(401).contentType("application/problem+json");
        anonymous().get("/api/v1/agreements/" + UUID.randomUUID()).then().statusCode(401);

        AccessMatrix.assertOnlyVenueManagers(venueId -> venueId,
                (caller, venueId) -> caller.get("/api/v1/venues/" + venueId + "/agreements"), 200);
        AccessMatrix.assertOnlyVenueManagers(this::pendingAgreement,
                (caller, id) -> caller.post("/api/v1/agreements/" + id + "/approve"), 200);
        AccessMatrix.assertOnlyVenueManagers(this::pendingAgreement,
                (caller, id) -> caller.body(Map.of("reason", "Non")).post("/api/v1/agreements/" + id + "/reject"), 200);
    }

    @Test
    void theMemberAndTheVenueManagersTerminateOthersCannotSeeIt() {
        UUID venueId = Fixtures.newVenue();
        UUID templateId = newTemplate(venueId, template("REGULAR", false, null));
        Fixtures.Account member = Fixtures.newMember();
        UUID id = activeAgreement(member, venueId, templateId);
        anonymous().post("/api/v1/agreements/" + id + "/terminate").then().statusCode(401).contentType("application/problem+json");
        Fixtures.newMember().as().post("/api/v1/agreements/" + id + "/terminate").then().statusCode(404);
        Fixtures.newManager(Fixtures.newVenue()).as().post("/api/v1/agreements/" + id + "/terminate").then().statusCode(404);
        Fixtures.newManager(venueId).as().body(Map.of("reason", "Fin du partenariat")).post("/api/v1/agreements/" + id + "/terminate")
                .then().statusCode(200).body("status", equalTo("TERMINATED"));
        UUID again = activeAgreement(member, venueId, templateId);
        member.as().post("/api/v1/agreements/" + again + "/terminate").then().statusCode(200);
    }

    private UUID pendingAgreement(UUID venueId) {
        return request(Fixtures.newMember(), venueId, newTemplate(venueId, template("REGULAR", false, null)));
    }

    // --- Booking gate ---

    @Test
    void aRequiredAgreementGatesBooking() {
        UUID venueId = Fixtures.newRelay();
        UUID spaceId = Fixtures.newSpace(venueId, "OFFICE", "EXCLUSIVE", 2, Map.of());
        Map<String, Object> regular = template("REGULAR", true, null);
        UUID templateId = newTemplate(venueId, regular);
        Fixtures.Account member = Fixtures.newMember();

        book(member, spaceId, TUESDAY, "09:00", "10:00").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:coopconnect:problem:agreement-required"))
                .body("detail", containsString((String) regular.get("title")));
        UUID agreementId = request(member, venueId, templateId);
        book(member, spaceId, TUESDAY, "09:00", "10:00").then().statusCode(422);
        asAdmin().post("/api/v1/agreements/" + agreementId + "/approve").then().statusCode(200);
        book(member, spaceId, TUESDAY, "09:00", "10:00").then().statusCode(201);
        book(member, spaceId, TUESDAY, "10:00", "11:00").then().statusCode(201);
        member.as().post("/api/v1/agreements/" + agreementId + "/terminate").then().statusCode(200);
        book(member, spaceId, TUESDAY, "11:00", "12:00").then().statusCode(422)
                .body("type", equalTo("urn:coopconnect:problem:agreement-required"));
    }

    @Test
    void theSeriesEndpointAsksForARegularAgreement() {
        UUID venueId = Fixtures.newRelay();
        UUID spaceId = Fixtures.newSpace(venueId, "OFFICE", "EXCLUSIVE", 2, Map.of());
        Fixtures.Account member = Fixtures.newMember();
        activeAgreement(member, venueId, newTemplate(venueId, template("OCCASIONAL", true, 4)));
        Map<String, Object> series = Map.of("spaceId", spaceId.toString(), "daysOfWeek", List.of("TUESDAY"),
                "startTime", "09:00", "endTime", "10:00", "from", TUESDAY.toString(), "until", TUESDAY.plusWeeks(2).toString());
        member.as().body(series).post("/api/v1/booking-series").then().statusCode(422)
                .body("type", equalTo("urn:coopconnect:problem:agreement-required"));
        activeAgreement(member, venueId, newTemplate(venueId, template("REGULAR", true, null)));
        member.as().body(series).post("/api/v1/booking-series").then().statusCode(201)
                .body("bookings.size()", equalTo(3));
    }

    @Test
    void theAgreementMustCoverTheBookingDate() {
        UUID venueId = Fixtures.newRelay();
        UUID spaceId = Fixtures.newSpace(venueId, "OFFICE", "EXCLUSIVE", 2, Map.of());
        Map<String, Object> shortOne = template("REGULAR", true, null);
        shortOne.put("validityDays", 7);
        Fixtures.Account member = Fixtures.newMember();
        activeAgreement(member, venueId, newTemplate(venueId, shortOne));
        book(member, spaceId, TUESDAY, "09:00", "10:00").then().statusCode(422)
                .body("type", equalTo("urn:coopconnect:problem:agreement-required"));
    }

    @Test
    void aTemplateMadeRequiredAfterABookingGatesTheNextOne() {
        UUID venueId = Fixtures.newRelay();
        UUID spaceId = Fixtures.newSpace(venueId, "OFFICE", "EXCLUSIVE", 2, Map.of());
        Fixtures.Account member = Fixtures.newMember();
        Map<String, Object> optional = template("REGULAR", false, null);
        UUID templateId = newTemplate(venueId, optional);
        // A search brings this replica's catalogue copy up to the space (a booking of a space the copy does not
        // hold reads the database instead): the next bookings must notice that the copy went stale.
        anonymous().queryParam("from", TUESDAY.toString()).queryParam("to", TUESDAY.toString())
                .get("/api/v1/spaces/" + spaceId + "/availability").then().statusCode(200);
        book(member, spaceId, TUESDAY, "09:00", "10:00").then().statusCode(201);

        Map<String, Object> required = template("REGULAR", true, null);
        asAdmin().body(required).put("/api/v1/agreement-templates/" + templateId).then().statusCode(200);
        book(member, spaceId, TUESDAY, "10:00", "11:00").then().statusCode(422)
                .body("type", equalTo("urn:coopconnect:problem:agreement-required"))
                .body("detail", containsString((String) required.get("title")));

        asAdmin().body(optional).put("/api/v1/agreement-templates/" + templateId).then().statusCode(200);
        book(member, spaceId, TUESDAY, "10:00", "11:00").then().statusCode(201);
    }

    @Test
    void noGateWhenNoActiveTemplateIsRequired() {
        UUID venueId = Fixtures.newRelay();
        UUID spaceId = Fixtures.newSpace(venueId, "OFFICE", "EXCLUSIVE", 2, Map.of());
        newTemplate(venueId, template("REGULAR", false, null));
        Map<String, Object> withdrawn = template("REGULAR", true, null);
        withdrawn.put("active", false);
        newTemplate(venueId, withdrawn);
        book(Fixtures.newMember(), spaceId, TUESDAY, "09:00", "10:00").then().statusCode(201);
    }

    @Test
    void anOccasionalAgreementAllowsNBookingsAMonth() {
        UUID venueId = Fixtures.newRelay();
        UUID spaceId = Fixtures.newSpace(venueId, "OFFICE", "EXCLUSIVE", 2, Map.of());
        Fixtures.Account member = Fixtures.newMember();
        activeAgreement(member, venueId, newTemplate(venueId, template("OCCASIONAL", true, 2)));
        LocalDate month = LocalDate.now(TestCalendar.PARIS).plusMonths(2).withDayOfMonth(1);
        LocalDate firstTuesday = month.with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
        LocalDate firstWednesday = month.with(TemporalAdjusters.firstInMonth(DayOfWeek.WEDNESDAY));
        LocalDate firstThursday = month.with(TemporalAdjusters.firstInMonth(DayOfWeek.THURSDAY));

        book(member, spaceId, firstTuesday, "09:00", "10:00").then().statusCode(201);
        String second = book(member, spaceId, firstWednesday, "09:00", "10:00").then().statusCode(201).extract().path("id");
        book(member, spaceId, firstThursday, "09:00", "10:00").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:coopconnect:problem:agreement-monthly-limit"));
        // Another month has its own count; a cancelled booking gives its place back.
        LocalDate nextMonth = month.plusMonths(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
        book(member, spaceId, nextMonth, "09:00", "10:00").then().statusCode(201);
        member.as().post("/api/v1/bookings/" + second + "/cancel").then().statusCode(200);
        book(member, spaceId, firstThursday, "09:00", "10:00").then().statusCode(201);
        // Other members are gated on their own agreement.
        book(Fixtures.newMember(), spaceId, firstThursday, "10:00", "11:00").then().statusCode(422)
                .body("type", equalTo("urn:coopconnect:problem:agreement-required"));
        assertEquals(3L, Sql.count(db, "SELECT count(*) FROM booking WHERE member_id = ? AND status = 'CONFIRMED'", member.id()));
    }

    @Test
    void aBookingSeriesNeedsARegularAgreement() {
        UUID venueId = Fixtures.newRelay();
        Map<String, Object> regular = template("REGULAR", true, null);
        UUID regularTemplate = newTemplate(venueId, regular);
        UUID occasionalTemplate = newTemplate(venueId, template("OCCASIONAL", true, 4));
        Fixtures.Account member = Fixtures.newMember();
        activeAgreement(member, venueId, occasionalTemplate);
        java.time.Instant start = java.time.ZonedDateTime.of(TUESDAY, java.time.LocalTime.of(9, 0), TestCalendar.PARIS).toInstant();

        QuarkusTransaction.requiringNew().run(() -> gate.requireFor(gate.requiredAt(venueId), venueId, member.id(), start, AccessType.OCCASIONAL));
        fr.coopconnect.common.ProblemException refused = org.junit.jupiter.api.Assertions.assertThrows(
                fr.coopconnect.common.ProblemException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> gate.requireFor(gate.requiredAt(venueId), venueId, member.id(), start, AccessType.REGULAR)));
        assertEquals("agreement-required", refused.slug());
        assertEquals(regular.get("title"), refused.args()[0]);

        activeAgreement(member, venueId, regularTemplate);
        QuarkusTransaction.requiringNew().run(() -> gate.requireFor(gate.requiredAt(venueId), venueId, member.id(), start, AccessType.REGULAR));
    }
}
