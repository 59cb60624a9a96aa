package fr.coopconnect.support;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Builds what a test needs through the public API, with fresh unique names, so tests never
 * depend on each other's data or on their order.
 */
public final class Fixtures {

    public static final String ADMIN_EMAIL = "admin@test.coopconnect.fr";
    public static final String ADMIN_PASSWORD = "admin-test-password";
    public static final String PASSWORD = "correct-horse-battery";

    private static String adminToken;

    private Fixtures() {
    }

    public record Account(UUID id, String email, String token) {
        public RequestSpecification as() {
            return given().auth().oauth2(token).contentType(ContentType.JSON);
        }
    }

    public static synchronized String adminToken() {
        if (adminToken == null) {
            adminToken = token(ADMIN_EMAIL, ADMIN_PASSWORD);
        }
        return adminToken;
    }

    public static RequestSpecification asAdmin() {
        return given().auth().oauth2(adminToken()).contentType(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }

    public static String token(String email, String password) {
        return anonymous().body(Map.of("email", email, "password", password))
                .post("/api/v1/auth/token").then().statusCode(200).extract().path("accessToken");
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID() + "@example.org";
    }

    public static Account newMember() {
        String email = uniqueEmail("member");
        String id = anonymous().body(Map.of("email", email, "password", PASSWORD, "displayName", "Camille Test"))
                .post("/api/v1/auth/register").then().statusCode(201).extract().path("id");
        return new Account(UUID.fromString(id), email, token(email, PASSWORD));
    }

    /** A member made manager of the venue; its token is issued after, so it carries the role. */
    public static Account newManager(UUID venueId) {
        Account member = newMember();
        asAdmin().put("/api/v1/venues/" + venueId + "/managers/" + member.id()).then().statusCode(204);
        return new Account(member.id(), member.email(), token(member.email(), PASSWORD));
    }

    public static Map<String, Object> venueBody(String name) {
        return Map.of(
                "name", name,
                "kind", "PUBLIC_SERVICE_RELAY",
                "commune", "Laragne-Montéglin",
                "postalCode", "05300",
                "address", "Place de l'Église",
                "latitude", 44.3167,
                "longitude", 5.8167,
                "amenities", java.util.List.of("WIFI", "KITCHEN"),
                "connectivity", Map.of("type", "ADSL", "downMbps", 18, "upMbps", 1));
    }

    public static UUID newVenue() {
        return newVenue(venueBody("Relais test " + UUID.randomUUID()));
    }

    /** Sets a venue's weekly hours; holidays open unless a test is about them, so dates never fall on one by chance. */
    public static void setHours(UUID venueId, List<Map<String, String>> weekly, boolean holidaysOpen) {
        asAdmin().body(Map.of("weekly", weekly, "publicHolidays", holidaysOpen ? "OPEN" : "CLOSED"))
                .put("/api/v1/venues/" + venueId + "/opening-hours").then().statusCode(200);
    }

    /** A venue open Monday to Friday, 08:00–12:00 and 12:30–16:30, like the Laragne relay. */
    public static UUID newRelay() {
        return newRelay("Laragne-Montéglin");
    }

    /** The same relay in the given commune, for tests that filter by commune on a database other runs fill. */
    public static UUID newRelay(String commune) {
        Map<String, Object> body = new java.util.HashMap<>(venueBody("Relais test " + UUID.randomUUID()));
        body.put("commune", commune);
        UUID venueId = newVenue(body);
        setHours(venueId, TestCalendar.weekly(TestCalendar.WEEKDAYS, "08:00-12:00", "12:30-16:30"), true);
        return venueId;
    }

    /** A space; {@code rules} overrides the defaults, with a two-year horizon so far dates are bookable. */
    public static UUID newSpace(UUID venueId, String kind, String mode, int capacity, Map<String, Object> rules) {
        Map<String, Object> allRules = new java.util.HashMap<>(Map.of("maxAdvanceDays", 730));
        allRules.putAll(rules);
        Map<String, Object> body = Map.of("name", kind + " " + UUID.randomUUID(), "kind", kind, "capacity", capacity,
                "bookingMode", mode, "equipment", List.of("SCREEN"), "rules", allRules);
        String id = asAdmin().body(body).post("/api/v1/venues/" + venueId + "/spaces").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    public static UUID newVenue(Map<String, Object> body) {
        String id = asAdmin().body(body).post("/api/v1/venues").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }
}
