package fr.coopconnect.member;

import fr.coopconnect.support.Fixtures;
import fr.coopconnect.support.TestCalendar;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static fr.coopconnect.support.Fixtures.anonymous;
import static fr.coopconnect.support.Fixtures.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class MemberAccountTest {

    static Map<String, Object> profile(Fixtures.Account member) {
        Map<String, Object> body = new HashMap<>();
        body.put("displayName", "Camille Test");
        body.put("email", member.email());
        body.put("phone", "+33 6 12 34 56 78");
        body.put("commune", "Laragne-Montéglin");
        body.put("activity", "Graphiste");
        body.put("status", "FREELANCER");
        body.put("directoryConsent", true);
        body.put("newsConsent", false);
        return body;
    }

    @Test
    void aNewMemberHasADefaultProfile() {
        Fixtures.newMember().as().get("/api/v1/me").then().statusCode(200)
                .body("status", equalTo("OTHER"))
                .body("directoryConsent", equalTo(false))
                .body("newsConsent", equalTo(false))
                .body("phone", nullValue());
    }

    @Test
    void updatesTheProfileAndConsents() {
        Fixtures.Account member = Fixtures.newMember();
        member.as().body(profile(member)).put("/api/v1/me").then().statusCode(200)
                .body("phone", equalTo("+33 6 12 34 56 78"))
                .body("commune", equalTo("Laragne-Montéglin"))
                .body("activity", equalTo("Graphiste"))
                .body("status", equalTo("FREELANCER"))
                .body("directoryConsent", equalTo(true))
                .body("newsConsent", equalTo(false));
        member.as().get("/api/v1/me").then().body("directoryConsent", equalTo(true)).body("activity", equalTo("Graphiste"));

        Map<String, Object> withdrawn = profile(member);
        withdrawn.put("directoryConsent", false);
        withdrawn.put("phone", null);
        member.as().body(withdrawn).put("/api/v1/me").then().statusCode(200)
                .body("directoryConsent", equalTo(false)).body("phone", nullValue());
    }

    @Test
    void badProfilesAreRejectedFieldByField() {
        Fixtures.Account member = Fixtures.newMember();
        Map<String, Object> body = profile(member);
        body.put("phone", "call me maybe");
        body.put("status", "ASTRONAUT");
        member.as().body(body).put("/api/v1/me").then().statusCode(400).contentType("application/problem+json");
        Map<String, Object> missing = profile(member);
        missing.remove("directoryConsent");
        missing.put("displayName", " ");
        member.as().body(missing).put("/api/v1/me").then().statusCode(400)
                .body("errors.field", hasItem("directoryConsent")).body("errors.field", hasItem("displayName"));
        anonymous().body(profile(member)).put("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void changingTheEmailNeedsTheCurrentPassword() {
        Fixtures.Account member = Fixtures.newMember();
        String newEmail = Fixtures.uniqueEmail("moved");
        Map<String, Object> body = profile(member);
        body.put("email", newEmail);
        member.as().body(body).put("/api/v1/me").then().statusCode(400).body("errors[0].field", equalTo("currentPassword"));
        body.put("currentPassword", "not-my-password");
        member.as().body(body).put("/api/v1/me").then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:coopconnect:problem:wrong-password"));
        body.put("currentPassword", Fixtures.PASSWORD);
        member.as().body(body).put("/api/v1/me").then().statusCode(200).body("email", equalTo(newEmail));
        Fixtures.token(newEmail, Fixtures.PASSWORD);

        Map<String, Object> taken = profile(new Fixtures.Account(member.id(), newEmail, member.token()));
        taken.put("email", Fixtures.newMember().email());
        taken.put("currentPassword", Fixtures.PASSWORD);
        member.as().body(taken).put("/api/v1/me").then().statusCode(409);
    }

    @Test
    void changingThePasswordNeedsTheCurrentPassword() {
        Fixtures.Account member = Fixtures.newMember();
        Map<String, Object> body = profile(member);
        body.put("newPassword", "a-brand-new-passphrase");
        member.as().body(body).put("/api/v1/me").then().statusCode(400);
        body.put("currentPassword", "wrong-password-123");
        member.as().body(body).put("/api/v1/me").then().statusCode(403);
        body.put("currentPassword", Fixtures.PASSWORD);
        member.as().body(body).put("/api/v1/me").then().statusCode(200);
        Fixtures.token(member.email(), "a-brand-new-passphrase");
        anonymous().body(Map.of("email", member.email(), "password", Fixtures.PASSWORD)).post("/api/v1/auth/token")
                .then().statusCode(401);
    }

    @Test
    void theSixthFailedSignInIsA429EvenWithTheRightPassword() {
        Fixtures.Account member = Fixtures.newMember();
        for (int i = 0; i < 5; i++) {
            anonymous().body(Map.of("email", member.email(), "password", "wrong-password-" + i))
                    .post("/api/v1/auth/token").then().statusCode(401);
        }
        Response blocked = anonymous().body(Map.of("email", member.email().toUpperCase(), "password", Fixtures.PASSWORD))
                .post("/api/v1/auth/token");
        blocked.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("urn:coopconnect:problem:login-throttled"));
        long retryAfter = Long.parseLong(blocked.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 900, "Retry-After " + retryAfter);
        anonymous().body(Map.of("email", member.email(), "currentPassword", Fixtures.PASSWORD, "newPassword", "another-passphrase"))
                .post("/api/v1/auth/password").then().statusCode(429);
        // Other emails are not affected, and the member's existing token still works.
        Fixtures.token(Fixtures.newMember().email(), Fixtures.PASSWORD);
        member.as().get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void unknownEmailsAreThrottledToo() {
        String email = Fixtures.uniqueEmail("nobody");
        for (int i = 0; i < 5; i++) {
            anonymous().body(Map.of("email", email, "password", "wrong-password")).post("/api/v1/auth/token").then().statusCode(401);
        }
        anonymous().body(Map.of("email", email, "password", "wrong-password")).post("/api/v1/auth/token").then().statusCode(429);
    }

    @Test
    void aSuccessResetsTheCount() {
        Fixtures.Account member = Fixtures.newMember();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                anonymous().body(Map.of("email", member.email(), "password", "wrong-password")).post("/api/v1/auth/token")
                        .then().statusCode(401);
            }
            Fixtures.token(member.email(), Fixtures.PASSWORD);
        }
    }

    @Test
    void disablingAMemberRevokesTokensAndCancelsFutureBookings() {
        UUID venueId = Fixtures.newRelay();
        UUID spaceId = Fixtures.newSpace(venueId, "OFFICE", "EXCLUSIVE", 2, Map.of());
        Fixtures.Account member = Fixtures.newMember();
        var day = TestCalendar.next(DayOfWeek.TUESDAY, 14);
        String bookingId = member.as().body(Map.of("spaceId", spaceId.toString(), "start", TestCalendar.at(day, "09:00"),
                "end", TestCalendar.at(day, "10:00"))).post("/api/v1/bookings").then().statusCode(201).extract().path("id");

        asAdmin().body(Map.of()).post("/api/v1/members/" + member.id() + "/disable").then().statusCode(400);
        asAdmin().body(Map.of("reason", "Comportement abusif")).post("/api/v1/members/" + member.id() + "/disable")
                .then().statusCode(200);
        member.as().get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
        member.as().get("/api/v1/me/bookings").then().statusCode(401);
        anonymous().body(Map.of("email", member.email(), "password", Fixtures.PASSWORD)).post("/api/v1/auth/token")
                .then().statusCode(403).body("type", equalTo("urn:coopconnect:problem:account-disabled"));
        anonymous().body(Map.of("email", member.email(), "password", "wrong-password-1")).post("/api/v1/auth/token")
                .then().statusCode(401);
        asAdmin().get("/api/v1/bookings/" + bookingId).then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("statusReason", equalTo("Comportement abusif"));

        asAdmin().post("/api/v1/members/" + member.id() + "/enable").then().statusCode(200);
        Fixtures.token(member.email(), Fixtures.PASSWORD);
        asAdmin().body(Map.of("reason", "x")).post("/api/v1/members/" + UUID.randomUUID() + "/disable").then().statusCode(404);
    }

    @Test
    void aResetPasswordOnlyServesToChooseANewOne() {
        Fixtures.Account member = Fixtures.newMember();
        String temporary = asAdmin().post("/api/v1/members/" + member.id() + "/reset-password")
                .then().statusCode(200).extract().path("temporaryPassword");
        assertEquals(16, temporary.length());
        member.as().get("/api/v1/me").then().statusCode(401);
        anonymous().body(Map.of("email", member.email(), "password", Fixtures.PASSWORD)).post("/api/v1/auth/token")
                .then().statusCode(401);
        anonymous().body(Map.of("email", member.email(), "password", temporary)).post("/api/v1/auth/token")
                .then().statusCode(403).body("type", equalTo("urn:coopconnect:problem:password-change-required"));
        String token = anonymous().body(Map.of("email", member.email(), "currentPassword", temporary, "newPassword", "my-own-passphrase"))
                .post("/api/v1/auth/password").then().statusCode(200).extract().path("accessToken");
        RestAssured.given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);
        Fixtures.token(member.email(), "my-own-passphrase");
        anonymous().body(Map.of("email", member.email(), "password", temporary)).post("/api/v1/auth/token").then().statusCode(401);
    }

    @Test
    void onlyNetworkAdminsDisableOrResetMembers() {
        for (String operation : new String[] {"disable", "reset-password", "enable"}) {
            expectAdminOnly(target -> RestAssured.given().contentType("application/json").body(Map.of("reason", "Test")),
                    operation, 401, "anonymous");
            expectAdminOnly(target -> Fixtures.newMember().as().body(Map.of("reason", "Test")), operation, 403, "member");
            expectAdminOnly(target -> Fixtures.newManager(Fixtures.newVenue()).as().body(Map.of("reason", "Test")),
                    operation, 403, "venue manager");
            expectAdminOnly(target -> asAdmin().body(Map.of("reason", "Test")), operation, 200, "network-admin");
        }
    }

    private static void expectAdminOnly(Function<UUID, RequestSpecification> caller, String operation, int status, String role) {
        UUID target = Fixtures.newMember().id();
        Response response = caller.apply(target).post("/api/v1/members/" + target + "/" + operation);
        assertEquals(status, response.statusCode(), role + " " + operation + ": " + response.asString());
        if (status >= 400) {
            assertTrue(response.contentType().startsWith("application/problem+json"));
        }
    }
}
