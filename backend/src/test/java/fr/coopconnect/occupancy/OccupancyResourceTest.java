package fr.coopconnect.occupancy;

import fr.coopconnect.support.AccessMatrix;
import fr.coopconnect.support.Fixtures;
import fr.coopconnect.support.Sql;
import fr.coopconnect.support.TestCalendar;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.coopconnect.support.Fixtures.anonymous;
import static fr.coopconnect.support.Fixtures.asAdmin;
import static fr.coopconnect.support.TestCalendar.at;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class OccupancyResourceTest {

    static final LocalDate MONDAY = TestCalendar.next(DayOfWeek.MONDAY, 14);
    static final LocalDate SUNDAY = MONDAY.plusDays(6);

    @Inject
    AgroalDataSource db;

    /** A relay (Mo–Fr 08:00–12:00, 12:30–16:30) with an office and a 4-seat shared room, booked and blocked in one week. */
    record World(UUID venueId, UUID officeId, UUID roomId) {
    }

    World world() {
        UUID venueId = Fixtures.newRelay();
        UUID officeId = Fixtures.newSpace(venueId, "OFFICE", "EXCLUSIVE", 2, Map.of());
        UUID roomId = Fixtures.newSpace(venueId, "COMPUTER_ROOM", "SHARED", 4, Map.of());
        Fixtures.Account alice = Fixtures.newMember();
        Fixtures.Account bob = Fixtures.newMember();
        book(alice, officeId, MONDAY.plusDays(1), "09:00", "11:00", 1);
        book(bob, roomId, MONDAY.plusDays(2), "14:00", "16:00", 2);
        // A block from 07:00 counts only from the opening at 08:00.
        Sql.update(db, "INSERT INTO block (id, space_id, starts_at, ends_at, reason) VALUES (?, ?, ?, ?, 'Entretien')",
                UUID.randomUUID(), officeId, timestamp(MONDAY.plusDays(3), "07:00"), timestamp(MONDAY.plusDays(3), "10:00"));
        return new World(venueId, officeId, roomId);
    }

    static void book(Fixtures.Account member, UUID spaceId, LocalDate day, String from, String to, int seats) {
        member.as().body(Map.of("spaceId", spaceId.toString(), "start", at(day, from), "end", at(day, to), "seats", seats))
                .post("/api/v1/bookings").then().statusCode(201);
    }

    static Timestamp timestamp(LocalDate day, String time) {
        return Timestamp.from(OffsetDateTime.parse(at(day, time)).toInstant());
    }

    static Response report(UUID venueId, LocalDate from, LocalDate to, String granularity) {
        return asAdmin().queryParam("from", from.toString()).queryParam("to", to.toString())
                .queryParam("granularity", granularity).get("/api/v1/venues/" + venueId + "/occupancy");
    }

    @Test
    void sumsOpenBookedAndBlockedHoursPerSpaceVenueAndDay() {
        World w = world();
        JsonPath json = report(w.venueId(), MONDAY, SUNDAY, "day").then().statusCode(200)
                .body("granularity", equalTo("DAY")).extract().jsonPath();
        String venue = "venues[0].";
        assertEquals(80.0f, json.getFloat(venue + "totals.openHours"));
        assertEquals(3.0f, json.getFloat(venue + "totals.bookedHours"));
        assertEquals(2.0f, json.getFloat(venue + "totals.blockedHours"));
        assertEquals(0.0375f, json.getFloat(venue + "totals.utilisation"));
        assertEquals(4.0f, json.getFloat(venue + "totals.bookedSeatHours"));
        assertEquals(160.0f, json.getFloat(venue + "totals.offeredSeatHours"));
        assertEquals(2, json.getInt(venue + "totals.distinctMembers"));
        assertEquals(7, json.getList(venue + "buckets").size());
        assertEquals(MONDAY.plusDays(1).atStartOfDay().toString() + ":00", json.getString(venue + "buckets[1].start"));
        assertEquals(2.0f, json.getFloat(venue + "buckets[1].figures.bookedHours"));
        assertEquals(16.0f, json.getFloat(venue + "buckets[1].figures.openHours"));
        assertEquals(0.0f, json.getFloat(venue + "buckets[5].figures.openHours"));
        assertNull(json.get(venue + "buckets[5].figures.utilisation"), "no open time: utilisation undefined, not 0");

        Map<String, Object> office = json.getMap(venue + "spaces.find { it.spaceId == '" + w.officeId() + "' }");
        assertEquals("EXCLUSIVE", office.get("bookingMode"));
        JsonPath officeJson = new JsonPath(json.prettify()).setRootPath(venue + "spaces.find { it.spaceId == '" + w.officeId() + "' }");
        assertEquals(40.0f, officeJson.getFloat("totals.openHours"));
        assertEquals(2.0f, officeJson.getFloat("totals.bookedHours"));
        assertEquals(0.05f, officeJson.getFloat("totals.utilisation"));
        assertNull(officeJson.get("totals.bookedSeatHours"));
        JsonPath roomJson = new JsonPath(json.prettify()).setRootPath(venue + "spaces.find { it.spaceId == '" + w.roomId() + "' }");
        assertEquals(1.0f, roomJson.getFloat("totals.bookedHours"), "4 seat-hours in a 4-seat room: one full-room hour");
        assertEquals(4.0f, roomJson.getFloat("totals.bookedSeatHours"));
        assertEquals(0.025f, roomJson.getFloat("totals.utilisation"));
        assertEquals(0.0f, roomJson.getFloat("totals.blockedHours"));

        List<List<Float>> heatmap = json.getList(venue + "heatmap");
        assertEquals(7, heatmap.size());
        assertEquals(24, heatmap.get(0).size());
        assertEquals(0.5f, heatmap.get(1).get(9), "Tuesday 09:00: the office of two open spaces");
        assertEquals(0.25f, heatmap.get(2).get(14), "Wednesday 14:00: half the shared room");
        assertEquals(0.0f, heatmap.get(0).get(9));
        assertNull(heatmap.get(5).get(10), "never open on Saturday");
        assertNull(heatmap.get(1).get(7), "never open before 08:00");
    }

    @Test
    void hourAndWeekBucketsAddUpToTheSameTotals() {
        World w = world();
        JsonPath hourly = report(w.venueId(), MONDAY, SUNDAY, "hour").then().statusCode(200).extract().jsonPath();
        List<Float> bookedPerHour = hourly.getList("venues[0].buckets.figures.bookedHours", Float.class);
        assertTrue(bookedPerHour.size() >= 167 && bookedPerHour.size() <= 169, "a week of hours: " + bookedPerHour.size());
        assertEquals(3.0f, bookedPerHour.stream().reduce(0f, Float::sum), 0.001);
        assertEquals(MONDAY.plusDays(1).atTime(9, 0).toString() + ":00",
                hourly.getString("venues[0].buckets.find { it.figures.bookedHours == 1.0 }.start"));

        JsonPath weekly = report(w.venueId(), MONDAY, SUNDAY, "WEEK").then().statusCode(200).extract().jsonPath();
        assertEquals(1, weekly.getList("venues[0].buckets").size());
        assertEquals(80.0f, weekly.getFloat("venues[0].buckets[0].figures.openHours"));
        assertEquals(3.0f, weekly.getFloat("venues[0].buckets[0].figures.bookedHours"));
    }

    @Test
    void noShowRateCountsNoShowsAmongBookingsThatStartedInThePeriod() {
        UUID venueId = Fixtures.newRelay();
        UUID officeId = Fixtures.newSpace(venueId, "OFFICE", "EXCLUSIVE", 2, Map.of());
        Fixtures.Account member = Fixtures.newMember();
        LocalDate lastWeek = TestCalendar.next(DayOfWeek.MONDAY, 0).minusWeeks(2);
        insertBooking(officeId, venueId, member.id(), lastWeek.plusDays(1), "09:00", "10:00", "CONFIRMED");
        insertBooking(officeId, venueId, member.id(), lastWeek.plusDays(2), "09:00", "10:00", "NO_SHOW");
        insertBooking(officeId, venueId, member.id(), lastWeek.plusDays(3), "09:00", "10:00", "CANCELLED");

        JsonPath json = report(venueId, lastWeek, lastWeek.plusDays(6), "day").then().statusCode(200).extract().jsonPath();
        assertEquals(1, json.getInt("venues[0].totals.noShows"));
        assertEquals(2, json.getInt("venues[0].totals.startedBookings"));
        assertEquals(0.5f, json.getFloat("venues[0].totals.noShowRate"));
        assertEquals(1.0f, json.getFloat("venues[0].totals.bookedHours"), "a no-show freed its time");
        assertEquals(1.0f, json.getFloat("venues[0].buckets[2].figures.noShowRate"));
        assertEquals(0.5f, json.getFloat("totals.noShowRate"));
    }

    void insertBooking(UUID spaceId, UUID venueId, UUID memberId, LocalDate day, String from, String to, String status) {
        insertBooking(spaceId, venueId, memberId, timestamp(day, from), timestamp(day, to), 1, status);
    }

    void insertBooking(UUID spaceId, UUID venueId, UUID memberId, Timestamp start, Timestamp end, int seats, String status) {
        Sql.update(db, "INSERT INTO booking (id, space_id, venue_id, member_id, starts_at, ends_at, occupied_until, seats, exclusive, "
                        + "status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), now())",
                UUID.randomUUID(), spaceId, venueId, memberId, start, end, end, seats, seats == 1, status);
    }

    void insertBlock(UUID spaceId, Timestamp start, Timestamp end) {
        Sql.update(db, "INSERT INTO block (id, space_id, starts_at, ends_at, reason) VALUES (?, ?, ?, ?, 'Travaux')",
                UUID.randomUUID(), spaceId, start, end);
    }

    /** Whatever computes the figures, each booking and block counts where it meets open time, and only there. */
    @Test
    void clipsBookingsAndBlocksToOpenTimeAcrossMidnightAndAcrossEachOther() {
        UUID venueId = Fixtures.newVenue();
        Fixtures.setHours(venueId, TestCalendar.weekly(TestCalendar.EVERY_DAY, "00:00-23:59"), true);
        UUID officeId = Fixtures.newSpace(venueId, "OFFICE", "EXCLUSIVE", 1, Map.of());
        UUID roomId = Fixtures.newSpace(venueId, "COMPUTER_ROOM", "SHARED", 8, Map.of());
        UUID alice = Fixtures.newMember().id();
        UUID bob = Fixtures.newMember().id();
        LocalDate tuesday = MONDAY.plusDays(1);
        LocalDate wednesday = MONDAY.plusDays(2);
        LocalDate thursday = MONDAY.plusDays(3);
        // Monday 23:00 to Tuesday 01:00: 59 minutes on Monday (closed at 23:59), an hour on Tuesday.
        insertBooking(officeId, venueId, alice, timestamp(MONDAY, "23:00"), timestamp(tuesday, "01:00"), 1, "CONFIRMED");
        // Only the closed minute before midnight: no time, so Bob is no member of the report.
        insertBooking(officeId, venueId, bob, timestamp(tuesday, "23:59"), timestamp(wednesday, "00:00"), 1, "CONFIRMED");
        // 6 of 8 seats for two hours: 1.5 full-room hours.
        insertBooking(roomId, venueId, alice, timestamp(wednesday, "10:00"), timestamp(wednesday, "12:00"), 6, "CONFIRMED");
        // Blocks overlapping each other and a booking: merged (3 h), and the booking keeps its 2 h.
        insertBooking(officeId, venueId, alice, timestamp(wednesday, "09:00"), timestamp(wednesday, "11:00"), 1, "CONFIRMED");
        insertBlock(officeId, timestamp(wednesday, "10:00"), timestamp(wednesday, "12:00"));
        insertBlock(officeId, timestamp(wednesday, "11:00"), timestamp(wednesday, "13:00"));
        // Thursday 22:00 to Friday 02:00: 1 h 59 on Thursday, 2 h on Friday.
        insertBlock(officeId, timestamp(thursday, "22:00"), timestamp(thursday.plusDays(1), "02:00"));

        JsonPath json = report(venueId, MONDAY, SUNDAY, "day").then().statusCode(200).extract().jsonPath();
        JsonPath office = new JsonPath(json.prettify()).setRootPath("venues[0].spaces.find { it.spaceId == '" + officeId + "' }");
        assertEquals(List.of(0.98f, 1.0f, 2.0f, 0.0f, 0.0f, 0.0f, 0.0f), office.getList("buckets.figures.bookedHours", Float.class));
        assertEquals(List.of(0.0f, 0.0f, 3.0f, 1.98f, 2.0f, 0.0f, 0.0f), office.getList("buckets.figures.blockedHours", Float.class));
        assertEquals(3.98f, office.getFloat("totals.bookedHours"));
        assertEquals(6.98f, office.getFloat("totals.blockedHours"));
        JsonPath room = new JsonPath(json.prettify()).setRootPath("venues[0].spaces.find { it.spaceId == '" + roomId + "' }");
        assertEquals(1.5f, room.getFloat("totals.bookedHours"));
        assertEquals(12.0f, room.getFloat("totals.bookedSeatHours"));
        assertEquals(5.48f, json.getFloat("venues[0].totals.bookedHours"));
        assertEquals(1, json.getInt("venues[0].totals.distinctMembers"));
        assertEquals(1, json.getInt("venues[0].buckets[1].figures.distinctMembers"), "Tuesday: Alice's hour after midnight");
        List<List<Float>> heatmap = json.getList("venues[0].heatmap");
        assertEquals(0.5f, heatmap.get(0).get(23), "Monday 23:00: the office of two spaces");
        assertEquals(0.5f, heatmap.get(1).get(0), "Tuesday 00:00: the office of two spaces");
    }

    @Test
    void csvFollowsFrenchSpreadsheetConventions() {
        World w = world();
        Response csv = asAdmin().accept("text/csv").queryParam("from", MONDAY.toString()).queryParam("to", SUNDAY.toString())
                .get("/api/v1/venues/" + w.venueId() + "/occupancy");
        assertEquals(200, csv.statusCode(), csv.asString());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        String body = new String(csv.asByteArray(), StandardCharsets.UTF_8);
        assertTrue(body.startsWith("\uFEFFLieu;Espace;Mode;Début;Heures d'ouverture;Heures réservées"), body);
        String firstRow = body.lines().skip(1).findFirst().orElseThrow();
        assertTrue(firstRow.contains(";Tous les espaces;;Du " + french(MONDAY) + " au " + french(SUNDAY) + ";"), firstRow);
        assertTrue(firstRow.contains(";80,00;3,00;2,00;3,75;4,00;160,00;"), firstRow);
        assertTrue(body.contains(";" + french(MONDAY) + ";"), body);
        assertTrue(csv.header("Content-Disposition").startsWith("attachment; filename=\"occupation-"), csv.header("Content-Disposition"));

        Response english = asAdmin().header("Accept-Language", "en").queryParam("from", MONDAY.toString())
                .queryParam("to", SUNDAY.toString()).get("/api/v1/venues/" + w.venueId() + "/occupancy.csv");
        assertEquals(200, english.statusCode(), english.asString());
        String englishBody = new String(english.asByteArray(), StandardCharsets.UTF_8);
        assertTrue(englishBody.startsWith("\uFEFFVenue;Space;Mode;Start;Open hours"), englishBody);
        assertTrue(englishBody.contains(";80,00;3,00;"), "numbers keep the French form");
    }

    static String french(LocalDate date) {
        return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    @Test
    void onlyTheVenueManagersAndNetworkAdminsReadAVenueReport() {
        AccessMatrix.assertOnlyVenueManagers(venueId -> venueId,
                (caller, venueId) -> caller.queryParam("from", MONDAY.toString()).queryParam("to", SUNDAY.toString())
                        .get("/api/v1/venues/" + venueId + "/occupancy"), 200);
        AccessMatrix.assertOnlyVenueManagers(venueId -> venueId,
                (caller, venueId) -> caller.queryParam("from", MONDAY.toString()).queryParam("to", SUNDAY.toString())
                        .get("/api/v1/venues/" + venueId + "/occupancy.csv"), 200);
        // Rights come before the window: a refused caller learns nothing from a bad one.
        UUID venueId = Fixtures.newVenue();
        Fixtures.newMember().as().get("/api/v1/venues/" + venueId + "/occupancy").then().statusCode(403);
        asAdmin().queryParam("from", MONDAY.toString()).queryParam("to", SUNDAY.toString())
                .get("/api/v1/venues/" + UUID.randomUUID() + "/occupancy").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void refusesBadWindows() {
        UUID venueId = Fixtures.newVenue();
        String path = "/api/v1/venues/" + venueId + "/occupancy";
        for (Map<String, String> query : List.of(
                Map.of("to", "2027-01-31"),
                Map.of("from", "2027-01-01"),
                Map.of("from", "2027-13-01", "to", "2027-01-31"),
                Map.of("from", "2027-02-01", "to", "2027-01-31"),
                Map.of("from", "2027-01-01", "to", "2028-01-02"),
                Map.of("from", "2027-01-01", "to", "2027-02-15", "granularity", "hour"),
                Map.of("from", "2027-01-01", "to", "2027-01-31", "granularity", "minute"))) {
            asAdmin().queryParams(query).get(path).then().statusCode(400)
                    .contentType(startsWith("application/problem+json")).body("errors.size()", equalTo(1));
        }
        asAdmin().queryParams(Map.of("from", "2027-01-01", "to", "2027-12-31")).get(path).then().statusCode(200);
        asAdmin().header("Accept-Language", "en").queryParams(Map.of("from", "2027-01-01", "to", "2027-02-15", "granularity", "hour"))
                .get(path).then().statusCode(400).body("errors[0].field", equalTo("granularity"))
                .body("errors[0].message", startsWith("hour-by-hour figures cover at most 31 days"));
    }

    @Test
    void networkReportIsForNetworkAdminsAndCanBeNarrowed() {
        World a = world();
        World b = world();
        String path = "/api/v1/network/occupancy";
        Map<String, String> week = Map.of("from", MONDAY.toString(), "to", SUNDAY.toString());
        JsonPath json = asAdmin().queryParams(week).queryParam("venueId", a.venueId().toString())
                .queryParam("venueId", b.venueId().toString()).get(path).then().statusCode(200).extract().jsonPath();
        assertEquals(2, json.getList("venues").size());
        assertEquals(160.0f, json.getFloat("totals.openHours"));
        assertEquals(6.0f, json.getFloat("totals.bookedHours"));
        assertEquals(4, json.getInt("totals.distinctMembers"));

        asAdmin().queryParams(week).queryParam("commune", "Commune sans lieu").get(path).then().statusCode(200)
                .body("venues.size()", equalTo(0)).body("totals.utilisation", equalTo(null));
        Response csv = asAdmin().queryParams(week).queryParam("venueId", a.venueId().toString()).get("/api/v1/network/occupancy.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.header("Content-Disposition").contains("occupation-reseau"));

        anonymous().queryParams(week).get(path).then().statusCode(401);
        Fixtures.newMember().as().queryParams(week).get(path).then().statusCode(403);
        Fixtures.newManager(a.venueId()).as().queryParams(week).get(path).then().statusCode(403);
        Fixtures.newManager(a.venueId()).as().queryParams(week).get("/api/v1/network/occupancy.csv").then().statusCode(403);
        asAdmin().queryParams(week).queryParam("venueId", "not-a-uuid").get(path).then().statusCode(400);
    }
}
