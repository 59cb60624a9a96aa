package fr.coopconnect.opendata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.coopconnect.support.Fixtures;
import fr.coopconnect.support.TestCalendar;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.coopconnect.support.Fixtures.anonymous;
import static fr.coopconnect.support.Fixtures.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class OpenDataResourceTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static Map<String, Object> place(String name, String kind, String pivot) {
        Map<String, Object> body = new HashMap<>(Fixtures.venueBody(name));
        body.put("kind", kind);
        body.put("inseeCode", "05070");
        body.put("phone", "04 92 65 09 38");
        body.put("contactEmail", "accueil@example.org");
        body.put("website", "https://example.org/relais");
        body.put("summary", "Relais de services publics : accompagnement aux démarches en ligne.");
        body.put("mediationServices", List.of("ADMINISTRATIVE_PROCEDURES", "INTERNET_AND_EQUIPMENT_ACCESS"));
        if (pivot != null) {
            body.put("pivot", pivot);
        }
        return body;
    }

    static JsonNode schema() throws IOException {
        try (InputStream in = OpenDataResourceTest.class.getResourceAsStream("/opendata/lieux-mediation-numerique-schema.json")) {
            return JSON.readTree(in);
        }
    }

    @Test
    void exportsVenuesWithASiretInTheNationalSchemaAndReportsTheOthers() throws IOException {
        String tag = UUID.randomUUID().toString();
        UUID relay = Fixtures.newVenue(place("Relais " + tag, "PUBLIC_SERVICE_RELAY", "73282932000074"));
        Fixtures.setHours(relay, TestCalendar.weekly(TestCalendar.WEEKDAYS, "08:00-12:00", "12:30-16:30"), false);
        UUID library = Fixtures.newVenue(place("Médiathèque " + tag, "MEDIA_LIBRARY", "35600000049837"));
        UUID withoutPivot = Fixtures.newVenue(place("Sans SIRET " + tag, "THIRD_PLACE", null));

        Response json = anonymous().get("/api/v1/open-data/lieux.json");
        assertEquals(200, json.statusCode(), json.asString());
        JsonNode body = JSON.readTree(json.asString());
        Map<String, JsonNode> byId = new HashMap<>();
        body.get("lieux").forEach(row -> byId.put(row.get("id").asText(), row));
        JsonNode relayRow = byId.get(relay.toString());
        assertNotNull(relayRow);
        assertEquals("RFS", relayRow.get("typologie").asText());
        assertEquals("BIB", byId.get(library.toString()).get("typologie").asText());
        assertEquals("Mo-Fr 08:00-12:00,12:30-16:30; PH off", relayRow.get("horaires").asText());
        assertEquals("+33492650938", relayRow.get("telephone").asText());
        assertEquals("Aide aux démarches administratives|Accès internet et matériel informatique", relayRow.get("services").asText());
        assertEquals(java.time.LocalDate.now(TestCalendar.PARIS).toString(), relayRow.get("date_maj").asText());
        assertFalse(byId.containsKey(withoutPivot.toString()), "a venue without a SIRET is not exported");
        List<String> skipped = new ArrayList<>();
        body.get("skipped").forEach(row -> skipped.add(row.get("id").asText() + ":" + row.get("missing")));
        assertTrue(skipped.contains(withoutPivot + ":[\"pivot\"]"), skipped.toString());
        assertEquals(String.valueOf(body.get("skipped").size()), json.header("X-Coopconnect-Skipped"));

        JsonNode schema = schema();
        for (JsonNode row : body.get("lieux")) {
            assertConforms(schema, fields(row));
        }

        Response csv = anonymous().get("/api/v1/open-data/lieux.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertEquals(json.header("X-Coopconnect-Skipped"), csv.header("X-Coopconnect-Skipped"));
        List<List<String>> rows = parseCsv(new String(csv.asByteArray(), StandardCharsets.UTF_8));
        List<String> header = rows.get(0);
        assertEquals("id", header.get(0), "no BOM, the column names first");
        for (String required : iterable(schema.get("required"))) {
            assertTrue(header.contains(required), required);
        }
        assertEquals(body.get("lieux").size(), rows.size() - 1);
        for (List<String> row : rows.subList(1, rows.size())) {
            Map<String, String> fields = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                fields.put(header.get(i), row.get(i));
            }
            assertConforms(schema, fields);
            if (fields.get("id").equals(relay.toString())) {
                assertEquals("Mo-Fr 08:00-12:00,12:30-16:30; PH off", fields.get("horaires"));
                assertEquals("44.3167", fields.get("latitude"));
            }
        }
    }

    /** Required columns filled, patterns, value lists (each '|'-separated value), lengths and numbers as schema.json says. */
    static void assertConforms(JsonNode schema, Map<String, String> row) {
        String id = row.get("id");
        for (String required : iterable(schema.get("required"))) {
            assertTrue(row.get(required) != null && !row.get(required).isBlank(), id + " lacks " + required);
        }
        schema.get("patterns").fields().forEachRemaining(pattern -> {
            String value = row.get(pattern.getKey());
            assertTrue(value == null || value.isEmpty() || value.matches(pattern.getValue().asText()),
                    id + " " + pattern.getKey() + " = " + value);
        });
        String separator = java.util.regex.Pattern.quote(schema.get("listSeparator").asText());
        schema.get("enums").fields().forEachRemaining(values -> {
            String value = row.get(values.getKey());
            if (value != null && !value.isEmpty()) {
                for (String item : value.split(separator)) {
                    assertTrue(iterable(values.getValue()).contains(item), id + " " + values.getKey() + ": " + item);
                }
            }
        });
        schema.get("maxLength").fields().forEachRemaining(max -> {
            String value = row.get(max.getKey());
            assertTrue(value == null || value.length() <= max.getValue().asInt(), id + " " + max.getKey());
        });
        for (String number : iterable(schema.get("numbers"))) {
            Double.parseDouble(row.get(number));
        }
    }

    static Map<String, String> fields(JsonNode row) {
        Map<String, String> fields = new HashMap<>();
        row.fields().forEachRemaining(field -> fields.put(field.getKey(), field.getValue().isNull() ? null : field.getValue().asText()));
        return fields;
    }

    static List<String> iterable(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    /** RFC 4180: ',' separated, quoted cells may hold commas, quotes ("") and line breaks. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }

    @Test
    void aVenueOffersSchemaOrgJsonLdOnRequestAndJsonByDefault() {
        UUID venueId = Fixtures.newVenue(place("Relais JSON-LD " + UUID.randomUUID(), "PUBLIC_SERVICE_RELAY", "73282932000074"));
        Fixtures.setHours(venueId, TestCalendar.weekly(List.of(java.time.DayOfWeek.MONDAY), "08:00-12:00"), false);
        anonymous().accept("application/ld+json").get("/api/v1/venues/" + venueId).then().statusCode(200)
                .contentType(startsWith("application/ld+json"))
                .body("'@context'", equalTo("https://schema.org"))
                .body("'@type'", equalTo("Place"))
                .body("address.'@type'", equalTo("PostalAddress"))
                .body("address.postalCode", equalTo("05300"))
                .body("address.addressLocality", equalTo("Laragne-Montéglin"))
                .body("geo.'@type'", equalTo("GeoCoordinates"))
                .body("geo.latitude", equalTo(44.3167f))
                .body("telephone", equalTo("04 92 65 09 38"))
                .body("url", equalTo("https://example.org/relais"))
                .body("openingHoursSpecification[0].'@type'", equalTo("OpeningHoursSpecification"))
                .body("openingHoursSpecification[0].dayOfWeek", equalTo("https://schema.org/Monday"))
                .body("openingHoursSpecification[0].opens", equalTo("08:00"))
                .body("openingHoursSpecification[0].closes", equalTo("12:00"))
                .body("amenityFeature.'@type'", hasItem("LocationFeatureSpecification"))
                .body("amenityFeature.name", hasItem("WIFI"));
        anonymous().get("/api/v1/venues/" + venueId).then().statusCode(200).contentType(startsWith("application/json"))
                .body("pivot", equalTo("73282932000074")).body("mediationServices.size()", equalTo(2));
        anonymous().accept("application/json, application/ld+json;q=0.5").get("/api/v1/venues/" + venueId).then()
                .statusCode(200).contentType(startsWith("application/json"));
        anonymous().accept("application/ld+json").get("/api/v1/venues/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void refusesAnInvalidSiretAndAcceptsLaPosteNumbering() {
        asAdmin().body(place("SIRET faux " + UUID.randomUUID(), "THIRD_PLACE", "73282932000075")).post("/api/v1/venues")
                .then().statusCode(400).body("errors.field", hasItem("pivot"));
        asAdmin().body(place("SIRET court " + UUID.randomUUID(), "THIRD_PLACE", "7328293200007")).post("/api/v1/venues")
                .then().statusCode(400).body("errors.field", hasItem("pivot"));
        Map<String, Object> tooLong = place("Résumé long " + UUID.randomUUID(), "THIRD_PLACE", null);
        tooLong.put("summary", "x".repeat(281));
        asAdmin().body(tooLong).post("/api/v1/venues").then().statusCode(400).body("errors.field", hasItem("summary"));
        Map<String, Object> unknownService = place("Service inconnu " + UUID.randomUUID(), "THIRD_PLACE", null);
        unknownService.put("mediationServices", List.of("KNITTING"));
        asAdmin().body(unknownService).post("/api/v1/venues").then().statusCode(400);
        asAdmin().body(place("La Poste " + UUID.randomUUID(), "PUBLIC_SERVICE_RELAY", "35600000049837")).post("/api/v1/venues")
                .then().statusCode(201).body("pivot", equalTo("35600000049837"));
    }
}
