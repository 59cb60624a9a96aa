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
            UUID shared = api.newSpace(venue, "COMPUTER_ROOM", "SHARED", 8);
            String bookerToken = api.newMember("booker").token();
            cors(app);
            headers(app);
            rateLimit(app, db);
            gracefulShutdown(app, db, shared, bookerToken);
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

    private void gracefulShutdown(Chaos.Instance app, String db, UUID shared, String token) throws Exception {
        LocalDate day = LocalDate.now(Chaos.PARIS).plusDays(25);
        int inFlight = 6;
        ExecutorService pool = Executors.newFixedThreadPool(inFlight);
        List<Future<Chaos.Answer>> answers = new ArrayList<>();
        Duration exit;
        Chaos.Answer late = null;
        String lateError = null;
        try (Connection lock = Chaos.connect(db); Statement s = lock.createStatement()) {
            // Hold the shared space's row lock: every booking of it waits inside its transaction.
            lock.setAutoCommit(false);
            s.execute("SELECT id FROM space WHERE id = '" + shared + "' FOR UPDATE");
            for (int i = 0; i < inFlight; i++) {
                int hour = 8 + i;
                answers.add(pool.submit(() -> Chaos.Http.send("POST", app.url("/api/v1/bookings"), token,
                        Map.of("spaceId", shared.toString(), "start", Chaos.at(day, LocalTime.of(hour, 0)),
                                "end", Chaos.at(day, LocalTime.of(hour, 30))), null, Map.of())));
            }
            Thread.sleep(800);
            long signalled = System.nanoTime();
            app.process.destroy();   // SIGTERM
            Thread.sleep(300);
            try {
                late = Chaos.Http.send("GET", app.url("/api/v1/venues"), null, null, null, Map.of(), Duration.ofSeconds(3));
            } catch (java.io.IOException refused) {
                lateError = refused.toString();
            }
            Thread.sleep(500);
            lock.commit();           // the waiting bookings go on
            assertTrue(app.process.waitFor(SHUTDOWN_TIMEOUT.toMillis() + 5000, java.util.concurrent.TimeUnit.MILLISECONDS),
                    "exits after SIGTERM");
            exit = Duration.ofNanos(System.nanoTime() - signalled);
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Chaos.Answer> answer : answers) {
            statuses.add(answer.get().status());
        }
        pool.shutdown();
        System.out.printf("shutdown: in-flight %s, request after SIGTERM %s, exit after %d ms (timeout %s)%n", statuses,
                late != null ? late.status() + " " + late.body() : lateError, exit.toMillis(), SHUTDOWN_TIMEOUT);
        assertEquals(List.of(201, 201, 201, 201, 201, 201), statuses, "in-flight bookings complete");
        assertTrue(late == null || late.status() == 503, "a new request during shutdown is refused: " + (late == null ? lateError : late.body()));
        assertFalse(app.process.isAlive());
        assertTrue(exit.compareTo(SHUTDOWN_TIMEOUT) <= 0, "exits within quarkus.shutdown.timeout: " + exit);
        try (Connection c = Chaos.connect(db)) {
            assertEquals(inFlight, Chaos.scalar(c, "SELECT count(*) FROM booking WHERE space_id = '" + shared + "'"),
                    "every 201 is stored");
        }
    }
}
