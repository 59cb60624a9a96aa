package fr.coopconnect.reliability;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One instance configured through its environment: CORS limited to the configured SPA origin,
 * security headers on every answer, the per-IP sign-in limit counted in PostgreSQL; then SIGTERM
 * while bookings are in flight: they complete, new requests are refused, the process exits in time.
 */
class WebHygieneAndShutdownChaos {

    static final String SPA = "https://app.coopconnect.example";
    static final int AUTH_LIMIT = 5;
    static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(10);

    @Test
    void hygieneThenGracefulShutdown() throws Exception {
        String db = Chaos.uniqueDbName("web");
        Chaos.createDatabase(db);
        Path keys = Chaos.keyDir(db);
        try (Chaos.Instance app = Chaos.Instance.start("web", Chaos.jdbcUrl(db), keys, Map.of(
                "COOPCONNECT_CORS_ORIGINS", SPA, "COOPCONNECT_AUTH_RATE_LIMIT", String.valueOf(AUTH_LIMIT),
                "QUARKUS_SHUTDOWN_TIMEOUT", SHUTDOWN_TIMEOUT.toSeconds() + "S"))) {
            app.awaitReady(Duration.ofSeconds(120));
            Chaos.Api api = new Chaos.Api(app);
            UUID venue = api.newVenue("Relais web " + UUID.randomUUID());
            UUID room = api.newSpace(venue, "MEETING_ROOM", "EXCLUSIVE", 8);
            String bookerToken = api.newMember("booker").token();
            cors(app);
            headers(app);
            rateLimit(app, db);
            gracefulShutdown(app, db, venue, room, bookerToken);
        } finally {
            Chaos.dropDatabase(db);
        }
    }

    private void cors(Chaos.Instance app) throws Exception {
        Chaos.Answer preflight = Chaos.Http.send("OPTIONS", app.url("/api/v1/bookings"), null, null, null,
                Map.of("Origin", SPA, "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "authorization,content-type"));
        assertEquals(SPA, preflight.raw().headers().firstValue("Access-Control-Allow-Origin").orElse(null), "the SPA may call");
        Chaos.Answer simple = Chaos.Http.send("GET", app.url("/api/v1/venues"), null, null, null, Map.of("Origin", SPA));
        assertEquals(200, simple.status());
        assertEquals(SPA, simple.raw().headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        for (String origin : List.of("https://evil.example", "http://localhost:5173", "null", SPA + ".evil.example")) {
            Chaos.Answer refused = Chaos.Http.send("OPTIONS", app.url("/api/v1/bookings"), null, null, null,
                    Map.of("Origin", origin, "Access-Control-Request-Method", "POST"));
            assertTrue(refused.raw().headers().firstValue("Access-Control-Allow-Origin").isEmpty(), origin + " is not allowed");
            Chaos.Answer get = Chaos.Http.send("GET", app.url("/api/v1/venues"), null, null, null, Map.of("Origin", origin));
            assertTrue(get.raw().headers().firstValue("Access-Control-Allow-Origin").isEmpty(), origin + " gets no CORS grant");
        }
    }

    private void headers(Chaos.Instance app) throws Exception {
        for (String path : List.of("/api/v1/venues", "/api/v1/me", "/api/v1/venues/" + UUID.randomUUID(), "/api/v1/nowhere")) {
            Chaos.Answer answer = Chaos.Http.send("GET", app.url(path), null, null, null, Map.of());
            assertEquals("nosniff", answer.raw().headers().firstValue("X-Content-Type-Options").orElse(null), path);
            assertEquals("no-referrer", answer.raw().headers().firstValue("Referrer-Policy").orElse(null), path);
        }
    }

    private void rateLimit(Chaos.Instance app, String db) throws Exception {
        // One window of one minute: start well inside it, counting what the set-up already used.
        while (Instant.now().getEpochSecond() % 60 > 40) {
            Thread.sleep(1000);
        }
        long alreadyUsed;
        try (Connection c = Chaos.connect(db)) {
            alreadyUsed = Chaos.scalar(c, "SELECT coalesce(max(attempts), 0) FROM auth_attempt WHERE window_start = date_trunc('minute', now())");
        }
        int allowed = 0;
        Chaos.Answer refused = null;
        for (int i = 0; i < AUTH_LIMIT + 3 && refused == null; i++) {
            Chaos.Answer answer = Chaos.Http.send("POST", app.url("/api/v1/auth/token"), null,
                    Map.of("email", "nobody@example.org", "password", "wrong-password-" + i), null, Map.of());
            if (answer.status() == 429) {
                refused = answer;
            } else {
                assertEquals(401, answer.status(), answer.body());
                allowed++;
            }
        }
        assertEquals(Math.max(0, AUTH_LIMIT - alreadyUsed), allowed, "attempts allowed before 429 in this minute");
        assertNotNull(refused, "429 after the limit");
        assertTrue(refused.isProblem(), refused.body());
        assertTrue(refused.raw().headers().firstValue("Retry-After").isPresent());
        Chaos.Answer register = Chaos.Http.send("POST", app.url("/api/v1/auth/register"), null,
                Map.of("email", "late@example.org", "password", "long-enough-password", "displayName", "Late"), null, Map.of());
        assertEquals(429, register.status(), "the limit covers every /auth operation");
        assertEquals(200, Chaos.Http.send("GET", app.url("/api/v1/venues"), null, null, null, Map.of()).status(),
                "other operations are not limited");
        try (Connection c = Chaos.connect(db)) {
            assertTrue(Chaos.scalar(c, "SELECT max(attempts) FROM auth_attempt") > AUTH_LIMIT,
                    "the count lives in PostgreSQL, shared by every replica");
        }
    }

    private void gracefulShutdown(Chaos.Instance app, String db, UUID venue, UUID room, String token) throws Exception {
        LocalDate day = LocalDate.now(Chaos.PARIS).plusDays(25);
        int inFlight = 6;
        ExecutorService pool = Executors.newFixedThreadPool(inFlight);
        List<Future<Chaos.Answer>> answers = new ArrayList<>();
        Duration exit;
        List<String> afterSignal = new ArrayList<>();
        boolean refused = false;
        try (Connection holder = Chaos.connect(db); Statement s = holder.createStatement()) {
            // An uncommitted booking over the whole morning: each in-flight booking of the room waits on it at the
            // exclusion constraint, inside its own transaction, until it is rolled back.
            holder.setAutoCommit(false);
            s.execute("INSERT INTO booking (id, space_id, venue_id, starts_at, ends_at, occupied_until, seats, exclusive, status,"
                    + " created_at, updated_at) VALUES ('" + UUID.randomUUID() + "', '" + room + "', '" + venue + "', '"
                    + Chaos.at(day, LocalTime.of(8, 0)) + "', '" + Chaos.at(day, LocalTime.of(12, 0)) + "', '"
                    + Chaos.at(day, LocalTime.of(12, 0)) + "', 1, true, 'CONFIRMED', now(), now())");
            for (int i = 0; i < inFlight; i++) {
                int minutes = 8 * 60 + 30 * i;
                answers.add(pool.submit(() -> Chaos.Http.send("POST", app.url("/api/v1/bookings"), token,
                        Map.of("spaceId", room.toString(), "start", Chaos.at(day, LocalTime.MIDNIGHT.plusMinutes(minutes)),
                                "end", Chaos.at(day, LocalTime.MIDNIGHT.plusMinutes(minutes + 30))), null, Map.of(),
                        Duration.ofSeconds(30))));
            }
            try (Statement probe = Chaos.connect(db).createStatement()) {
                while (Chaos.scalar(probe.getConnection(), "SELECT count(*) FROM pg_locks WHERE NOT granted") < inFlight) {
                    Thread.sleep(100);
                }
                probe.getConnection().close();
            }
            long signalled = System.nanoTime();
            app.process.destroy();   // SIGTERM
            // New requests, while the six are still waiting: refused (503 or connection refused) once the JVM has
            // handled the signal; one sent in the same instant may still be served, so the loop waits for a refusal.
            while (!refused && System.nanoTime() - signalled < Duration.ofSeconds(5).toNanos()) {
                try {
                    Chaos.Answer late = Chaos.Http.send("GET", app.url("/api/v1/venues"), null, null, null, Map.of(), Duration.ofSeconds(2));
                    afterSignal.add(late.status() + (late.isProblem() ? " problem+json" : ""));
                    refused = late.status() == 503 && late.isProblem();
                    if (refused) {
                        Chaos.Answer ready = Chaos.Http.send("GET", app.url("/q/health/ready"), null, null, null, Map.of(), Duration.ofSeconds(2));
                        afterSignal.add("ready " + ready.status());
                        assertEquals(503, ready.status(), "readiness DOWN while draining");
                    }
                } catch (java.io.IOException connectionRefused) {
                    afterSignal.add("refused");
                    refused = true;
                }
                Thread.sleep(100);
            }
            boolean stillWaiting = answers.stream().noneMatch(Future::isDone);
            assertTrue(stillWaiting, "the in-flight bookings were still in flight when new requests were refused");
            holder.rollback();       // the waiting bookings go on
            assertTrue(app.process.waitFor(SHUTDOWN_TIMEOUT.toMillis() + 5000, java.util.concurrent.TimeUnit.MILLISECONDS),
                    "exits after SIGTERM");
            exit = Duration.ofNanos(System.nanoTime() - signalled);
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Chaos.Answer> answer : answers) {
            statuses.add(answer.get().status());
        }
        pool.shutdown();
        System.out.printf("shutdown: in-flight %s; requests after SIGTERM %s; exit %d ms after SIGTERM (timeout %s)%n", statuses,
                afterSignal, exit.toMillis(), SHUTDOWN_TIMEOUT);
        assertEquals(List.of(201, 201, 201, 201, 201, 201), statuses, "in-flight bookings complete");
        assertTrue(refused, "a new request during shutdown is refused: " + afterSignal);
        assertFalse(app.process.isAlive());
        assertTrue(exit.compareTo(SHUTDOWN_TIMEOUT) <= 0, "exits within quarkus.shutdown.timeout: " + exit);
        try (Connection c = Chaos.connect(db)) {
            assertEquals(inFlight, Chaos.scalar(c, "SELECT count(*) FROM booking WHERE space_id = '" + room + "'"),
                    "every 201 is stored");
        }
    }
}
