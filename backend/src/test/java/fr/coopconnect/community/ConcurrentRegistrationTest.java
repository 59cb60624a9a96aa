package fr.coopconnect.community;

import fr.coopconnect.support.Fixtures;
import fr.coopconnect.support.TestCalendar;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Real simultaneous registrations: the event's row lock, not luck, keeps its capacity. */
@QuarkusTest
class ConcurrentRegistrationTest {

    static final int MEMBERS = 30;
    static final int SEATS = 5;

    record Answer(Fixtures.Account member, int status, String registration, Integer position) {
    }

    @Test
    void thirtyMembersRacingForFiveSeatsGetFiveSeatsAndAnOrderedWaitingList() throws Exception {
        UUID venueId = Fixtures.newRelay();
        UUID roomId = Fixtures.newSpace(venueId, "MEETING_ROOM", "EXCLUSIVE", 20, Map.of());
        String eventId = EventResourceTest.create(EventResourceTest.event(venueId, roomId,
                TestCalendar.next(DayOfWeek.FRIDAY, 14), "14:00", "16:00", SEATS));
        List<Fixtures.Account> members = IntStream.range(0, MEMBERS).mapToObj(i -> Fixtures.newMember()).toList();

        List<Answer> answers = race(members, eventId);
        assertEquals(List.of(201), answers.stream().map(Answer::status).distinct().toList(), "everyone is answered 201");
        List<Answer> seated = answers.stream().filter(a -> a.registration().equals("REGISTERED")).toList();
        List<Answer> waiting = answers.stream().filter(a -> a.registration().equals("WAITLISTED"))
                .sorted(Comparator.comparing(Answer::position)).toList();
        assertEquals(SEATS, seated.size());
        assertEquals(MEMBERS - SEATS, waiting.size());
        assertEquals(IntStream.rangeClosed(1, MEMBERS - SEATS).boxed().toList(), waiting.stream().map(Answer::position).toList(),
                "waiting places 1..25, each given once");
        Fixtures.Account manager = Fixtures.newManager(venueId);
        Response listed = manager.as().get("/api/v1/events/" + eventId + "/registrations");
        assertEquals(waiting.stream().map(a -> a.member().id().toString()).toList(),
                listed.jsonPath().getList("findAll { it.status == 'WAITLISTED' }.memberId"), "the list keeps the waiting order");
        Fixtures.anonymous().get("/api/v1/events/" + eventId).then().statusCode(200)
                .body("registered", org.hamcrest.Matchers.equalTo(SEATS))
                .body("waitlisted", org.hamcrest.Matchers.equalTo(MEMBERS - SEATS));

        // Three seated members withdraw at once: the first three waiting get their seats, in order.
        List<Future<Integer>> withdrawals = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            CountDownLatch go = new CountDownLatch(1);
            for (Answer leaving : seated.subList(0, 3)) {
                withdrawals.add(pool.submit(() -> {
                    go.await();
                    return leaving.member().as().delete("/api/v1/events/" + eventId + "/registrations/me").statusCode();
                }));
            }
            go.countDown();
            for (Future<Integer> withdrawal : withdrawals) {
                assertEquals(204, withdrawal.get());
            }
        } finally {
            pool.shutdownNow();
        }
        List<Map<String, Object>> after = manager.as().get("/api/v1/events/" + eventId + "/registrations").jsonPath().getList("");
        List<Object> nowSeated = after.stream().filter(r -> r.get("status").equals("REGISTERED")).map(r -> r.get("memberId")).toList();
        assertEquals(SEATS, nowSeated.size());
        for (Answer promoted : waiting.subList(0, 3)) {
            assertEquals(true, nowSeated.contains(promoted.member().id().toString()), "promoted in order: " + promoted.position());
        }
        assertEquals(waiting.subList(3, waiting.size()).stream().map(a -> a.member().id().toString()).toList(),
                after.stream().filter(r -> r.get("status").equals("WAITLISTED")).map(r -> r.get("memberId")).toList());
        assertEquals(List.of(1, 2), after.stream().filter(r -> r.get("status").equals("WAITLISTED")).limit(2)
                .map(r -> r.get("waitlistPosition")).toList(), "the rest move up the waiting list");
    }

    private static List<Answer> race(List<Fixtures.Account> members, String eventId) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(members.size());
        try {
            List<Future<Answer>> futures = new ArrayList<>();
            for (Fixtures.Account member : members) {
                futures.add(pool.submit(() -> {
                    go.await();
                    Response response = member.as().post("/api/v1/events/" + eventId + "/registrations");
                    return new Answer(member, response.statusCode(), response.path("status"), response.path("waitlistPosition"));
                }));
            }
            go.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
