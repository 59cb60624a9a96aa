package fr.coopconnect.booking;

import fr.coopconnect.support.Fixtures;
import fr.coopconnect.support.Sql;
import fr.coopconnect.support.TestCalendar;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real simultaneous requests: PostgreSQL, not luck, keeps a slot from being sold twice. */
@QuarkusTest
class ConcurrentBookingTest {

    @Inject
    DataSource db;

    static final int CLIENTS = 50;
    static final LocalDate DAY = TestCalendar.next(DayOfWeek.WEDNESDAY, 14);

    @Test
    void fiftyRequestsForOneExclusiveSlotMakeExactlyOneBooking() throws Exception {
        UUID spaceId = Fixtures.newSpace(Fixtures.newRelay(), "MEETING_ROOM", "EXCLUSIVE", 20, Map.of());
        List<Integer> statuses = race(spaceId, 1);
        assertEquals(1, count(statuses, 201), "one success: " + statuses);
        assertEquals(CLIENTS - 1, count(statuses, 409), "all others are told the slot is taken: " + statuses);
    }

    @Test
    void fiftyOneSeatRequestsOnAnEightSeatRoomMakeExactlyEightBookings() throws Exception {
        UUID spaceId = Fixtures.newSpace(Fixtures.newRelay(), "COMPUTER_ROOM", "SHARED", 8, Map.of());
        List<Integer> statuses = race(spaceId, 1);
        assertEquals(8, count(statuses, 201), "eight seats, eight successes: " + statuses);
        assertEquals(CLIENTS - 8, count(statuses, 409), "all others are told the slot is taken: " + statuses);
        Fixtures.asAdmin().queryParam("from", TestCalendar.at(DAY, "09:00")).queryParam("to", TestCalendar.at(DAY, "11:00"))
                .get("/api/v1/spaces/" + spaceId + "/availability").then().statusCode(200)
                .body("slots.size()", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void aSharedSpaceLockedTooLongAnswersBusyAndStoresNothing() throws Exception {
        UUID spaceId = Fixtures.newSpace(Fixtures.newRelay(), "COMPUTER_ROOM", "SHARED", 8, Map.of());
        String token = Fixtures.newMember().token();
        try (Connection holder = db.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("SELECT 1 FROM space WHERE id = ? FOR UPDATE")) {
                lock.setObject(1, spaceId);
                lock.executeQuery().close();
            }
            long started = System.nanoTime();
            // Asked on another thread with a deadline: without the lock timeout the request would wait for this
            // transaction forever, and the test must fail rather than hang.
            ExecutorService client = Executors.newSingleThreadExecutor();
            try {
                io.restassured.response.Response answer = client.submit(() -> io.restassured.RestAssured.given()
                        .auth().oauth2(token).contentType("application/json")
                        .body(Map.of("spaceId", spaceId.toString(), "start", TestCalendar.at(DAY, "09:00"),
                                "end", TestCalendar.at(DAY, "11:00"), "seats", 1))
                        .post("/api/v1/bookings")).get(10, TimeUnit.SECONDS);
                answer.then().statusCode(409).body("type", org.hamcrest.Matchers.equalTo("urn:coopconnect:problem:busy"));
            } finally {
                holder.rollback();
                client.shutdownNow();
            }
            double waitedS = (System.nanoTime() - started) / 1e9;
            assertTrue(waitedS >= 2.5 && waitedS < 10, "the booking waited for the lock's timeout (3 s), not forever: " + waitedS);
        }
        assertEquals(0, Sql.count(db, "SELECT count(*) FROM booking WHERE space_id = ?", spaceId));
    }

    private static List<Integer> race(UUID spaceId, int seats) throws Exception {
        // Ten members share the fifty requests: what races here is the slot, not the accounts.
        List<String> members = IntStream.range(0, 10).mapToObj(i -> Fixtures.newMember().token()).toList();
        List<String> tokens = IntStream.range(0, CLIENTS).mapToObj(i -> members.get(i % members.size())).toList();
        Map<String, Object> body = Map.of("spaceId", spaceId.toString(), "start", TestCalendar.at(DAY, "09:00"),
                "end", TestCalendar.at(DAY, "11:00"), "seats", seats);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String token : tokens) {
                Callable<Integer> attempt = () -> {
                    start.await();
                    return io.restassured.RestAssured.given().auth().oauth2(token).contentType("application/json")
                            .body(body).post("/api/v1/bookings").statusCode();
                };
                answers.add(pool.submit(attempt));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long count(List<Integer> statuses, int status) {
        return statuses.stream().filter(s -> s == status).count();
    }
}
