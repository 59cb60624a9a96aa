package fr.coopconnect.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Walks every operation of openapi.yaml and sends it over ten thousand malformed requests built from
 * its own schema: every write carries at least one value the schema forbids (missing required field,
 * wrong type, too long, out of range, unknown enum, invalid date/zone/UUID, broken JSON, wrong
 * content type, oversized body), decorated with unknown fields, injection strings and unicode edge
 * cases. No answer may be a 5xx, every 4xx must be problem+json, no write may be accepted, no table
 * may change, and the server log must never show a password or a token.
 */
class HostileInputChaos {

    static final int TARGET = 10_500;
    static final int BODY_LIMIT = 64 * 1024;
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static final List<String> NASTY = List.of(
            "' OR '1'='1' --", "'; DROP TABLE booking; --", "\" OR \"\"=\"", "1; SELECT pg_sleep(5)", "<script>alert(1)</script>",
            "${jndi:ldap://127.0.0.1/x}", "{{7*7}}", "%00", "\u0000", "nul\u0000inside", "../../../../etc/passwd", "\\\\server\\share",
            "\uD83D\uDE00\uD83D\uDC69\u200D\uD83D\uDCBB", "\u202Egnp.exe", "\u200B\u200C\u200D\uFEFF", "e\u0301\u0301\u0301\u0301",
            "\uFFFF\uFFFE", "\uD800", "\uDFFF", "Ω≈ç√∫˜µ≤≥÷", "١٢٣", "𝕿𝖍𝖊", "  ", "", "null", "undefined", "NaN", "-0", "0x41",
            "%s%s%s%n", "\r\nX-Injected: 1", "a".repeat(5000));
    static final List<String> BAD_DATES = List.of("2027-02-30T09:00:00+01:00", "2027-13-01T09:00:00+01:00", "2027-03-29T25:00:00+02:00",
            "2027-03-29T09:00:00", "2027-03-29", "tomorrow", "0000-00-00T00:00:00Z", "+999999999-12-31T23:59:59Z",
            "-999999999-01-01T00:00:00Z", "2027-03-29T09:00:00+25:00", "2027-03-29T09:00:00[Mars/Olympus]", "1e10", "");
    static final List<String> BAD_ZONES = List.of("Mars/Olympus", "Europe/Pariss", "UTC+99", "../../etc/localtime", "Europe/Paris\u0000",
            "", " ", "+25:00", "GMT-99:99", "x".repeat(70));
    static final List<String> BAD_UUIDS = List.of("not-a-uuid", "00000000-0000-0000-0000-00000000000g", "123", "' OR 1=1 --",
            "00000000-0000-0000-0000-000000000000", UUID.randomUUID().toString().toUpperCase() + "0", "%2e%2e%2f", "..", "\u00e9",
            UUID.randomUUID() + "/../..", "x".repeat(3000));
    static final List<Object> BAD_NUMBERS = List.of(-1, 0, -2147483649L, 2147483648L, "99999999999999999999999999999", 1e308,
            -1e308, 0.5, "NaN", "Infinity", "12abc", true);
    static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "image/png", "application/jsonx");

    record Op(String method, String path, JsonNode operation) {
    }

    record Sent(String method, String url, String contentType, int bodyBytes, String description) {
    }

    @Test
    void malformedRequestsAreRefusedCleanly() throws Exception {
        String db = Chaos.uniqueDbName("hostile");
        Chaos.createDatabase(db);
        Path keys = Chaos.keyDir(db);
        try (Chaos.Instance app = Chaos.Instance.start("hostile", Chaos.jdbcUrl(db), keys,
                Map.of("COOPCONNECT_MAX_BODY_SIZE", String.valueOf(BODY_LIMIT)))) {
            app.awaitReady(Duration.ofSeconds(120));
            run(db, app);
        } finally {
            Chaos.dropDatabase(db);
        }
    }

    private void run(String db, Chaos.Instance app) throws Exception {
        JsonNode spec = readSpec(Path.of("../openapi.yaml"));
        Chaos.Api api = new Chaos.Api(app);
        Chaos.Api.Member member = api.newMember("hostile");
        UUID venueId = api.newVenue("Relais hostile " + UUID.randomUUID());
        Chaos.Api.Member manager = api.newManager(venueId);
        UUID spaceId = api.newSpace(venueId, "OFFICE", "EXCLUSIVE", 2);
        LocalDate day = LocalDate.now(Chaos.PARIS).plusDays(30);
        String closureId = api.call("POST", "/api/v1/venues/" + venueId + "/closures", api.adminToken,
                Map.of("from", day.plusDays(10).toString(), "to", day.plusDays(11).toString(), "reason", "setup"), 201).json().get("id").asText();
        String blockId = api.call("POST", "/api/v1/spaces/" + spaceId + "/blocks", api.adminToken,
                Map.of("start", Chaos.at(day, LocalTime.of(14, 0)), "end", Chaos.at(day, LocalTime.of(15, 0)), "reason", "setup"), 201)
                .json().get("id").asText();
        String bookingId = api.call("POST", "/api/v1/bookings", member.token(), Map.of("spaceId", spaceId.toString(),
                "start", Chaos.at(day, LocalTime.of(9, 0)), "end", Chaos.at(day, LocalTime.of(10, 0))), 201).json().get("id").asText();
        Map<String, String> realIds = Map.of("venueId", venueId.toString(), "spaceId", spaceId.toString(), "closureId", closureId,
                "blockId", blockId, "bookingId", bookingId, "memberId", member.id().toString());
        List<String> secrets = List.of(Chaos.ADMIN_PASSWORD, Chaos.MEMBER_PASSWORD, api.adminToken, member.token(), manager.token());

        List<Op> ops = new ArrayList<>();
        spec.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op ->
                ops.add(new Op(op.getKey().toUpperCase(), path.getKey(), op.getValue()))));
        assertTrue(ops.size() > 20, "operations read from openapi.yaml: " + ops.size());

        Map<String, Long> before;
        try (Connection c = Chaos.connect(db)) {
            before = withoutCounters(Chaos.rowCounts(c));
        }

        Random random = new Random(20261128);
        List<Runnable> requests = new ArrayList<>();
        AtomicInteger sent = new AtomicInteger();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger serverErrors = new AtomicInteger();
        AtomicInteger tooLarge = new AtomicInteger();
        AtomicInteger codecRefusals = new AtomicInteger();
        AtomicInteger retries = new AtomicInteger();
        int perOp = TARGET / ops.size() + 1;
        for (Op op : ops) {
            // An operation that takes no body and no parameters has nothing a hostile request can corrupt
            // (rotating one's calendar token, say): its success is not a hostile write.
            boolean takesInput = op.operation().has("requestBody") || op.operation().has("parameters");
            boolean write = !op.method().equals("GET") && takesInput;
            JsonNode bodySchema = op.operation().path("requestBody").path("content").path("application/json").path("schema");
            for (int n = 0; n < perOp; n++) {
                String token = switch (random.nextInt(20)) {
                    case 0, 1 -> null;
                    case 2 -> "eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiIsImdyb3VwcyI6WyJuZXR3b3JrLWFkbWluIl19.";
                    case 3 -> "' OR 1=1 --";
                    case 4, 5, 6 -> member.token();
                    case 7, 8 -> manager.token();
                    default -> api.adminToken;
                };
                Request request = build(op, spec, bodySchema, realIds, write, n, random);
                String url = app.url(request.path) + request.query;
                requests.add(() -> {
                    try {
                        Map<String, String> headers = new HashMap<>(request.headers);
                        if (random.nextInt(10) == 0) {
                            headers.put("Accept", random.nextBoolean() ? "text/html" : "application/xml");
                        }
                        Chaos.Answer answer;
                        try {
                            answer = Chaos.Http.send(op.method(), url, token, request.body, request.contentType, headers,
                                    Duration.ofSeconds(30));
                        } catch (java.io.IOException staleConnection) {
                            // A pooled keep-alive connection the server had just closed (after a 413 "Connection: close"):
                            // what any HTTP client does, send again once on a fresh connection.
                            retries.incrementAndGet();
                            answer = Chaos.Http.send(op.method(), url, token, request.body, request.contentType, headers,
                                    Duration.ofSeconds(30));
                        }
                        sent.incrementAndGet();
                        statuses.merge(answer.status(), 1, Integer::sum);
                        String what = op.method() + " " + op.path() + " [" + abbreviate(request.description, 60) + "] → "
                                + answer.status() + " " + answer.contentType() + " " + abbreviate(answer.body(), 200);
                        if (answer.status() >= 500) {
                            serverErrors.incrementAndGet();
                            failures.add("5xx: " + what);
                        } else if ((answer.status() == 414 || answer.status() == 431) && answer.body().isEmpty()) {
                            // Refused by the HTTP codec before any application code: request line or headers too long.
                            codecRefusals.incrementAndGet();
                        } else if (answer.status() >= 400 && !answer.isProblem()) {
                            failures.add("not problem+json: " + what);
                        } else if (answer.status() < 400 && write
                                && !(op.method().equals("DELETE") && answer.status() == 204 && op.path().endsWith("{memberId}"))) {
                            // (Removing a manager who is not one is an idempotent 204 that changes nothing.)
                            failures.add("hostile write accepted: " + what);
                        }
                        if (request.description.startsWith("oversized")) {
                            if (answer.status() == 413) {
                                tooLarge.incrementAndGet();
                            } else if (token != null && token.length() > 100) {
                                failures.add("oversized body not 413: " + what);
                            }
                        }
                    } catch (java.io.IOException e) {
                        // A refused oversized upload may close the connection before the client finished sending.
                        if (!request.description.startsWith("oversized")) {
                            failures.add("I/O error: " + op.method() + " " + op.path() + " [" + abbreviate(request.description, 60) + "]: " + e);
                        } else {
                            sent.incrementAndGet();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
        }
        Collections.shuffle(requests, random);
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (Runnable r : requests) {
            done.add(pool.submit(r));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        System.out.printf("hostile: %d requests over %d operations in %.1f s, statuses %s, 413s %d, refused by the HTTP codec %d,"
                + " resent after a closed connection %d%n", sent.get(), ops.size(), (System.nanoTime() - started) / 1e9,
                new TreeMap<>(statuses), tooLarge.get(), codecRefusals.get(), retries.get());

        Map<String, Long> after;
        try (Connection c = Chaos.connect(db)) {
            after = withoutCounters(Chaos.rowCounts(c));
        }
        String log = app.logText();
        List<String> leaked = secrets.stream().filter(log::contains).map(s -> s.substring(0, 12) + "…").toList();
        ChaosReport.put(Map.of("hostileRequests", sent.get(), "serverErrors", serverErrors.get()));

        Map<String, List<String>> grouped = new TreeMap<>();
        for (String f : failures) {
            String key = f.replaceAll(" \\[.*?] → (\\d+).*", " → $1");
            grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        grouped.forEach((k, v) -> System.out.println("hostile FAIL x" + v.size() + " " + k + "\n    e.g. " + v.get(0)));
        assertTrue(sent.get() >= 10_000, "at least 10,000 hostile requests: " + sent.get());
        assertEquals(0, serverErrors.get(), "no 5xx");
        assertTrue(failures.isEmpty(), failures.size() + " failures in " + grouped.size() + " groups: " + grouped.keySet());
        assertTrue(tooLarge.get() > 0, "the body limit answers 413");
        assertEquals(before, after, "rejected requests leave every table as it was");
        assertTrue(leaked.isEmpty(), "the log shows secrets: " + leaked);
        List<String> errors = log.lines().filter(l -> l.contains(" ERROR ")).limit(5).toList();
        assertTrue(errors.isEmpty(), "no server error logged: " + errors);
    }

    /** openapi.yaml through SnakeYAML (which Quarkus brings), as a Jackson tree; YAML timestamps back to text. */
    static JsonNode readSpec(Path file) throws java.io.IOException {
        try (var reader = java.nio.file.Files.newBufferedReader(file)) {
            return toTree(new org.yaml.snakeyaml.Yaml().load(reader));
        }
    }

    private static JsonNode toTree(Object yaml) {
        if (yaml instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach((k, v) -> object.set(String.valueOf(k), toTree(v)));
            return object;
        }
        if (yaml instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            list.forEach(v -> array.add(toTree(v)));
            return array;
        }
        if (yaml instanceof java.util.Date date) {
            return NODES.textNode(date.toInstant().toString());
        }
        return Chaos.JSON.valueToTree(yaml);
    }

    /**
     * The per-IP counter of /auth attempts counts every attempt by design; calendar feed tokens are
     * issued (and rotated) by operations that take no input at all, so no hostile request shapes them.
     */
    private static Map<String, Long> withoutCounters(Map<String, Long> counts) {
        Map<String, Long> copy = new TreeMap<>(counts);
        copy.remove("auth_attempt");
        copy.remove("calendar_token");
        return copy;
    }

    static final class Request {
        String path;
        String query = "";
        Object body;
        String contentType;
        Map<String, String> headers = new HashMap<>();
        String description = "";
    }

    private Request build(Op op, JsonNode spec, JsonNode bodySchema, Map<String, String> realIds, boolean write, int n, Random random) {
        Request request = new Request();
        List<String> notes = new ArrayList<>();
        // Path parameters: real ids most of the time, so the request gets deep; otherwise hostile ones.
        String path = op.path();
        boolean hostilePath = false;
        for (String name : pathParams(path)) {
            String value;
            if (random.nextInt(4) == 0 || !realIds.containsKey(name)) {
                value = pick(BAD_UUIDS, random);
                hostilePath = true;
                notes.add(name + "=bad");
            } else {
                value = realIds.get(name);
            }
            path = path.replace("{" + name + "}", encodePath(value));
        }
        request.path = path;
        // Query parameters: each declared one gets a hostile value now and then, plus unknown ones.
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : op.operation().path("parameters")) {
            String in = parameter.path("in").asText();
            String name = parameter.path("name").asText();
            JsonNode schema = resolve(spec, parameter.path("schema"));
            if (in.equals("query") && random.nextInt(3) == 0) {
                query.append(query.isEmpty() ? "?" : "&").append(enc(name)).append('=').append(enc(String.valueOf(badScalar(schema, random))));
            } else if (in.equals("header") && random.nextInt(3) == 0) {
                request.headers.put(name, random.nextBoolean() ? "x".repeat(300) : "\"bogus\" ' OR 1=1");
            }
        }
        if (random.nextInt(5) == 0) {
            query.append(query.isEmpty() ? "?" : "&").append("size=").append(random.nextBoolean() ? "-1" : "100000000000")
                    .append("&page=").append(random.nextBoolean() ? "-5" : "abc").append("&").append(enc(pick(NASTY, random))).append("=1");
        }
        request.query = query.toString();

        boolean hasBody = !bodySchema.isMissingNode();
        boolean bodyRequired = op.operation().path("requestBody").path("required").asBoolean(false);
        if (!write && !hasBody) {
            request.description = String.join(",", notes) + " query";
            return request;
        }
        // Writes: at least one value the schema forbids, unless the path itself is already invalid.
        int kind = n % 12;
        if (!hasBody || !bodyRequired) {
            // No body that must be there (DELETE, PUT of a link, optional reasons): a body cannot make the
            // request invalid, so the ids must; the body, if any, is broken on top.
            if (!hostilePath) {
                String bad = pick(BAD_UUIDS.subList(0, BAD_UUIDS.size() - 1), random);
                request.path = op.path().replaceAll("\\{[^}]+}", encodePath(bad));
                notes.add("ids=bad");
            }
            if (hasBody && random.nextBoolean()) {
                request.body = "{\"reason\": [" + "[".repeat(random.nextInt(1, 3000));
                request.contentType = "application/json";
                notes.add("broken json");
            }
            request.description = String.join(",", notes);
            return request;
        }
        JsonNode schema = resolve(spec, bodySchema);
        ObjectNode body = (ObjectNode) sample(spec, schema, realIds, 0);
        switch (kind) {
            case 0 -> {
                request.body = pick(List.of("{", "{\"name\":", "[1,2", "nul", "{\"a\":1}}", "\u0000\u0001", "{'single':'quotes'}",
                        "{\"x\":" + "[".repeat(5000) + "}", "{\"x\": 1e999999}", "\uFEFF{}garbage"), random);
                notes.add("malformed json");
            }
            case 1 -> {
                request.body = body.toString();
                request.contentType = pick(CONTENT_TYPES, random);
                notes.add("content-type " + request.contentType);
            }
            case 2 -> {
                request.body = pick(List.of("[]", "[{}]", "\"text\"", "42", "true", "null", ""), random);
                notes.add("wrong top-level type");
            }
            case 3 -> {
                byte[] big = new byte[BODY_LIMIT + 1024 + random.nextInt(200_000)];
                java.util.Arrays.fill(big, (byte) 'a');
                String prefix = "{\"name\":\"";
                System.arraycopy(prefix.getBytes(StandardCharsets.US_ASCII), 0, big, 0, prefix.length());
                big[big.length - 2] = '"';
                big[big.length - 1] = '}';
                request.body = big;
                notes.add("oversized " + big.length + " bytes");
            }
            default -> {
                String broken = breakOneField(spec, schema, body, realIds, random);
                if (broken == null) {
                    request.body = "[" + body + "]";
                    notes.add("array instead of object");
                } else {
                    decorate(body, random);
                    request.body = body.toString();
                    notes.add(broken);
                }
            }
        }
        if (request.contentType == null) {
            request.contentType = "application/json";
        }
        request.description = String.join(",", notes);
        return request;
    }

    /** Puts one forbidden value in the body (or removes a required field); returns what it did, or null. */
    private String breakOneField(JsonNode spec, JsonNode schema, ObjectNode body, Map<String, String> realIds, Random random) {
        List<String> options = new ArrayList<>();
        for (JsonNode required : schema.path("required")) {
            options.add("missing:" + required.asText());
        }
        schema.path("properties").fields().forEachRemaining(p -> {
            JsonNode s = resolve(spec, p.getValue());
            if (s.path("readOnly").asBoolean() || p.getValue().path("readOnly").asBoolean()) {
                return;
            }
            String type = s.path("type").asText();
            if (s.has("enum") || type.equals("array") || type.equals("object") || type.equals("integer") || type.equals("number")
                    || s.has("maxLength") || s.has("minimum") || s.has("maximum") || s.has("maxItems") || isUuid(s) || isDate(s)
                    || s.has("pattern")) {
                options.add("field:" + p.getKey());
            }
        });
        if (options.isEmpty()) {
            return null;
        }
        String option = pick(options, random);
        String name = option.substring(option.indexOf(':') + 1);
        if (option.startsWith("missing:")) {
            if (random.nextBoolean()) {
                body.remove(name);
            } else {
                body.putNull(name);
            }
            return "missing " + name;
        }
        JsonNode s = resolve(spec, schema.path("properties").path(name));
        String type = s.path("type").asText();
        int variant = random.nextInt(3);
        if (variant == 0) {
            // A type no reading can accept: an object where a scalar or list is expected, a list where an object is.
            body.set(name, type.equals("object") ? NODES.arrayNode().add(1) : NODES.objectNode().put("$gt", ""));
            return "wrong type " + name;
        }
        if (s.has("enum")) {
            body.put(name, pick(List.of("UNKNOWN", "desk", "", "' OR 1=1", "\u0000"), random));
            return "unknown enum " + name;
        }
        if (isUuid(s)) {
            body.put(name, pick(BAD_UUIDS, random));
            return "bad uuid " + name;
        }
        if (isDate(s)) {
            body.put(name, s.path("format").asText().equals("date")
                    ? pick(List.of("2027-02-30", "2027-13-01", "29/03/2027", "tomorrow", "", "2027-W13", "\u0000"), random)
                    : pick(BAD_DATES.subList(0, 7).stream().filter(d -> !d.equals("2027-03-29")).toList(), random));
            return "bad date " + name;
        }
        if (name.toLowerCase().contains("timezone")) {
            body.put(name, pick(BAD_ZONES, random));
            return "bad zone " + name;
        }
        if (type.equals("integer") || type.equals("number")) {
            JsonNode value = s.has("minimum") && random.nextBoolean() ? NODES.numberNode(s.get("minimum").asDouble() - 1000)
                    : s.has("maximum") ? NODES.numberNode(s.get("maximum").asDouble() + 1e12) : NODES.textNode("12abc");
            body.set(name, value);
            return "out of range " + name + "=" + value;
        }
        if (type.equals("array")) {
            ArrayNode huge = NODES.arrayNode();
            int size = Math.max(s.path("maxItems").asInt(1000), 1000) + 1;
            for (int i = 0; i < Math.min(size, 5000); i++) {
                huge.add(i % 2 == 0 ? "WIFI" : "' OR 1=1");
            }
            body.set(name, huge);
            return "huge array " + name;
        }
        if (s.has("maxLength")) {
            body.put(name, "é".repeat(s.get("maxLength").asInt() + 1 + random.nextInt(20_000)));
            return "too long " + name;
        }
        if (s.has("pattern")) {
            body.put(name, pick(List.of("\u0000", "   ", "\t"), random));
            return "pattern " + name;
        }
        body.set(name, NODES.arrayNode().add("x"));
        return "wrong type " + name;
    }

    /** Adds unknown fields and nasty strings that are still within the schema's limits. */
    private static void decorate(ObjectNode body, Random random) {
        switch (random.nextInt(4)) {
            case 0 -> body.put("id", UUID.randomUUID().toString()).put("version", -1).put("networkAdmin", true).put("__proto__", "x");
            case 1 -> body.put(pick(NASTY, random).replace("\u0000", "") + "_extra", pick(NASTY, random));
            case 2 -> body.set("extra", NODES.objectNode().set("nested", NODES.arrayNode().add(1e308).add(-0.0).add("\uD800")));
            default -> {
            }
        }
    }

    private static JsonNode sample(JsonNode spec, JsonNode schema, Map<String, String> realIds, int depth) {
        schema = resolve(spec, schema);
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        if (schema.has("examples")) {
            return schema.get("examples").get(0);
        }
        String type = schema.path("type").asText();
        if (type.equals("object") || schema.has("properties")) {
            ObjectNode object = NODES.objectNode();
            if (depth < 3) {
                schema.path("properties").fields().forEachRemaining(p -> {
                    if (!p.getValue().path("readOnly").asBoolean() && !resolve(spec, p.getValue()).path("readOnly").asBoolean()) {
                        JsonNode s = resolve(spec, p.getValue());
                        object.set(p.getKey(), isUuid(s) && realIds.containsKey(p.getKey()) ? NODES.textNode(realIds.get(p.getKey()))
                                : sample(spec, p.getValue(), realIds, depth + 1));
                    }
                });
            }
            return object;
        }
        if (type.equals("array")) {
            ArrayNode array = NODES.arrayNode();
            if (depth < 3) {
                array.add(sample(spec, schema.path("items"), realIds, depth + 1));
            }
            return array;
        }
        if (type.equals("integer")) {
            return NODES.numberNode(Math.max(1, schema.path("minimum").asInt(1)));
        }
        if (type.equals("number")) {
            return NODES.numberNode(schema.has("minimum") ? schema.get("minimum").asDouble() : 1.5);
        }
        if (type.equals("boolean")) {
            return NODES.booleanNode(false);
        }
        if (isUuid(schema)) {
            return NODES.textNode(UUID.randomUUID().toString());
        }
        if (isDate(schema)) {
            return NODES.textNode(schema.path("format").asText().equals("date") ? LocalDate.now().plusDays(40).toString()
                    : Chaos.at(LocalDate.now().plusDays(40), LocalTime.of(9, 0)));
        }
        return NODES.textNode("Valeur d'essai");
    }

    private static Object badScalar(JsonNode schema, Random random) {
        String type = schema.path("type").asText();
        if (type.equals("integer") || type.equals("number")) {
            return pick(BAD_NUMBERS, random);
        }
        if (isDate(schema)) {
            return pick(BAD_DATES, random);
        }
        if (isUuid(schema)) {
            return pick(BAD_UUIDS, random);
        }
        if (type.equals("array")) {
            return pick(List.of("WIFI,WIFI,' OR 1=1", ",,,", "x".repeat(10_000)), random);
        }
        return switch (random.nextInt(3)) {
            case 0 -> pick(BAD_ZONES, random);
            case 1 -> pick(List.of("91,181", "abc,def", "NaN,NaN", "1e400,1", "44.3;DROP", "-999999999999"), random);
            default -> pick(NASTY, random);
        };
    }

    static JsonNode resolve(JsonNode spec, JsonNode schema) {
        for (int i = 0; i < 5 && schema.has("$ref"); i++) {
            String ref = schema.get("$ref").asText();
            JsonNode target = spec.at(ref.substring(1));
            // A $ref with sibling keys (type, examples): the siblings refine the target.
            if (schema.size() > 1) {
                ObjectNode merged = target.deepCopy();
                Iterator<Map.Entry<String, JsonNode>> fields = schema.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> f = fields.next();
                    if (!f.getKey().equals("$ref")) {
                        merged.set(f.getKey(), f.getValue());
                    }
                }
                schema = merged;
            } else {
                schema = target;
            }
        }
        return schema;
    }

    private static boolean isUuid(JsonNode s) {
        return "uuid".equals(s.path("format").asText()) || s.path("pattern").asText().contains("[a-fA-F0-9]{8}");
    }

    private static boolean isDate(JsonNode s) {
        String format = s.path("format").asText();
        return format.equals("date-time") || format.equals("date") || format.equals("local-time");
    }

    static List<String> pathParams(String path) {
        List<String> names = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static String encodePath(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    static String abbreviate(String text) {
        return abbreviate(text, 300);
    }

    static String abbreviate(String text, int max) {
        if (text == null) {
            return "null";
        }
        return text.length() > max ? text.substring(0, max) + "…" : text;
    }

    @SuppressWarnings("unused")
    private static Map<String, Object> ordered() {
        return new LinkedHashMap<>();
    }
}
