package fr.coopconnect.member;

import fr.coopconnect.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static fr.coopconnect.support.Fixtures.anonymous;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class AuthResourceTest {

    @Test
    void registersSignsInAndReadsItself() {
        String email = Fixtures.uniqueEmail("alice");
        anonymous().body(Map.of("email", email, "password", Fixtures.PASSWORD, "displayName", "Alice"))
                .post("/api/v1/auth/register")
                .then().statusCode(201)
                .body("email", equalTo(email))
                .body("roles", contains("member"))
                .body("$", not(hasKey("password")))
                .body("$", not(hasKey("passwordHash")));

        anonymous().body(Map.of("email", email.toUpperCase(), "password", Fixtures.PASSWORD))
                .post("/api/v1/auth/token")
                .then().statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", greaterThan(0))
                .body("accessToken", notNullValue());

        String token = Fixtures.token(email, Fixtures.PASSWORD);
        io.restassured.RestAssured.given().auth().oauth2(token).get("/api/v1/me")
                .then().statusCode(200)
                .body("email", equalTo(email))
                .body("displayName", equalTo("Alice"));
    }

    @Test
    void duplicateEmailIsAConflictWhateverItsCase() {
        Fixtures.Account existing = Fixtures.newMember();
        anonymous().body(Map.of("email", existing.email().toUpperCase(), "password", Fixtures.PASSWORD, "displayName", "Bis"))
                .post("/api/v1/auth/register")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:coopconnect:problem:email-taken"));
    }

    @Test
    void weakPasswordAndBadEmailAreRejectedFieldByField() {
        anonymous().body(Map.of("email", "not-an-email", "password", "short", "displayName", "X"))
                .post("/api/v1/auth/register")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:coopconnect:problem:validation"))
                .body("errors.field", hasItem("email"))
                .body("errors.field", hasItem("password"));
    }

    @Test
    void wrongPasswordAndUnknownEmailGiveTheSameAnswer() {
        Fixtures.Account member = Fixtures.newMember();
        String wrongPassword = anonymous().body(Map.of("email", member.email(), "password", "wrong-password-123"))
                .post("/api/v1/auth/token").then().statusCode(401)
                .contentType("application/problem+json").extract().path("detail");
        String unknownEmail = anonymous().body(Map.of("email", "nobody-" + member.email(), "password", "wrong-password-123"))
                .post("/api/v1/auth/token").then().statusCode(401).extract().path("detail");
        org.junit.jupiter.api.Assertions.assertEquals(wrongPassword, unknownEmail);
    }

    @Test
    void meNeedsAValidToken() {
        anonymous().get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
        io.restassured.RestAssured.given().auth().oauth2("not.a.jwt").get("/api/v1/me")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void adminFromConfigurationIsANetworkAdmin() {
        io.restassured.RestAssured.given().auth().oauth2(Fixtures.adminToken()).get("/api/v1/me")
                .then().statusCode(200)
                .body("roles", hasItem("network-admin"));
    }

    @Test
    void errorsSpeakEnglishOnRequest() {
        anonymous().header("Accept-Language", "en-GB,en;q=0.9")
                .body(Map.of("email", "nobody@example.org", "password", "wrong-password-123"))
                .post("/api/v1/auth/token")
                .then().statusCode(401)
                .body("detail", containsString("Wrong email"));
        anonymous().header("Accept-Language", "en")
                .body(Map.of("email", "not-an-email", "password", Fixtures.PASSWORD, "displayName", "X"))
                .post("/api/v1/auth/register")
                .then().statusCode(400)
                .body("errors[0].message", containsString("email"));
        anonymous().body(Map.of("email", "not-an-email", "password", Fixtures.PASSWORD, "displayName", "X"))
                .post("/api/v1/auth/register")
                .then().statusCode(400)
                .body("detail", containsString("invalides"))
                .body("errors[0].message", containsString("adresse"));
    }
}
