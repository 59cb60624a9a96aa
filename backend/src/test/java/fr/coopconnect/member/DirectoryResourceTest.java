package fr.coopconnect.member;

import fr.coopconnect.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static fr.coopconnect.support.Fixtures.anonymous;
import static fr.coopconnect.support.Fixtures.asAdmin;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class DirectoryResourceTest {

    /** A member with the given profile; {@code tag} goes into the activity so each test finds only its own. */
    static Fixtures.Account member(String name, String tag, String commune, String status, boolean consent) {
        Fixtures.Account member = Fixtures.newMember();
        Map<String, Object> body = new HashMap<>();
        body.put("displayName", name);
        body.put("email", member.email());
        body.put("phone", "04 92 65 00 00");
        body.put("commune", commune);
        body.put("activity", "Tisserand " + tag);
        body.put("status", status);
        body.put("directoryConsent", consent);
        body.put("newsConsent", true);
        member.as().body(body).put("/api/v1/me").then().statusCode(200);
        return member;
    }

    @Test
    void listsOnlyConsentingMembersWithTheirContactFields() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Fixtures.Account listed = member("Bernadette Listée", tag, "Laragne-Montéglin", "FREELANCER", true);
        Fixtures.Account hidden = member("Hubert Caché", tag, "Laragne-Montéglin", "FREELANCER", false);
        Fixtures.Account other = member("Odile Ailleurs", tag, "Serres", "STUDENT", true);
        Fixtures.Account disabled = member("Denis Désactivé", tag, "Serres", "STUDENT", true);
        asAdmin().body(Map.of("reason", "Test")).post("/api/v1/members/" + disabled.id() + "/disable").then().statusCode(200);

        asAdmin().queryParam("q", tag).get("/api/v1/directory").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.email", containsInAnyOrder(listed.email(), other.email()))
                .body("items[0].keySet()", containsInAnyOrder("memberId", "displayName", "email", "phone", "commune", "activity", "status"))
                .body("items.find { it.email == '%s' }.memberId".formatted(listed.email()), equalTo(listed.id().toString()));
        asAdmin().queryParam("q", tag).queryParam("commune", "laragne-montéglin").get("/api/v1/directory").then()
                .body("items.email", containsInAnyOrder(listed.email()));
        asAdmin().queryParam("q", "tisserand " + tag).queryParam("status", "STUDENT").get("/api/v1/directory").then()
                .body("items.email", containsInAnyOrder(other.email()));
        asAdmin().queryParam("q", "100%_" + tag).get("/api/v1/directory").then().body("total", equalTo(0));
        asAdmin().queryParam("status", "ASTRONAUT").get("/api/v1/directory").then().statusCode(400);
        assertFalse(hidden.email().isEmpty());
    }

    @Test
    void theCsvIsUtf8WithBomSemicolonsAndFrenchHeaders() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Fixtures.Account listed = member("Élise; \"la\" Graphiste", tag, "Laragne-Montéglin", "TELEWORKER", true);
        member("=HYPERLINK(\"x\")", tag, "Serres", "OTHER", true);
        Response response = asAdmin().queryParam("q", tag).get("/api/v1/directory.csv");
        response.then().statusCode(200);
        assertTrue(response.contentType().startsWith("text/csv"), response.contentType());
        byte[] bytes = response.asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String[] lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertEquals("Nom;E-mail;Téléphone;Commune;Activité;Statut", lines[0]);
        assertEquals(3, lines.length);
        java.util.List<String> rows = Arrays.asList(lines).subList(1, 3);
        assertTrue(rows.contains("\"Élise; \"\"la\"\" Graphiste\";" + listed.email() + ";04 92 65 00 00;Laragne-Montéglin;Tisserand "
                + tag + ";Télétravailleur"), rows.toString());
        // A cell that a spreadsheet would run as a formula is defused.
        assertTrue(rows.stream().anyMatch(row -> row.startsWith("\"'=HYPERLINK(\"\"x\"\")\";")), rows.toString());
    }

    @Test
    void onlyNetworkAdminsAndVenueManagersReadTheDirectory() {
        for (String path : new String[] {"/api/v1/directory", "/api/v1/directory.csv"}) {
            expect(path, () -> anonymous(), 401);
            expect(path, () -> Fixtures.newMember().as(), 403);
            expect(path, () -> Fixtures.newManager(Fixtures.newVenue()).as(), 200);
            expect(path, Fixtures::asAdmin, 200);
        }
    }

    private static void expect(String path, Supplier<RequestSpecification> caller, int status) {
        Response response = caller.get().queryParam("q", UUID.randomUUID().toString()).get(path);
        assertEquals(status, response.statusCode(), path + ": " + response.asString());
        if (status >= 400) {
            assertTrue(response.contentType().startsWith("application/problem+json"), path + " gets problem+json");
        }
    }
}
