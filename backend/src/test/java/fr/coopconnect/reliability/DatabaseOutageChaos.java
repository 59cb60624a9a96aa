package fr.coopconnect.reliability;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A PostgreSQL of its own (initdb in target/, its own port; never the shared server) is stopped
 * for ten seconds under steady booking load, then started again. While it is down every request
 * is answered within two seconds with 503 problem+json and readiness is DOWN; after the restart
 * the service books again within five seconds; no booking ever confirmed is missing.
 */
class DatabaseOutageChaos {

    static final Path PG_BIN = Path.of(System.getenv().getOrDefault("COOPCONNECT_PG_BIN", "/usr/lib/postgresql/15/bin"));
    static final Duration OUTAGE = Duration.ofSeconds(10);
    static final int CLIENTS = 8;

    record Outcome(long atNanos, int status, long millis, String contentType, String body) {
    }

    @Test
    void theServiceSurvivesItsDatabaseGoingAway() throws Exception {
        Path dataDir = Chaos.WORK.resolve("pg-" + ProcessHandle.current().pid()).toAbsolutePath();
        int port = Chaos.freePort();
        Server pg = new Server(dataDir, port);
        pg.init();
        pg.start();
        try {
            String url = Chaos.jdbcUrl("127.0.0.1", port, "postgres");
            try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE coopconnect_outage");
            }
            try (Chaos.Instance app = Chaos.Instance.start("outage", Chaos.jdbcUrl("127.0.0.1", port, "coopconnect_outage"),
                    Chaos.keyDir("outage-" + port), Map.of("COOPCONNECT_DB_POOL_MAX", "12"))) {
                app.awaitReady(Duration.ofSeconds(120));
                run(app, pg);
            }
        } finally {
            pg.destroy();
        }
    }

    private void run(Chaos.Instance app, Server pg) throws Exception {
        Chaos.Api api = new Chaos.Api(app);
        UUID venue = api.newVenue("Relais panne " + UUID.randomUUID());
        UUID space = api.newSpace(venue, "COMPUTER_ROOM", "SHARED", 1000);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tokens.add(api.newMember("steady" + i).token());
        }
        LocalDate day = LocalDate.now(Chaos.PARIS).plusDays(15);

        Set<String> confirmed = ConcurrentHashMap.newKeySet();
        List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            String token = tokens.get(c % tokens.size());
            clients.add(pool.submit(() -> {
                while (running.get()) {
                    int n = next.getAndIncrement();
                    int slot = ThreadLocalRandom.current().nextInt(16, 36);
                    Map<String, Object> body = Map.of("spaceId", space.toString(), "note", "steady-" + n,
                            "start", Chaos.at(day.plusDays(n % 20), LocalTime.MIDNIGHT.plusMinutes(30L * slot)),
                            "end", Chaos.at(day.plusDays(n % 20), LocalTime.MIDNIGHT.plusMinutes(30L * slot + 30)));
                    long start = System.nanoTime();
                    Chaos.Answer answer;
                    try {
                        answer = Chaos.Http.send("POST", app.url("/api/v1/bookings"), token, body, null, Map.of(), Duration.ofSeconds(10));
                    } catch (IOException e) {
                        outcomes.add(new Outcome(start, -1, (System.nanoTime() - start) / 1_000_000, null, e.toString()));
                        continue;
                    }
                    outcomes.add(new Outcome(start, answer.status(), (System.nanoTime() - start) / 1_000_000, answer.contentType(),
                            answer.body()));
                    if (answer.status() == 201) {
                        confirmed.add(answer.json().get("id").asText());
                    }
                    Thread.sleep(50);
                }
                return null;
            }));
        }
        Thread.sleep(4000);
        int confirmedBefore = confirmed.size();
        Set<String> before = new HashSet<>(confirmed);

        long stopped = System.nanoTime();
        pg.stop();
        long down = System.nanoTime();
        List<Integer> readiness = new ArrayList<>();
        while (System.nanoTime() - down < OUTAGE.toNanos()) {
            readiness.add(Chaos.Http.send("GET", app.url("/q/health/ready"), null, null, null, Map.of(), Duration.ofSeconds(5)).status());
            Thread.sleep(1000);
        }
        long restarting = System.nanoTime();
        pg.start();
        long up = System.nanoTime();
        double outageSeconds = (up - stopped) / 1e9;
        Long recovered = null;
        while (System.nanoTime() - up < Duration.ofSeconds(20).toNanos()) {
            synchronized (outcomes) {
                recovered = outcomes.stream().filter(o -> o.atNanos() > up && o.status() == 201).map(Outcome::atNanos).min(Long::compare)
                        .orElse(null);
            }
            if (recovered != null) {
                break;
            }
            Thread.sleep(100);
        }
        Thread.sleep(3000);
        running.set(false);
        for (Future<?> client : clients) {
            client.get();
        }
        pool.shutdown();
        Integer readyAfter = Chaos.Http.send("GET", app.url("/q/health/ready"), null, null, null, Map.of()).status();

        // While the server was down (after the stop returned, before the start began).
        List<Outcome> during;
        synchronized (outcomes) {
            during = outcomes.stream().filter(o -> o.atNanos() > down + 200_000_000L && o.atNanos() + o.millis() * 1_000_000 < restarting).toList();
        }
        long slow = during.stream().filter(o -> o.millis() > 2000).count();
        long slowest = during.stream().mapToLong(Outcome::millis).max().orElse(0);
        List<String> wrong = during.stream().filter(o -> o.status() != 503 || o.contentType() == null
                || !o.contentType().startsWith("application/problem+json")).map(o -> o.status() + " " + o.body()).limit(5).toList();
        Double recoverySeconds = recovered == null ? null : (recovered - up) / 1e9;

        int lost;
        try (Connection c = DriverManager.getConnection(Chaos.jdbcUrl("127.0.0.1", pg.port, "coopconnect_outage"), "postgres", "");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id::text FROM booking WHERE status = 'CONFIRMED'")) {
            Set<String> stored = new HashSet<>();
            while (rs.next()) {
                stored.add(rs.getString(1));
            }
            lost = (int) confirmed.stream().filter(id -> !stored.contains(id)).count();
        }
        Map<Integer, Integer> statuses = new TreeMap<>();
        outcomes.forEach(o -> statuses.merge(o.status(), 1, Integer::sum));
        System.out.printf("outage: %d requests %s; %d confirmed before the stop; down %.1f s; while down %d answers, %d slower than 2 s (slowest %d ms),"
                        + " readiness %s; recovery %s s; readiness after %d; confirmed bookings missing %d%n",
                outcomes.size(), statuses, confirmedBefore, outageSeconds, during.size(), slow, slowest, readiness, recoverySeconds, readyAfter, lost);
        Map<String, Object> figures = new java.util.HashMap<>();
        figures.put("outageSeconds", Math.round(outageSeconds * 10) / 10.0);
        figures.put("recoverySeconds", recoverySeconds == null ? null : Math.round(recoverySeconds * 100) / 100.0);
        figures.put("lostAfterOutage", lost);
        ChaosReport.put(figures);

        assertTrue(confirmedBefore > 10, "steady load booked before the outage: " + confirmedBefore);
        assertTrue(during.size() > 20, "requests were made during the outage: " + during.size());
        assertEquals(List.of(), wrong, "503 problem+json while the database is down");
        assertEquals(0, slow, "answers within 2 s while the database is down");
        assertTrue(readiness.stream().allMatch(r -> r == 503), "readiness DOWN while the database is down: " + readiness);
        assertTrue(recoverySeconds != null && recoverySeconds <= 5, "books again within 5 s of the restart: " + recoverySeconds);
        assertEquals(200, readyAfter, "ready again");
        assertTrue(confirmed.containsAll(before));
        assertEquals(0, lost, "every 201 is in the database");
    }

    /** A throw-away PostgreSQL cluster, run as the postgres OS user when this runs as root (CI). */
    static final class Server {
        final Path dataDir;
        final int port;

        Server(Path dataDir, int port) {
            this.dataDir = dataDir;
            this.port = port;
        }

        void init() throws Exception {
            if (Files.exists(dataDir)) {
                exec(List.of("rm", "-rf", dataDir.toString()), false);
            }
            Files.createDirectories(dataDir);
            if (isRoot()) {
                exec(List.of("chown", "postgres:postgres", dataDir.toString()), false);
            }
            exec(List.of(PG_BIN.resolve("initdb").toString(), "-D", dataDir.resolve("data").toString(), "-U", "postgres",
                    "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"), true);
        }

        void start() throws Exception {
            exec(List.of(PG_BIN.resolve("pg_ctl").toString(), "-D", dataDir.resolve("data").toString(), "-l",
                    dataDir.resolve("server.log").toString(), "-w", "-t", "30", "-o",
                    "-p " + port + " -k " + dataDir + " -c listen_addresses=127.0.0.1 -c max_connections=40 -c fsync=off", "start"), true);
        }

        void stop() throws Exception {
            exec(List.of(PG_BIN.resolve("pg_ctl").toString(), "-D", dataDir.resolve("data").toString(), "-m", "fast", "-w", "stop"), true);
        }

        void destroy() {
            try {
                exec(List.of(PG_BIN.resolve("pg_ctl").toString(), "-D", dataDir.resolve("data").toString(), "-m", "immediate", "-w", "stop"), true);
            } catch (Exception alreadyStopped) {
                // fine
            }
            try {
                exec(List.of("rm", "-rf", dataDir.toString()), false);
            } catch (Exception e) {
                System.err.println("could not remove " + dataDir + ": " + e);
            }
        }

        private static boolean isRoot() {
            return "root".equals(System.getProperty("user.name"));
        }

        private static void exec(List<String> command, boolean asPostgres) throws Exception {
            List<String> full = new ArrayList<>();
            if (asPostgres && isRoot()) {
                full.addAll(List.of("runuser", "-u", "postgres", "--"));
            }
            full.addAll(command);
            Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", full) + " failed:\n" + out);
            }
        }
    }
}
