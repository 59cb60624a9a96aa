package fr.coopconnect.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the chaos programs share: fresh databases on the local PostgreSQL, the built jar started as
 * real processes, and a plain HTTP client. Nothing here uses Quarkus' test framework: the service
 * under test is the same artefact that ships.
 */
final class Chaos {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PG_HOST = System.getenv().getOrDefault("COOPCONNECT_CHAOS_PG_HOST", "127.0.0.1");
    static final int PG_PORT = Integer.parseInt(System.getenv().getOrDefault("COOPCONNECT_CHAOS_PG_PORT", "5432"));
    static final String ADMIN_EMAIL = "chaos-admin@example.org";
    static final String ADMIN_PASSWORD = "chaos-admin-" + UUID.randomUUID();
    static final String MEMBER_PASSWORD = "chaos-member-" + UUID.randomUUID();
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    static final Path WORK = Path.of("target/chaos");

    private Chaos() {
    }

    // ---------------------------------------------------------------- databases

    static String uniqueDbName(String prefix) {
        return "coopconnect_chaos_" + prefix + "_" + Long.toHexString(System.nanoTime()) + "_" + ProcessHandle.current().pid();
    }

    static String jdbcUrl(String host, int port, String db) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + db;
    }

    static String jdbcUrl(String db) {
        return jdbcUrl(PG_HOST, PG_PORT, db);
    }

    /** A connection, retried for a while when the shared server is out of connection slots (53300). */
    static Connection connect(String db) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                return DriverManager.getConnection(jdbcUrl(db), "postgres", "");
            } catch (SQLException e) {
                if (!"53300".equals(e.getSQLState()) || attempt == 30) {
                    throw e;
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    static void createDatabase(String db) throws SQLException {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + db);
        }
        try (Connection c = connect(db); Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS btree_gist");
        }
    }

    static void dropDatabase(String db) {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("could not drop " + db + ": " + e.getMessage());
        }
    }

    static long scalar(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Row count of every table of the public schema (Liquibase's own tables excluded). */
    static Map<String, Long> rowCounts(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); var rs = s.executeQuery(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE 'databasechangelog%' ORDER BY 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String table : tables) {
            counts.put(table, scalar(c, "SELECT count(*) FROM \"" + table + "\""));
        }
        return counts;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- service instances

    /** One backend process: the built jar, on its own port, logging to its own file. */
    static final class Instance implements AutoCloseable {
        final String name;
        final int port;
        final Path log;
        final Process process;

        private Instance(String name, int port, Path log, Process process) {
            this.name = name;
            this.port = port;
            this.log = log;
            this.process = process;
        }

        static Instance start(String name, String jdbcUrl, Path keyDir, Map<String, String> extraEnv) throws IOException {
            if (!Files.exists(JAR)) {
                throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run `make build` first");
            }
            Files.createDirectories(WORK);
            int port = freePort();
            Path log = WORK.resolve(name + ".log");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", JAR.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
            env.put("COOPCONNECT_DB_URL", jdbcUrl);
            env.put("COOPCONNECT_KEY_DIR", keyDir.toAbsolutePath().toString());
            env.put("COOPCONNECT_ADMIN_EMAIL", ADMIN_EMAIL);
            env.put("COOPCONNECT_ADMIN_PASSWORD", ADMIN_PASSWORD);
            env.put("COOPCONNECT_AUTH_RATE_LIMIT", "100000");
            env.putAll(extraEnv);
            Instance instance = new Instance(name, port, log, builder.start());
            return instance;
        }

        String url(String path) {
            return "http://127.0.0.1:" + port + path;
        }

        void awaitReady(Duration timeout) throws Exception {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited at start:\n" + tail());
                }
                try {
                    if (Http.send("GET", url("/q/health/ready"), null, null, null, Map.of()).status() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(200);
            }
            throw new IllegalStateException(name + " not ready after " + timeout + ":\n" + tail());
        }

        String logText() {
            try {
                return Files.readString(log);
            } catch (IOException e) {
                return "";
            }
        }

        String tail() {
            String text = logText();
            return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
        }

        /** SIGTERM, then waits; true when the process exited within the timeout. */
        boolean stop(Duration timeout) throws InterruptedException {
            process.destroy();
            boolean exited = process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            if (!exited) {
                process.destroyForcibly().waitFor();
            }
            return exited;
        }

        @Override
        public void close() throws InterruptedException {
            if (process.isAlive()) {
                stop(Duration.ofSeconds(15));
            }
        }
    }

    // ---------------------------------------------------------------- HTTP

    record Answer(int status, String contentType, String body, HttpResponse<String> raw) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + body, e);
            }
        }

        boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json") && body != null
                    && body.contains("\"type\"") && body.contains("\"status\"");
        }
    }

    static final class Http {
        static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1).build();

        static Answer send(String method, String url, String token, Object body, String contentType,
                           Map<String, String> headers) throws IOException, InterruptedException {
            return send(method, url, token, body, contentType, headers, Duration.ofSeconds(30));
        }

        static Answer send(String method, String url, String token, Object body, String contentType,
                           Map<String, String> headers, Duration timeout) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout);
            HttpRequest.BodyPublisher publisher;
            if (body == null) {
                publisher = HttpRequest.BodyPublishers.noBody();
            } else if (body instanceof byte[] bytes) {
                publisher = HttpRequest.BodyPublishers.ofByteArray(bytes);
            } else if (body instanceof String text) {
                publisher = HttpRequest.BodyPublishers.ofString(text);
            } else {
                publisher = HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
            }
            if (body != null) {
                request.header("Content-Type", contentType != null ? contentType : "application/json");
            }
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            headers.forEach(request::header);
            request.method(method, publisher);
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body(), response);
        }
    }

    // ---------------------------------------------------------------- set-up through the API

    /** Builds fixtures through one instance's public API, failing loudly on any unexpected answer. */
    static final class Api {
        final Instance instance;
        final String adminToken;

        Api(Instance instance) throws Exception {
            this.instance = instance;
            this.adminToken = token(ADMIN_EMAIL, ADMIN_PASSWORD);
        }

        Answer call(String method, String path, String token, Object body, int expected) throws Exception {
            Answer answer = Http.send(method, instance.url(path), token, body, null, Map.of());
            if (answer.status() != expected) {
                throw new AssertionError(method + " " + path + " → " + answer.status() + " (expected " + expected + "): " + answer.body());
            }
            return answer;
        }

        String token(String email, String password) throws Exception {
            return call("POST", "/api/v1/auth/token", null, Map.of("email", email, "password", password), 200)
                    .json().get("accessToken").asText();
        }

        record Member(UUID id, String email, String token) {
        }

        Member newMember(String prefix) throws Exception {
            String email = prefix + "-" + UUID.randomUUID() + "@example.org";
            String id = call("POST", "/api/v1/auth/register", null,
                    Map.of("email", email, "password", MEMBER_PASSWORD, "displayName", "Chaos " + prefix), 201).json().get("id").asText();
            return new Member(UUID.fromString(id), email, token(email, MEMBER_PASSWORD));
        }

        Member newManager(UUID venueId) throws Exception {
            Member member = newMember("manager");
            call("PUT", "/api/v1/venues/" + venueId + "/managers/" + member.id(), adminToken, null, 204);
            return new Member(member.id(), member.email(), token(member.email(), MEMBER_PASSWORD));
        }

        /** A venue open every day 08:00–18:00, public holidays included. */
        UUID newVenue(String name) throws Exception {
            Map<String, Object> body = Map.of("name", name, "kind", "THIRD_PLACE", "commune", "Laragne-Montéglin",
                    "postalCode", "05300", "address", "Place de l'Église", "latitude", 44.3167, "longitude", 5.8167,
                    "amenities", List.of("WIFI"));
            UUID id = UUID.fromString(call("POST", "/api/v1/venues", adminToken, body, 201).json().get("id").asText());
            List<Map<String, String>> weekly = new ArrayList<>();
            for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
                weekly.add(Map.of("day", day.name(), "opens", "08:00", "closes", "18:00"));
            }
            call("PUT", "/api/v1/venues/" + id + "/opening-hours", adminToken, Map.of("weekly", weekly, "publicHolidays", "OPEN"), 200);
            return id;
        }

        UUID newSpace(UUID venueId, String kind, String mode, int capacity) throws Exception {
            Map<String, Object> rules = new HashMap<>(Map.of("maxAdvanceDays", 730, "slotMinutes", 30, "minMinutes", 30, "maxMinutes", 480));
            Map<String, Object> body = Map.of("name", kind + " " + UUID.randomUUID(), "kind", kind, "capacity", capacity,
                    "bookingMode", mode, "equipment", List.of("SCREEN"), "rules", rules);
            return UUID.fromString(call("POST", "/api/v1/venues/" + venueId + "/spaces", adminToken, body, 201).json().get("id").asText());
        }
    }

    static String at(LocalDate date, LocalTime time) {
        return ZonedDateTime.of(date, time, PARIS).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static Path keyDir(String name) throws IOException {
        Path dir = WORK.resolve("keys-" + name);
        Files.createDirectories(dir);
        return dir;
    }
}
