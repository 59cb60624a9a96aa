package fr.coopconnect.booking;

import fr.coopconnect.support.Fixtures;
import fr.coopconnect.support.TestCalendar;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A client that retries while its first attempt is still running must not book twice. */
@QuarkusTest
class IdempotentRetryTest {

    static final int RETRIES = 10;
    static final LocalDate DAY = TestCalendar.next(DayOfWeek.THURSDAY, 21);

    @Test
    void tenSimultaneousRetriesWithOneKeyMakeOneBookingAndTenIdenticalAnswers() throws Exception {
        Fixtures.Account member = Fixtures.newMember();
        UUID spaceId = Fixtures.newSpace(Fixtures.newRelay(), "OFFICE", "EXCLUSIVE", 2, Map.of());
        String key = "retry-" + UUID.randomUUID();
        Map<String, Object> body = Map.of("spaceId", spaceId.toString(), "start", TestCalendar.at(DAY, "09:00"),
                "end", TestCalendar.at(DAY, "10:30"), "note", key);

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(RETRIES);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < RETRIES; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return member.as().header("Idempotency-Key", key).body(body).post("/api/v1/bookings");
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            Set<String> bodies = new HashSet<>();
            for (Future<Response> answer : answers) {
                statuses.add(answer.get().statusCode());
                bodies.add(answer.get().asString());
            }
            assertEquals(List.of(201, 201, 201, 201, 201, 201, 201, 201, 201, 201), statuses, "every retry is answered 201: " + bodies);
            assertEquals(1, bodies.size(), "ten identical answers: " + bodies);
        } finally {
            pool.shutdownNow();
        }

        List<String> mine = member.as().get("/api/v1/me/bookings").then().statusCode(200).extract().jsonPath().getList("note");
        assertEquals(1, mine.stream().filter(key::equals).count(), "exactly one booking: " + mine);
    }
}
