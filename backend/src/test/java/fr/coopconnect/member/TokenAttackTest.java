package fr.coopconnect.member;

import fr.coopconnect.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tokens that must not open anything: each gets a 401 problem+json, while a well-made one works. */
@QuarkusTest
class TokenAttackTest {

    @ConfigProperty(name = "coopconnect.jwt.issuer")
    String issuer;

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private io.smallrye.jwt.build.JwtClaimsBuilder claims(Fixtures.Account member, String tokenIssuer) {
        return Jwt.issuer(tokenIssuer).subject(member.id().toString()).upn(member.email())
                .groups(Set.of(Roles.MEMBER)).claim(MemberService.TOKEN_VERSION_CLAIM, 0);
    }

    private static void rejected(String token, String what) {
        Response response = RestAssured.given().auth().oauth2(token).get("/api/v1/me");
        assertEquals(401, response.statusCode(), what + ": " + response.asString());
        assertTrue(response.contentType().startsWith("application/problem+json"), what + " gets problem+json");
        response.then().body("type", equalTo("urn:coopconnect:problem:unauthorized"));
    }

    @Test
    void aWellMadeTokenWorks() {
        Fixtures.Account member = Fixtures.newMember();
        String token = claims(member, issuer).expiresAt(Instant.now().plusSeconds(600)).sign();
        RestAssured.given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200).body("email", equalTo(member.email()));
    }

    @Test
    void anExpiredTokenIsRejected() {
        Fixtures.Account member = Fixtures.newMember();
        Instant past = Instant.now().minusSeconds(3600);
        rejected(claims(member, issuer).issuedAt(past.minusSeconds(3600)).expiresAt(past).sign(), "expired");
    }

    @Test
    void aTamperedPayloadIsRejected() {
        Fixtures.Account member = Fixtures.newMember();
        String[] parts = member.token().split("\\.");
        String payload = new String(B64D.decode(parts[1]), StandardCharsets.UTF_8);
        String forged = payload.replace("\"member\"", "\"member\",\"network-admin\"");
        assertTrue(!forged.equals(payload), "the payload was changed");
        rejected(parts[0] + "." + B64.encodeToString(forged.getBytes(StandardCharsets.UTF_8)) + "." + parts[2], "tampered");
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRejected() throws Exception {
        Fixtures.Account member = Fixtures.newMember();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey otherKey = generator.generateKeyPair().getPrivate();
        rejected(claims(member, issuer).expiresAt(Instant.now().plusSeconds(600)).sign(otherKey), "wrong key");
    }

    @Test
    void anUnsignedAlgNoneTokenIsRejected() {
        Fixtures.Account member = Fixtures.newMember();
        String payload = member.token().split("\\.")[1];
        String header = B64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        rejected(header + "." + payload + ".", "alg none");
        rejected(header + "." + payload, "alg none without signature part");
    }

    @Test
    void aForeignIssuerIsRejected() {
        Fixtures.Account member = Fixtures.newMember();
        rejected(claims(member, "https://evil.example").expiresAt(Instant.now().plusSeconds(600)).sign(), "foreign issuer");
    }

    @Test
    void aTokenOfAnOlderVersionIsRejected() {
        Fixtures.Account member = Fixtures.newMember();
        rejected(claims(member, issuer).claim(MemberService.TOKEN_VERSION_CLAIM, -5)
                .expiresAt(Instant.now().plusSeconds(600)).sign(), "old token version");
        String noVersion = Jwt.issuer(issuer).subject(member.id().toString()).groups(Set.of(Roles.MEMBER))
                .expiresAt(Instant.now().plusSeconds(600)).sign();
        rejected(noVersion, "no version claim");
    }

    @Test
    void theLifetimeComesFromConfiguration() {
        Fixtures.Account member = Fixtures.newMember();
        int expiresIn = Fixtures.anonymous().body(java.util.Map.of("email", member.email(), "password", Fixtures.PASSWORD))
                .post("/api/v1/auth/token").then().statusCode(200).extract().path("expiresIn");
        assertEquals(3600, expiresIn);
        String payload = new String(B64D.decode(member.token().split("\\.")[1]), StandardCharsets.UTF_8);
        assertTrue(payload.contains("\"ver\":0"), payload);
    }
}
