package fr.coopconnect.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two replicas of the built jar on one fresh database, sharing one key pair, hammered by 64
 * clients with 2,000 booking attempts on a few hot spaces. PostgreSQL, not luck, must keep every
 * exclusive slot single and every shared space within its capacity; and what clients were told
 * must be what the database holds.
 */
class TwoReplicasChaos {

    static final int CLIENTS = 64;
    static final int ATTEMPTS = 2000;
    static final int IDEMPOTENT_RETRIES = 10;
    /** Two replicas share one PostgreSQL (max_connections 100 here, shared with other test runs). */
    static final Map<String, String> POOL = Map.of("COOPCONNECT_DB_POOL_MAX", "16");

    record Attempt(int index, int replica, UUID spaceId, String note, int status, UUID bookingId, String body) {
    }

    @Test
    void twoReplicasNeverDoubleBookAndNeverLoseAConfirmation() throws Exception {
        String db = Chaos.uniqueDbName("replicas");
        Chaos.createDatabase(db);
        Path keys = Chaos.keyDir(db);
        try (Chaos.Instance a = Chaos.Instance.start("replica-a", Chaos.jdbcUrl(db), keys, POOL)) {
            a.awaitReady(Duration.ofSeconds(120));
            // The second starts once the first has generated the shared key pair and migrated the schema.
            try (Chaos.Instance b = Chaos.Instance.start("replica-b", Chaos.jdbcUrl(db), keys, POOL)) {
                b.awaitReady(Duration.ofSeconds(120));
                run(db, List.of(a, b));
            }
        } finally {
            Chaos.dropDatabase(db);
        }
    }

    private void run(String db, List<Chaos.Instance> replicas) throws Exception {
        Chaos.Api onA = new Chaos.Api(replicas.get(0));
        Chaos.Api onB = new Chaos.Api(replicas.get(1));
        UUID venue1 = onA.newVenue("Relais chaos " + UUID.randomUUID());
        UUID venue2 = onB.newVenue("Médiathèque chaos " + UUID.randomUUID());
        Map<UUID, Integer> capacities = new HashMap<>();
        List<UUID> exclusive = List.of(onA.newSpace(venue1, "OFFICE", "EXCLUSIVE", 3), onA.newSpace(venue1, "VISIO_BOOTH", "EXCLUSIVE", 1),
                onB.newSpace(venue2, "MEETING_ROOM", "EXCLUSIVE", 12));
        UUID shared1 = onA.newSpace(venue1, "COMPUTER_ROOM", "SHARED", 4);
        UUID shared2 = onB.newSpace(venue2, "DESK", "SHARED", 3);
        capacities.put(shared1, 4);
        capacities.put(shared2, 3);
        List<UUID> hot = new ArrayList<>(exclusive);
        hot.add(shared1);
        hot.add(shared2);

        // Members registered on one replica get their tokens from the other: one key pair for both.
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Chaos.Api.Member member = (i % 2 == 0 ? onA : onB).newMember("client" + i);
            tokens.add((i % 2 == 0 ? onB : onA).token(member.email(), Chaos.MEMBER_PASSWORD));
        }
        LocalDate day1 = LocalDate.now(Chaos.PARIS).plusDays(20);
        List<LocalDate> days = List.of(day1, day1.plusDays(1));
        // A replica's search reads its copy of the coming weeks' bookings in the background on first use: start both
        // before the race, so that the searches after it come from the copies, each learning the other replica's
        // bookings from the change log.
        for (Chaos.Instance replica : replicas) {
            slots(replica, hot.get(0), day1);
        }
        Thread.sleep(2000);

        AtomicInteger next = new AtomicInteger();
        List<Attempt> attempts = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        List<String> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            String token = tokens.get(c % tokens.size());
            clients.add(pool.submit(() -> {
                go.await();
                for (int i = next.getAndIncrement(); i < ATTEMPTS; i = next.getAndIncrement()) {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    int replica = i % replicas.size();
                    UUID spaceId = hot.get(random.nextInt(hot.size()));
                    LocalDate day = days.get(random.nextInt(days.size()));
                    int startSlot = random.nextInt(16, 36);           // 08:00 .. 17:30, in half hours
                    int length = random.nextInt(1, Math.min(4, 36 - startSlot) + 1);
                    String note = "chaos-" + i;
                    Map<String, Object> body = new HashMap<>(Map.of("spaceId", spaceId.toString(),
                            "start", Chaos.at(day, LocalTime.MIDNIGHT.plusMinutes(30L * startSlot)),
                            "end", Chaos.at(day, LocalTime.MIDNIGHT.plusMinutes(30L * (startSlot + length))), "note", note));
                    if (capacities.containsKey(spaceId)) {
                        body.put("seats", random.nextInt(1, 3));
                    }
                    Chaos.Answer answer = Chaos.Http.send("POST", replicas.get(replica).url("/api/v1/bookings"), token, body,
                            null, Map.of());
                    statuses.merge(answer.status(), 1, Integer::sum);
                    UUID bookingId = answer.status() == 201 ? UUID.fromString(answer.json().get("id").asText()) : null;
                    // 409: slot taken or space busy; 503: no database connection free within the acquisition timeout.
                    if (answer.status() != 201 && answer.status() != 409 && answer.status() != 503) {
                        unexpected.add(answer.status() + " " + answer.body());
                    } else if (answer.status() != 201 && !answer.isProblem()) {
                        unexpected.add(answer.status() + " without problem+json: " + answer.body());
                    }
                    attempts.add(new Attempt(i, replica, spaceId, note, answer.status(), bookingId, answer.body()));
                }
                return null;
            }));
        }
        long started = System.nanoTime();
        go.countDown();
        for (Future<?> client : clients) {
            client.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("replicas: %d attempts in %.1f s, statuses %s%n", attempts.size(), seconds, new TreeMap<>(statuses));

        String idempotencyKey = idempotentRetriesAcrossReplicas(replicas, tokens.get(0), onA.newSpace(venue2, "OFFICE", "EXCLUSIVE", 2), day1);
        long idempotentDuplicates;

        long overlaps;
        long capacityExceeded;
        int lost = 0;
        int ghost = 0;
        int confirmed = 0;
        try (Connection c = Chaos.connect(db)) {
            idempotentDuplicates = Chaos.scalar(c, "SELECT count(*) - 1 FROM booking WHERE note = '" + idempotencyKey + "'");
            overlaps = Chaos.scalar(c, """
                    SELECT count(*) FROM booking x JOIN booking y ON x.space_id = y.space_id AND x.id < y.id
                      AND tstzrange(x.starts_at, x.occupied_until, '[)') && tstzrange(y.starts_at, y.occupied_until, '[)')
                    WHERE x.exclusive AND y.exclusive AND x.status IN ('PENDING', 'CONFIRMED') AND y.status IN ('PENDING', 'CONFIRMED')""");
            // Occupancy only rises at a booking's start: checking every start instant checks every instant.
            capacityExceeded = Chaos.scalar(c, """
                    SELECT count(*) FROM (
                      SELECT b.id FROM booking b
                      JOIN booking o ON o.space_id = b.space_id AND o.status IN ('PENDING', 'CONFIRMED')
                        AND o.starts_at <= b.starts_at AND o.ends_at > b.starts_at
                      JOIN space s ON s.id = b.space_id
                      WHERE NOT b.exclusive AND b.status IN ('PENDING', 'CONFIRMED')
                      GROUP BY b.id, s.capacity HAVING sum(o.seats) > s.capacity) AS over""");
            Map<String, String> stored = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT note, id::text || ' ' || status FROM booking WHERE note LIKE 'chaos-%'");
                 var rs = s.executeQuery()) {
                while (rs.next()) {
                    assertTrue(stored.put(rs.getString(1), rs.getString(2)) == null, "one booking per attempt: " + rs.getString(1));
                }
            }
            for (Attempt attempt : attempts) {
                String row = stored.get(attempt.note());
                if (attempt.status() == 201) {
                    confirmed++;
                    if (row == null || !row.equals(attempt.bookingId() + " CONFIRMED")) {
                        lost++;
                    }
                } else if (row != null) {
                    ghost++;
                }
            }
        }
        System.out.printf("replicas: confirmed %d, overlaps %d, capacity exceeded %d, lost %d, refused-but-stored %d%n",
                confirmed, overlaps, capacityExceeded, lost, ghost);
        // Both replicas' searches after the race: the same free slots, and none of an exclusive space's meets a booking.
        int searches = 0;
        int disagreements = 0;
        int slotsOverBookings = 0;
        List<String[]> occupied = new ArrayList<>();
        try (Connection c = Chaos.connect(db); PreparedStatement s = c.prepareStatement("SELECT space_id::text, starts_at, occupied_until"
                + " FROM booking WHERE exclusive AND status IN ('PENDING', 'CONFIRMED')"); var rs = s.executeQuery()) {
            while (rs.next()) {
                occupied.add(new String[]{rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant().toString(),
                        rs.getObject(3, OffsetDateTime.class).toInstant().toString()});
            }
        }
        for (UUID spaceId : hot) {
            for (LocalDate day : days) {
                searches++;
                JsonNode slots = slots(replicas.get(0), spaceId, day);
                if (!slots.equals(slots(replicas.get(1), spaceId, day))) {
                    disagreements++;
                }
                for (JsonNode slot : slots) {
                    Instant start = OffsetDateTime.parse(slot.get("start").asText()).toInstant();
                    Instant end = OffsetDateTime.parse(slot.get("end").asText()).toInstant();
                    slotsOverBookings += (int) occupied.stream().filter(b -> b[0].equals(spaceId.toString())
                            && start.isBefore(Instant.parse(b[2])) && Instant.parse(b[1]).isBefore(end)).count();
                }
            }
        }
        System.out.printf("replicas: after the race, free slots differing between the replicas in %d of %d searches,"
                + " free slots meeting an exclusive booking %d%n", disagreements, searches, slotsOverBookings);
        ChaosReport.put(Map.ofEntries(Map.entry("replicas", replicas.size()), Map.entry("clients", CLIENTS),
                Map.entry("attempts", attempts.size()), Map.entry("confirmed", confirmed), Map.entry("overlaps", overlaps),
                Map.entry("capacityExceeded", capacityExceeded), Map.entry("lostConfirmed", lost),
                Map.entry("idempotentRetries", IDEMPOTENT_RETRIES), Map.entry("duplicateBookings", idempotentDuplicates),
                Map.entry("searchDisagreements", disagreements), Map.entry("freeSlotsOverBookings", slotsOverBookings)));

        assertEquals(ATTEMPTS, attempts.size());
        assertTrue(unexpected.isEmpty(), "only 201, and 409 or 503 problem+json, expected, got " + unexpected.subList(0, Math.min(5, unexpected.size())));
        assertTrue(confirmed > 50, "the load must actually book: " + confirmed);
        assertTrue(statuses.getOrDefault(409, 0) > 50, "the load must actually collide: " + statuses);
        assertEquals(0, overlaps, "overlapping live exclusive bookings");
        assertEquals(0, capacityExceeded, "shared spaces over capacity");
        assertEquals(0, lost, "201 answers missing from the database");
        assertEquals(0, ghost, "409 answers whose booking is in the database");
        assertEquals(0, idempotentDuplicates, "one Idempotency-Key, one booking");
        assertEquals(0, disagreements, "both replicas' searches see every booking, whichever replica took it");
        assertEquals(0, slotsOverBookings, "a free slot over a live booking");
    }

    /** The space's free slots that day, as a replica's search answers. */
    private static JsonNode slots(Chaos.Instance replica, UUID spaceId, LocalDate day) throws Exception {
        Chaos.Answer answer = Chaos.Http.send("GET", replica.url("/api/v1/spaces/" + spaceId + "/availability?from=" + day + "&to=" + day),
                null, null, null, Map.of());
        assertEquals(200, answer.status(), answer.body());
        return answer.json().get("slots");
    }

    /** Ten simultaneous retries of one request with one Idempotency-Key, spread over both replicas. */
    private String idempotentRetriesAcrossReplicas(List<Chaos.Instance> replicas, String token, UUID spaceId, LocalDate day) throws Exception {
        String key = "chaos-retry-" + UUID.randomUUID();
        Map<String, Object> body = Map.of("spaceId", spaceId.toString(), "start", Chaos.at(day, LocalTime.of(9, 0)),
                "end", Chaos.at(day, LocalTime.of(10, 0)), "note", key);
        ExecutorService pool = Executors.newFixedThreadPool(IDEMPOTENT_RETRIES);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Chaos.Answer>> answers = new ArrayList<>();
        for (int i = 0; i < IDEMPOTENT_RETRIES; i++) {
            Chaos.Instance replica = replicas.get(i % replicas.size());
            answers.add(pool.submit(() -> {
                go.await();
                return Chaos.Http.send("POST", replica.url("/api/v1/bookings"), token, body, null, Map.of("Idempotency-Key", key));
            }));
        }
        go.countDown();
        Set<String> bodies = new HashSet<>();
        List<Integer> codes = new ArrayList<>();
        for (Future<Chaos.Answer> answer : answers) {
            bodies.add(answer.get().body());
            codes.add(answer.get().status());
        }
        pool.shutdown();
        assertEquals(List.of(201, 201, 201, 201, 201, 201, 201, 201, 201, 201), codes, "every retry answers 201: " + bodies);
        assertEquals(1, bodies.size(), "ten identical answers: " + bodies);
        return key;
    }
}
