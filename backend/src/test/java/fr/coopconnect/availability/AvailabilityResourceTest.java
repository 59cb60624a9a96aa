package fr.coopconnect.availability;

import fr.coopconnect.booking.UpcomingBookingsCopy;
import fr.coopconnect.support.Fixtures;
import fr.coopconnect.support.TestCalendar;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.coopconnect.support.Fixtures.anonymous;
import static fr.coopconnect.support.Fixtures.asAdmin;
import static fr.coopconnect.support.TestCalendar.at;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class AvailabilityResourceTest {

    static final LocalDate DAY = TestCalendar.next(DayOfWeek.TUESDAY, 14);

    private static void book(UUID spaceId, LocalDate date, String from, String to, int seats) {
        Fixtures.newMember().as().body(Map.of("spaceId", spaceId.toString(), "start", at(date, from), "end", at(date, to),
                "seats", seats)).post("/api/v1/bookings").then().statusCode(201);
    }

    private static List<List<Object>> slots(UUID spaceId, LocalDate from, LocalDate to, Map<String, Object> extra) {
        JsonPath json = anonymous().queryParams(extra).queryParam("from", from.toString()).queryParam("to", to.toString())
                .get("/api/v1/spaces/" + spaceId + "/availability").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> slots = json.getList("slots");
        return slots.stream().map(s -> List.of(s.get("start"), s.get("end"), s.get("freeSeats"))).toList();
    }

    private static List<Object> slot(LocalDate date, String from, String to, int freeSeats) {
        return List.of(at(date, from), at(date, to), freeSeats);
    }

    @Test
    void aDayWithBookingsBlocksAClosureAndASharedRoomMatchesHandComputedSlots() {
        UUID venueId = Fixtures.newRelay();
        UUID office = Fixtures.newSpace(venueId, "OFFICE", "EXCLUSIVE", 3, Map.of("minMinutes", 60));
        UUID room = Fixtures.newSpace(venueId, "COMPUTER_ROOM", "SHARED", 8, Map.of());
        book(office, DAY, "09:00", "10:00", 1);
        asAdmin().body(Map.of("start", at(DAY, "14:00"), "end", at(DAY, "15:00"), "reason", "Atelier numérique"))
                .post("/api/v1/spaces/" + office + "/blocks").then().statusCode(201);
        book(room, DAY, "08:00", "10:00", 3);
        book(room, DAY, "09:00", "11:00", 5);
        LocalDate closed = DAY.plusDays(1);
        asAdmin().body(Map.of("from", closed.toString(), "to", closed.toString(), "reason", "Fermeture exceptionnelle"))
                .post("/api/v1/venues/" + venueId + "/closures").then().statusCode(201);

        assertEquals(List.of(
                slot(DAY, "08:00", "09:00", 1),
                slot(DAY, "10:00", "12:00", 1),
                slot(DAY, "12:30", "14:00", 1),
                slot(DAY, "15:00", "16:30", 1)), slots(office, DAY, closed, Map.of()));

        // 08–09: 3 taken; 09–10: all 8 taken; 10–11: 5 taken; then free. Runs split where the count changes.
        assertEquals(List.of(
                slot(DAY, "08:00", "09:00", 5),
                slot(DAY, "10:00", "11:00", 3),
                slot(DAY, "11:00", "12:00", 8),
                slot(DAY, "12:30", "16:30", 8)), slots(room, DAY, closed, Map.of()));

        // Four people need a run with four free seats: 08–09 has 5, 10–11 only 3.
        assertEquals(List.of(
                slot(DAY, "08:00", "09:00", 5),
                slot(DAY, "11:00", "12:00", 8),
                slot(DAY, "12:30", "16:30", 8)), slots(room, DAY, closed, Map.of("seats", 4)));

        // At least two hours: only the long runs remain.
        assertEquals(List.of(
                slot(DAY, "10:00", "12:00", 1)), slots(office, DAY, DAY, Map.of("minDuration", "PT2H")).subList(0, 1));
    }

    @Test
    void buffersKeepTimeFreeOnBothSidesOfABooking() {
        UUID venueId = Fixtures.newVenue();
        Fixtures.setHours(venueId, TestCalendar.weekly(TestCalendar.WEEKDAYS, "08:00-12:00"), true);
        UUID office = Fixtures.newSpace(venueId, "OFFICE", "EXCLUSIVE", 2, Map.of("bufferMinutes", 30));
        book(office, DAY, "10:00", "11:00", 1);
        // A new booking must end 30 min before 10:00, and may start 30 min after 11:00.
        assertEquals(List.of(slot(DAY, "08:00", "09:30", 1), slot(DAY, "11:30", "12:00", 1)), slots(office, DAY, DAY, Map.of()));
    }

    @Test
    void opensAt0800LocalTimeOnBothSidesOfTheSpringDstChange() {
        LocalDate lastSundayOfMarch = LocalDate.now(TestCalendar.PARIS).plusDays(1).withMonth(3).withDayOfMonth(31)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        if (!lastSundayOfMarch.isAfter(LocalDate.now(TestCalendar.PARIS))) {
            lastSundayOfMarch = lastSundayOfMarch.plusYears(1).withMonth(Month.MARCH.getValue()).withDayOfMonth(31)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        }
        LocalDate friday = lastSundayOfMarch.minusDays(2);
        LocalDate monday = lastSundayOfMarch.plusDays(1);
        UUID venueId = Fixtures.newVenue();
        Fixtures.setHours(venueId, TestCalendar.weekly(TestCalendar.WEEKDAYS, "08:00-12:00"), true);
        UUID desk = Fixtures.newSpace(venueId, "DESK", "EXCLUSIVE", 1, Map.of());

        List<List<Object>> found = slots(desk, friday, monday, Map.of());
        assertEquals(2, found.size(), found.toString());
        assertEquals(friday + "T08:00:00+01:00", found.get(0).get(0));
        assertEquals(friday + "T12:00:00+01:00", found.get(0).get(1));
        assertEquals(monday + "T08:00:00+02:00", found.get(1).get(0));
        assertEquals(monday + "T12:00:00+02:00", found.get(1).get(1));
    }

    @Test
    void searchesAcrossVenuesWithFiltersAndSortsByDistance() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        // A random empty corner of the southern ocean, so earlier runs' venues are never within reach.
        double lat = -50 + java.util.concurrent.ThreadLocalRandom.current().nextInt(2000) / 100.0;
        double lon = 100 + java.util.concurrent.ThreadLocalRandom.current().nextInt(6000) / 100.0;
        String centre = lat + "," + lon;
        UUID near = venueAt("Proche " + tag, lat - 0.02, lon);
        UUID far = venueAt("Loin " + tag, lat - 0.15, lon);
        UUID nearSpace = Fixtures.newSpace(near, "OFFICE", "EXCLUSIVE", 2, Map.of());
        UUID farSpace = Fixtures.newSpace(far, "OFFICE", "EXCLUSIVE", 2, Map.of());
        Map<String, Object> paid = new HashMap<>(Map.of("name", "Bureau payant", "kind", "OFFICE", "capacity", 2,
                "bookingMode", "EXCLUSIVE", "equipment", List.of("SCREEN", "VIDEOCONFERENCE"), "hourlyRate", 6.5,
                "rules", Map.of("maxAdvanceDays", 730)));
        String paidSpace = asAdmin().body(paid).post("/api/v1/venues/" + far + "/spaces").then().statusCode(201).extract().path("id");

        JsonPath all = anonymous().queryParam("near", centre).queryParam("radiusKm", 30)
                .queryParam("from", DAY.toString()).queryParam("to", DAY.toString())
                .get("/api/v1/availability").then().statusCode(200).extract().jsonPath();
        // Same venue, same first slot: "Bureau payant" sorts before "OFFICE …".
        assertEquals(List.of(nearSpace.toString(), paidSpace, farSpace.toString()), List.of(
                all.getString("results[0].space.id"), all.getString("results[1].space.id"), all.getString("results[2].space.id")));
        assertEquals(3, all.getInt("total"));
        assertEquals(2.22, all.getDouble("results[0].venue.distanceKm"), 0.01);
        assertEquals("Europe/Paris", all.getString("results[0].venue.timezone"));

        anonymous().queryParam("near", centre).queryParam("radiusKm", 5).queryParam("from", DAY.toString())
                .get("/api/v1/availability").then().statusCode(200).body("results.space.id", contains(nearSpace.toString()));
        anonymous().queryParam("near", centre).queryParam("radiusKm", 30).queryParam("from", DAY.toString())
                .queryParam("equipment", "VIDEOCONFERENCE").queryParam("equipment", "SCREEN")
                .get("/api/v1/availability").then().statusCode(200).body("results.space.id", contains(paidSpace));
        anonymous().queryParam("near", centre).queryParam("radiusKm", 30).queryParam("from", DAY.toString())
                .queryParam("maxHourlyRate", 0)
                .get("/api/v1/availability").then().statusCode(200)
                .body("results.space.id", contains(nearSpace.toString(), farSpace.toString()));
        anonymous().queryParam("near", centre).queryParam("radiusKm", 30).queryParam("from", DAY.toString())
                .queryParam("seats", 3)
                .get("/api/v1/availability").then().statusCode(200).body("total", equalTo(0));
        anonymous().queryParam("near", centre).queryParam("radiusKm", 30).queryParam("from", DAY.toString())
                .queryParam("size", 1).queryParam("page", 1)
                .get("/api/v1/availability").then().statusCode(200)
                .body("results.space.id", contains(paidSpace)).body("total", equalTo(3));
    }

    @Test
    void aVenueInTheCornerOfTheSearchBoxButBeyondTheRadiusIsLeftOut() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        double lat = -50 + java.util.concurrent.ThreadLocalRandom.current().nextInt(2000) / 100.0;
        double lon = 100 + java.util.concurrent.ThreadLocalRandom.current().nextInt(6000) / 100.0;
        String centre = lat + "," + lon;
        UUID nearSpace = Fixtures.newSpace(venueAt("Proche " + tag, lat - 0.02, lon), "OFFICE", "EXCLUSIVE", 2, Map.of());
        // 4.4 km north and 3.2-4.3 km east: inside the latitude and longitude box of a 5 km search, 5.4-6.2 km away.
        UUID cornerSpace = Fixtures.newSpace(venueAt("Coin " + tag, lat + 0.04, lon + 0.045), "OFFICE", "EXCLUSIVE", 2, Map.of());

        anonymous().queryParam("near", centre).queryParam("radiusKm", 5).queryParam("from", DAY.toString())
                .get("/api/v1/availability").then().statusCode(200).body("results.space.id", contains(nearSpace.toString()));
        anonymous().queryParam("near", centre).queryParam("radiusKm", 7).queryParam("from", DAY.toString())
                .get("/api/v1/availability").then().statusCode(200)
                .body("results.space.id", contains(nearSpace.toString(), cornerSpace.toString()));
    }

    @Test
    void filtersByVenueKindCommuneAndConnection() {
        String commune = "Commune " + UUID.randomUUID();
        UUID library = venueIn(commune, "MEDIA_LIBRARY", 100);
        UUID relay = venueIn(commune, "PUBLIC_SERVICE_RELAY", 8);
        UUID fastDesk = Fixtures.newSpace(library, "DESK", "EXCLUSIVE", 1, Map.of());
        UUID slowDesk = Fixtures.newSpace(relay, "DESK", "EXCLUSIVE", 1, Map.of());

        assertEquals(List.of(fastDesk.toString(), slowDesk.toString()).stream().sorted().toList(),
                searchIds(Map.of("commune", " " + commune.toUpperCase(java.util.Locale.ROOT) + " ")).stream().sorted().toList());
        assertEquals(List.of(fastDesk.toString()), searchIds(Map.of("commune", commune, "venueKind", "MEDIA_LIBRARY")));
        assertEquals(List.of(fastDesk.toString()), searchIds(Map.of("commune", commune, "minDownMbps", 50)));
        assertEquals(List.of(), searchIds(Map.of("commune", commune, "spaceKind", "OFFICE")));
    }

    @Test
    void aChangeWrittenByAnotherReplicaShowsInTheNextSearch() throws Exception {
        String commune = "Commune " + UUID.randomUUID();
        UUID venueId = venueIn(commune, "TOURIST_OFFICE", 18);
        UUID desk = Fixtures.newSpace(venueId, "DESK", "EXCLUSIVE", 1, Map.of());
        assertEquals(List.of(desk.toString()), searchIds(Map.of("commune", commune)));

        // Plain SQL stands for another replica: this one's catalogue copy must notice and reread.
        sql("UPDATE space SET active = false WHERE id = ?", desk);
        assertEquals(List.of(), searchIds(Map.of("commune", commune)));
        sql("UPDATE space SET active = true WHERE id = ?", desk);
        sql("UPDATE venue SET commune = 'Ailleurs-' || id WHERE id = ?", venueId);
        assertEquals(List.of(), searchIds(Map.of("commune", commune)));
        assertEquals(List.of(desk.toString()), searchIds(Map.of("commune", "Ailleurs-" + venueId)));

        // Blocks and closures live in the catalogue too: a whole-day block, then a closure of the day.
        String elsewhere = "Ailleurs-" + venueId;
        try (Connection connection = dataSource.getConnection(); PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO block (id, space_id, starts_at, ends_at) VALUES (gen_random_uuid(), ?, ?, ?)")) {
            ps.setObject(1, desk);
            ps.setObject(2, DAY.atStartOfDay(ZoneId.of("Europe/Paris")).toOffsetDateTime());
            ps.setObject(3, DAY.plusDays(1).atStartOfDay(ZoneId.of("Europe/Paris")).toOffsetDateTime());
            assertEquals(1, ps.executeUpdate());
        }
        assertEquals(List.of(), searchIds(Map.of("commune", elsewhere)));
        sql("DELETE FROM block WHERE space_id = ?", desk);
        assertEquals(List.of(desk.toString()), searchIds(Map.of("commune", elsewhere)));
        try (Connection connection = dataSource.getConnection(); PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO closure (id, venue_id, from_date, to_date) VALUES (gen_random_uuid(), ?, ?, ?)")) {
            ps.setObject(1, venueId);
            ps.setObject(2, DAY);
            ps.setObject(3, DAY);
            assertEquals(1, ps.executeUpdate());
        }
        assertEquals(List.of(), searchIds(Map.of("commune", elsewhere)));
        sql("DELETE FROM closure WHERE venue_id = ?", venueId);
        assertEquals(List.of(desk.toString()), searchIds(Map.of("commune", elsewhere)));

        sql("DELETE FROM space WHERE id = ?", desk);
        assertEquals(List.of(), searchIds(Map.of("commune", elsewhere)));
    }

    @Inject
    AgroalDataSource dataSource;

    private void sql(String statement, UUID id) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement ps = connection.prepareStatement(statement)) {
            ps.setObject(1, id);
            assertEquals(1, ps.executeUpdate());
        }
    }

    private static List<String> searchIds(Map<String, Object> filters) {
        return anonymous().queryParams(filters).queryParam("from", DAY.toString()).queryParam("to", DAY.toString())
                .get("/api/v1/availability").then().statusCode(200).extract().jsonPath().getList("results.space.id");
    }

    private static UUID venueIn(String commune, String kind, int downMbps) {
        Map<String, Object> body = new HashMap<>(Fixtures.venueBody("Lieu " + UUID.randomUUID()));
        body.put("commune", commune);
        body.put("kind", kind);
        body.put("connectivity", Map.of("type", "FIBER", "downMbps", downMbps, "upMbps", 1));
        UUID venueId = Fixtures.newVenue(body);
        Fixtures.setHours(venueId, TestCalendar.weekly(TestCalendar.WEEKDAYS, "08:00-12:00", "12:30-16:30"), true);
        return venueId;
    }

    @Test
    void aBookedSlotLeavesTheSearchAndComesBackWhenCancelled() {
        UUID venueId = Fixtures.newRelay();
        UUID desk = Fixtures.newSpace(venueId, "DESK", "EXCLUSIVE", 1, Map.of());
        Fixtures.Account member = Fixtures.newMember();
        String id = member.as().body(Map.of("spaceId", desk.toString(), "start", at(DAY, "08:00"), "end", at(DAY, "12:00")))
                .post("/api/v1/bookings").then().statusCode(201).extract().path("id");
        assertEquals(List.of(slot(DAY, "12:30", "16:30", 1)), slots(desk, DAY, DAY, Map.of()));
        member.as().post("/api/v1/bookings/" + id + "/cancel").then().statusCode(200);
        assertEquals(List.of(slot(DAY, "08:00", "12:00", 1), slot(DAY, "12:30", "16:30", 1)), slots(desk, DAY, DAY, Map.of()));
    }

    @Inject
    UpcomingBookingsCopy upcomingBookings;

    @Test
    void aBookingWrittenByAnotherReplicaLeavesTheNextSearchAnsweredFromTheCopy() throws Exception {
        UUID venueId = Fixtures.newRelay();
        UUID desk = Fixtures.newSpace(venueId, "DESK", "EXCLUSIVE", 1, Map.of());
        ZoneId paris = ZoneId.of("Europe/Paris");
        Instant dayStart = DAY.atStartOfDay(paris).toInstant();
        // The copy is read in the background: wait until it answers for the day, so the searches below come from it.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        boolean copyAnswers;
        while (!(copyAnswers = upcomingBookings.bookings(List.of(desk), dayStart.minus(Duration.ofDays(1)),
                dayStart.plus(Duration.ofDays(1))).isPresent()) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(copyAnswers, "the copy answers for the day");

        // Plain SQL stands for another replica.
        UUID booking = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection(); PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO booking (id, space_id, venue_id, starts_at, ends_at, occupied_until, seats, exclusive, status,"
                        + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, true, 'CONFIRMED', now(), now())")) {
            ps.setObject(1, booking);
            ps.setObject(2, desk);
            ps.setObject(3, venueId);
            ps.setObject(4, DAY.atTime(8, 0).atZone(paris).toOffsetDateTime());
            ps.setObject(5, DAY.atTime(12, 0).atZone(paris).toOffsetDateTime());
            ps.setObject(6, DAY.atTime(12, 0).atZone(paris).toOffsetDateTime());
            assertEquals(1, ps.executeUpdate());
        }
        assertEquals(List.of(slot(DAY, "12:30", "16:30", 1)), slots(desk, DAY, DAY, Map.of()));
        sql("UPDATE booking SET status = 'CANCELLED' WHERE id = ?", booking);
        assertEquals(List.of(slot(DAY, "08:00", "12:00", 1), slot(DAY, "12:30", "16:30", 1)), slots(desk, DAY, DAY, Map.of()));
    }

    @Test
    void badSearchesAreA400() {
        anonymous().queryParam("from", "2027-01-01").queryParam("to", "2027-03-01").get("/api/v1/availability")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        anonymous().queryParam("from", "lundi").get("/api/v1/availability")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        anonymous().queryParam("minDuration", "2h").get("/api/v1/availability")
                .then().statusCode(400).body("errors[0].field", equalTo("minDuration"));
        anonymous().queryParam("seats", 0).get("/api/v1/availability").then().statusCode(400);
        anonymous().queryParam("equipment", "JACUZZI").get("/api/v1/availability")
                .then().statusCode(400).body("errors[0].field", equalTo("equipment"));
        anonymous().queryParam("near", "91,0").get("/api/v1/availability").then().statusCode(400);
        anonymous().get("/api/v1/spaces/" + UUID.randomUUID() + "/availability").then().statusCode(404);
    }

    private static UUID venueAt(String name, double lat, double lon) {
        Map<String, Object> body = new HashMap<>(Fixtures.venueBody(name));
        body.put("latitude", lat);
        body.put("longitude", lon);
        UUID venueId = Fixtures.newVenue(body);
        Fixtures.setHours(venueId, TestCalendar.weekly(TestCalendar.WEEKDAYS, "08:00-12:00", "12:30-16:30"), true);
        return venueId;
    }
}
