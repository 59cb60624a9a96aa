package fr.coopconnect.bench;

import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code make bench}: starts the backend jar on the bench database, measures startup, then search latency under
 * a constant arrival rate (latency counted from each request's intended start: no coordinated omission), the
 * max sustainable search rate, regional search, booking throughput, seat contention, the SQL floor of the
 * search, the network occupancy report of 50 venues over a year and the backend's RSS. Prints a table and writes
 * bench/results/latest.json.
 */
public final class Bench {

    static final String PASSWORD = "bench-password-0123";
    /** The network-admin the backend creates at start (COOPCONNECT_ADMIN_EMAIL), for the occupancy report. */
    static final String ADMIN_EMAIL = "admin@run.bench.coopconnect.fr";
    /**
     * As in backend/Dockerfile. The Tier4 thresholds (4× the defaults) keep C2 from compiling code that only
     * runs during startup: on 2 cores that JIT work competed with the main thread. TrimNativeHeapInterval hands
     * the memory the JIT compilers and the HTTP layer freed back to the system every 5 s (RSS after a run
     * 430 → 391 MB; bench/README.md).
     */
    static final String DEFAULT_JVM = "-Xmx144m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m"
            + " -XX:Tier4InvocationThreshold=20000 -XX:Tier4MinInvocationThreshold=2400"
            + " -XX:Tier4CompileThreshold=60000 -XX:Tier4BackEdgeThreshold=160000 -XX:TrimNativeHeapInterval=5000";
    static final long TIMEOUT_MS = 10_000;

    final Map<String, String> opts;
    final String db;
    final String jdbcUrl;
    final int port;
    final Random rnd;
    Region region = Region.PACA;
    /** For the open-model phases (search, floors); the closed-loop ones (booking, contention) use a {@link Booker} each. */
    final OpenLoad openLoad;
    /** For what is not measured: sign-ins, the free slots a phase books, and the occupancy report. */
    final HttpClient http;
    String base;
    LocalDate firstDay;
    long backendPid;
    /** The parts to run (--phases search,booking,contention,occupancy); latest.json is written only when all run. */
    final java.util.Set<String> phases;

    Bench(Map<String, String> opts) {
        this.opts = opts;
        this.db = opts.getOrDefault("db", "coopconnect_bench");
        this.jdbcUrl = "jdbc:postgresql://127.0.0.1:5432/" + db + "?user=postgres";
        this.port = Integer.parseInt(opts.getOrDefault("port", "18181"));
        this.rnd = new Random(Long.parseLong(opts.getOrDefault("seed", "42")));
        this.openLoad = new OpenLoad("127.0.0.1", port, opt("connections", 64), (int) TIMEOUT_MS);
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(8, daemon("http")))
                .build();
        this.phases = java.util.Set.of(opts.getOrDefault("phases", String.join(",", ALL_PHASES)).split(","));
    }

    static final List<String> ALL_PHASES = List.of("search", "booking", "contention", "occupancy");

    boolean runs(String phase) {
        return phases.contains(phase);
    }

    int opt(String name, int dflt) {
        return Integer.parseInt(opts.getOrDefault(name, String.valueOf(dflt)));
    }

    public static void main(String[] args) throws Exception {
        new Bench(DataGen.Args.parse(args)).run();
        System.exit(0);
    }

    void run() throws Exception {
        Result r = new Result();
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            r.venues = count(c, "SELECT count(*) FROM venue");
            r.spaces = count(c, "SELECT count(*) FROM space");
            region = Region.of(c);
            cleanUp(c);
            r.bookings = count(c, "SELECT count(*) FROM booking");
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT min(starts_at) FROM booking")) {
                rs.next();
                Instant first = rs.getTimestamp(1) == null ? Instant.now().plus(Duration.ofDays(7)) : rs.getTimestamp(1).toInstant();
                firstDay = LocalDate.ofInstant(first, DataGen.PARIS);
            }
        }
        if (r.spaces == 0) {
            throw new IllegalStateException("Empty database " + db + ": run make bench-data first");
        }
        System.out.printf(Locale.ROOT, "dataset %s: %,d venues (region %s), %,d spaces, %,d bookings; searches from %s%n",
                db, r.venues, region.name(), r.spaces, r.bookings, firstDay);
        System.out.printf(Locale.ROOT, "machine: %d cores, SHA-256 of 256 MB in %.0f ms on one thread (the speed the figures depend on)%n",
                Runtime.getRuntime().availableProcessors(), referenceWorkMs());

        String jar = opts.getOrDefault("jar", "backend/target/quarkus-app/quarkus-run.jar");
        // The production JVM options (backend/Dockerfile) and a class-data archive of a training start.
        String jvmOptions = opts.containsKey("jvm") ? opts.get("jvm") : "-XX:SharedArchiveFile="
                + AppProcess.trainedArchive(jar, db, port, List.of(DEFAULT_JVM.split(" "))).getFileName() + " " + DEFAULT_JVM;
        List<String> jvm = new ArrayList<>(List.of(jvmOptions.split(" ")));
        jvm.removeIf(String::isBlank);
        Path log = Path.of("bench", "target", "backend.log");
        System.out.println("backend JVM options: " + String.join(" ", jvm));
        AppProcess app = AppProcess.start(jar, db, port, log, jvm);
        try {
            r.startupS = app.awaitReady(Duration.ofSeconds(120));
            base = "http://127.0.0.1:" + port;
            System.out.printf(Locale.ROOT, "backend pid %d ready in %.2f s (log %s)%n", app.pid(), r.startupS, log);

            backendPid = app.pid();
            List<String> tokens = tokens(opt("booking-clients", 32) + opt("contention-clients", 200));

            if (runs("search")) {
                // Warm-up: every code path at a moderate rate, then the measured rate until the JIT has compiled
                // the request path: with C2's thresholds raised 4x (DEFAULT_JVM, to keep C2 off the startup) a
                // method called once per search reaches C2 after 20,000 calls, so 17,000 searches come first.
                System.out.println("warm-up ...");
                constantRate("warm-up local", 50, opt("warmup", 20), this::localSearch);
                constantRate("warm-up regional", 3, Math.max(5, opt("warmup", 20) / 2), this::regionalSearch);
                constantRate("warm-up local", opt("rate", 100), opt("warmup-steady", 160), this::localSearch);

                Stats local = constantRate("local search", opt("rate", 100), opt("duration", 30), this::localSearch);
                r.rate = opt("rate", 100);
                r.local = local;
                r.floor = floor(opt("floor-queries", 400), 0, rnd);
                // Context for the ratio, printed only: the same generator and rate against a route that does no work
                // (liveness: no check, no database), once to warm the route up, then measured.
                constantRate("warm-up HTTP floor", opt("rate", 100), 10, () -> "/q/health/live");
                r.httpFloor = constantRate("HTTP floor", opt("rate", 100), 20, () -> "/q/health/live");
                // And the SQL floor's queries spaced as the searches are (its own random source: the points of the
                // phases after it stay those of earlier runs).
                r.spacedFloor = floor(opt("floor-queries", 400), opt("rate", 100), new Random(rnd.nextLong()));
                r.maxRate = maxRate();
                r.regional = constantRate("regional search", opt("regional-rate", 5), opt("duration", 30), this::regionalSearch);
            }
            if (runs("booking")) {
                // Warm-up as for search: the same clients and spaces a month later, 9,600 bookings, so that the
                // measured run does not pay for compiling the booking path (C2's 20,000 calls count the search's).
                List<String> bookers = tokens.subList(0, opt("booking-clients", 32));
                bookings("warm-up booking", bookers, firstDay.plusDays(40), opt("booking-warmup", 300));
                r.booking = bookings("booking", bookers, firstDay.plusDays(7), opt("bookings-per-client", 120));
            }
            if (runs("contention")) {
                List<String> racers = tokens.subList(opt("booking-clients", 32), tokens.size());
                // Warm-up races on other spaces: a race runs its refusal path only 192 times, so the JIT was still
                // compiling it in the second race (p99 330-560 ms in the second, 350-470 ms in the third to sixth).
                for (int race = opt("contention-warmups", 3); race >= 1; race--) {
                    contention("warm-up contention", racers, race);
                }
                r.contention = contention("contention", racers, 0);
            }
            if (runs("occupancy")) {
                r.occupancyVenues = opt("occupancy-venues", 50);
                r.occupancy = occupancy(r.occupancyVenues, opt("occupancy-requests", 20));
            }
            r.rssMb = app.rssMb();
        } finally {
            app.close();
            try (Connection c = DriverManager.getConnection(jdbcUrl)) {
                cleanUp(c);
            }
        }
        r.commit = opts.getOrDefault("commit", "unknown");
        r.date = Instant.now().toString();
        if (!phases.containsAll(ALL_PHASES)) {
            System.out.printf(Locale.ROOT, "phases %s only: backend RSS %.0f MB; bench/results not written%n", phases, r.rssMb);
            return;
        }
        r.print();
        Path out = Path.of(opts.getOrDefault("out", "bench/results/latest.json"));
        Files.createDirectories(out.getParent());
        Files.writeString(out, r.json());
        // latest.json keeps exactly the keys runs are compared by; the occupancy report figure goes beside it.
        Path occupancyOut = out.resolveSibling("occupancy.json");
        Files.writeString(occupancyOut, r.occupancyJson());
        System.out.println("wrote " + out + " and " + occupancyOut);
    }

    /**
     * A fixed single-thread workload, best of three: the same commit measured on machines (or moments) of different
     * speed gives different latencies, and this figure says by how much the machine differed.
     */
    static double referenceWorkMs() throws Exception {
        byte[] block = new byte[1 << 20];
        double best = Double.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            long t = System.nanoTime();
            for (int i = 0; i < 256; i++) {
                sha.update(block);
            }
            sha.digest();
            best = Math.min(best, (System.nanoTime() - t) / 1e6);
        }
        return best;
    }

    // ------------------------------------------------------------------ workloads

    /** A random point of the region's bounding box, a random day of the first six weeks, a 7-day window. */
    String localSearch() {
        double[] point = region.randomPoint(rnd);
        double lat = point[0];
        double lon = point[1];
        LocalDate from = firstDay.plusDays(rnd.nextInt(42));
        return String.format(Locale.ROOT, "/api/v1/availability?near=%.5f,%.5f&radiusKm=20&from=%s&to=%s&minDuration=PT2H&seats=1",
                lat, lon, from, from.plusDays(7));
    }

    static final String[] SPACE_KINDS = {"DESK", "OFFICE", "MEETING_ROOM", "COMPUTER_ROOM", "VISIO_BOOTH"};

    /** No `near`: the whole region, one day, one space kind. */
    String regionalSearch() {
        LocalDate day = firstDay.plusDays(rnd.nextInt(42));
        return String.format(Locale.ROOT, "/api/v1/availability?from=%s&to=%s&spaceKind=%s&minDuration=PT2H&seats=1",
                day, day, SPACE_KINDS[rnd.nextInt(SPACE_KINDS.length)]);
    }

    HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMillis(TIMEOUT_MS)).GET().build();
    }

    /** Open-model load through {@link OpenLoad}: the paths are drawn first, so the workers share no random source. */
    Stats constantRate(String name, int rate, int seconds, Supplier<String> requests) throws Exception {
        int n = rate * seconds;
        List<String> paths = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            paths.add(requests.get());
        }
        CpuUse cpu0 = CpuUse.now(backendPid);
        long t0 = System.nanoTime();
        OpenLoad.Outcome outcome = openLoad.run(paths, rate);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        outcome.errorSamples().forEach(e -> System.out.println("  error: " + e));
        Stats s = new Stats(outcome.latencies(), outcome.errors(), n, elapsed);
        System.out.printf(Locale.ROOT, "  %-18s %4d req/s x %3d s: p50 %7.2f  p95 %7.2f  p99 %7.2f  max %8.2f ms, errors %d/%d%n",
                name, rate, seconds, s.p(50), s.p(95), s.p(99), s.max(), s.errors, s.count);
        System.out.println("    " + CpuUse.now(backendPid).minus(cpu0).perRequest(n));
        return s;
    }

    /** Steps the local-search rate up until p99 passes the limit or errors appear; the last good step is the max. */
    int maxRate() throws Exception {
        double p99Limit = Double.parseDouble(opts.getOrDefault("max-p99-ms", "100"));
        int seconds = opt("step-duration", 10);
        int best = 0;
        for (int rate : new int[]{100, 150, 200, 250, 300, 400, 500, 650, 800, 1000, 1300, 1600, 2000}) {
            Stats s = constantRate("step", rate, seconds, this::localSearch);
            if (s.p(99) > p99Limit || s.errors > s.count / 1000) {
                break;
            }
            best = rate;
            Thread.sleep(1000);
        }
        System.out.printf(Locale.ROOT, "  max sustainable local-search rate: %d req/s (p99 <= %.0f ms, errors < 0.1%%)%n", best, p99Limit);
        return best;
    }

    /**
     * The floor: the SQL query that fetches what search needs — the live bookings of the candidate spaces (the same
     * radius prefilter) in the window; a search runs it only for a window beyond its replica's copy of the coming
     * weeks — over JDBC, one at a time, with the same random parameters. Back to back
     * ({@code rate} 0: the figure of the ratio), or one every 1/rate s, as the searches arrive (printed only).
     */
    Stats floor(int queries, int rate, Random random) throws Exception {
        Histogram h = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        String sql = "SELECT b.space_id, b.starts_at, b.ends_at, b.occupied_until, b.seats FROM booking b"
                + " WHERE b.space_id = ANY(ARRAY(SELECT s.id FROM venue v JOIN space s ON s.venue_id = v.id"
                + "   WHERE s.active AND s.capacity >= 1 AND v.latitude BETWEEN ? AND ? AND v.longitude BETWEEN ? AND ?))"
                + " AND b.status IN ('PENDING', 'CONFIRMED') AND b.occupied_until > ? AND b.starts_at < ? AND b.starts_at > ?";
        try (Connection c = DriverManager.getConnection(jdbcUrl); PreparedStatement ps = c.prepareStatement(sql)) {
            long period = rate > 0 ? 1_000_000_000L / rate : 0;
            long next = System.nanoTime();
            for (int i = 0; i < queries + 50; i++) {
                long wait;
                while ((wait = next - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                next += period;
                double[] point = region.randomPoint(random);
                double lat = point[0];
                double lon = point[1];
                double dLat = Math.toDegrees(20 / 6371.0088);
                double dLon = Math.toDegrees(20 / (6371.0088 * Math.cos(Math.toRadians(lat))));
                LocalDate from = firstDay.plusDays(random.nextInt(42));
                ps.setDouble(1, lat - dLat);
                ps.setDouble(2, lat + dLat);
                ps.setDouble(3, lon - dLon);
                ps.setDouble(4, lon + dLon);
                ps.setObject(5, from.atStartOfDay(DataGen.PARIS).minusDays(1).toOffsetDateTime());
                ps.setObject(6, from.plusDays(8).atStartOfDay(DataGen.PARIS).toOffsetDateTime());
                // A live booking occupies at most two days (a schema check since 040): the range scan is bounded.
                ps.setObject(7, from.atStartOfDay(DataGen.PARIS).minusDays(3).toOffsetDateTime());
                long t = System.nanoTime();
                int rows = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getObject(1);
                        rs.getObject(2);
                        rs.getObject(3);
                        rs.getObject(4);
                        rs.getInt(5);
                        rows++;
                    }
                }
                if (i >= 50) { // the first 50 warm the statement and the cache
                    h.recordValue(System.nanoTime() - t);
                }
            }
        }
        Stats s = new Stats(h, 0, queries, 0);
        System.out.printf(Locale.ROOT, "  %-18s %d queries%s: p50 %7.2f  p95 %7.2f  p99 %7.2f ms%n",
                rate > 0 ? "SQL floor, spaced" : "SQL floor", queries, rate > 0 ? " at " + rate + "/s" : "", s.p(50), s.p(95), s.p(99));
        return s;
    }

    record Piece(String spaceId, OffsetDateTime start, OffsetDateTime end) {
    }

    static final Pattern SLOT = Pattern.compile("\"start\":\"([^\"]+)\",\"end\":\"([^\"]+)\"");

    /** Free slots of a space, via the API, as one-hour pieces on its grid. */
    List<Piece> pieces(String spaceId, int seats, LocalDate from, int days) throws Exception {
        HttpResponse<String> resp = http.send(get("/api/v1/spaces/" + spaceId + "/availability?from=" + from + "&to="
                + from.plusDays(days) + "&minDuration=PT1H&seats=" + seats), HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() != 200) {
            throw new IllegalStateException("availability of " + spaceId + ": " + resp.statusCode() + " " + resp.body());
        }
        List<Piece> pieces = new ArrayList<>();
        Matcher m = SLOT.matcher(resp.body());
        while (m.find()) {
            OffsetDateTime start = OffsetDateTime.parse(m.group(1));
            OffsetDateTime end = OffsetDateTime.parse(m.group(2));
            for (OffsetDateTime t = start; !t.plusHours(1).isAfter(end); t = t.plusHours(1)) {
                pieces.add(new Piece(spaceId, t, t.plusHours(1)));
            }
        }
        return pieces;
    }

    /**
     * A bench client that books over its own keep-alive connection, opened before the clock starts (as the clients
     * of a real network would hold theirs); a broken connection is opened again for the next booking.
     */
    final class Booker implements AutoCloseable {
        private final String token;
        private HttpConnection connection;

        Booker(String token) {
            this.token = token;
            connect();
        }

        /** Opens the connection if there is none; a failure leaves none, and the next booking tries again. */
        private void connect() {
            if (connection == null) {
                try {
                    connection = new HttpConnection("127.0.0.1", port, (int) TIMEOUT_MS);
                } catch (IOException e) {
                    connection = null;
                }
            }
        }

        /** The answer to booking one seat of the piece; a transport failure is status -1 with the exception as its body. */
        HttpConnection.Response book(Piece p) {
            String json = String.format(Locale.ROOT, "{\"spaceId\":\"%s\",\"start\":\"%s\",\"end\":\"%s\",\"seats\":1,\"note\":\"bench\"}",
                    p.spaceId, p.start, p.end);
            connect();
            try {
                if (connection == null) {
                    throw new IOException("cannot connect to 127.0.0.1:" + port);
                }
                HttpConnection.Response response = connection.post("/api/v1/bookings", token, json);
                if (response.closes()) {
                    close();
                }
                return response;
            } catch (IOException e) {
                close();
                return new HttpConnection.Response(-1, e.toString().getBytes(StandardCharsets.UTF_8), true);
            }
        }

        @Override
        public void close() {
            if (connection != null) {
                connection.close();
                connection = null;
            }
        }
    }

    /** Each client books free one-hour slots of its own spaces from {@code from} on, back to back (closed loop). */
    BookingStats bookings(String label, List<String> tokens, LocalDate from, int perClient) throws Exception {
        int clients = tokens.size();
        int spacesPerClient = 3;
        List<String> spaceIds = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT s.id FROM space s WHERE s.active AND s.booking_mode = 'EXCLUSIVE'"
                     + " AND s.buffer_minutes = 0 AND s.min_minutes <= 60 AND NOT s.requires_approval ORDER BY md5(s.id::text) LIMIT " + clients * spacesPerClient)) {
            while (rs.next()) {
                spaceIds.add(rs.getString(1));
            }
        }
        List<List<Piece>> plans = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            List<Piece> plan = new ArrayList<>();
            for (int k = 0; k < spacesPerClient; k++) {
                plan.addAll(pieces(spaceIds.get(i * spacesPerClient + k), 1, from, 30));
            }
            Collections.shuffle(plan, rnd);
            plans.add(plan.subList(0, Math.min(perClient, plan.size())));
        }
        Tally t = closedLoop(tokens, plans, "booker");
        BookingStats b = new BookingStats(clients, t.created / t.seconds, new Stats(t.latencies, t.errors, (int) t.latencies.getTotalCount(), t.seconds),
                t.created, t.conflicts, t.errors);
        System.out.printf(Locale.ROOT, "  %-18s %d clients: %d booked in %.2f s = %.0f/s, p50 %.2f p99 %.2f ms, 409 %d, errors %d%n",
                label, clients, t.created, t.seconds, b.throughput, b.stats.p(50), b.stats.p(99), t.conflicts, t.errors);
        t.print();
        return b;
    }

    /**
     * Many clients race for the seats of one SHARED space at the same hour: exactly `capacity` may win. {@code nth}
     * picks the space among those of that capacity (the measured race is always on the first).
     */
    ContentionStats contention(String label, List<String> tokens, int nth) throws Exception {
        int seats = opt("contention-seats", 8);
        String spaceId;
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT s.id FROM space s WHERE s.active AND s.booking_mode = 'SHARED'"
                     + " AND s.capacity = " + seats + " AND s.min_minutes <= 60 AND NOT s.requires_approval"
                     + " ORDER BY md5(s.id::text) LIMIT 1 OFFSET " + nth)) {
            if (!rs.next()) {
                throw new IllegalStateException("No SHARED space with " + seats + " seats");
            }
            spaceId = rs.getString(1);
        }
        List<Piece> free = pieces(spaceId, seats, firstDay.plusDays(14), 14);
        if (free.isEmpty()) {
            throw new IllegalStateException("No hour with " + seats + " free seats on " + spaceId);
        }
        Piece target = free.get(0);
        Tally t = closedLoop(tokens, Collections.nCopies(tokens.size(), List.of(target)), "racer");
        int clients = tokens.size();
        ContentionStats s = new ContentionStats(clients, seats, t.created, t.errors, t.conflicts, new Stats(t.latencies, t.errors, clients, 0));
        System.out.printf(Locale.ROOT, "  %-18s %d clients for %d seats of %s at %s: %d booked, %d x 409, %d errors, p50 %.2f p99 %.2f ms%n",
                label, clients, seats, spaceId, target.start, s.successes, s.conflicts, s.errors, s.stats.p(50), s.stats.p(99));
        t.print();
        return s;
    }

    /** What a closed-loop phase saw: latencies (ns), 201s, 409s, anything else (the first three shown), its time and CPU. */
    record Tally(Histogram latencies, int created, int conflicts, int errors, List<String> errorSamples, double seconds,
                 CpuUse cpu) {
        void print() {
            System.out.println("    " + cpu.perRequest(latencies.getTotalCount()));
            errorSamples.forEach(s -> System.out.println("    e.g. " + s));
        }
    }

    /**
     * Each client books its plan back to back over its own connection ({@link Booker}); all start together once
     * every connection is open, and the clock and the CPU count run from that start until the last answer.
     */
    Tally closedLoop(List<String> tokens, List<List<Piece>> plans, String threadName) throws Exception {
        int clients = tokens.size();
        Histogram h = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        AtomicInteger ok = new AtomicInteger(), conflicts = new AtomicInteger(), errors = new AtomicInteger();
        ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients, daemon(threadName));
        CountDownLatch ready = new CountDownLatch(clients), go = new CountDownLatch(1);
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            String token = tokens.get(i);
            List<Piece> plan = plans.get(i);
            done.add(pool.submit(() -> {
                try (Booker booker = new Booker(token)) {
                    ready.countDown();
                    go.await();
                    for (Piece p : plan) {
                        long t = System.nanoTime();
                        HttpConnection.Response response = booker.book(p);
                        synchronized (h) {
                            h.recordValue(System.nanoTime() - t);
                        }
                        if (response.status() == 201) {
                            ok.incrementAndGet();
                        } else if (response.status() == 409) {
                            conflicts.incrementAndGet();
                        } else if (errors.incrementAndGet() <= 3) {
                            samples.add(response.status() + " " + response.firstLine());
                        }
                    }
                }
                return null;
            }));
        }
        ready.await();
        CpuUse cpu0 = CpuUse.now(backendPid);
        long t0 = System.nanoTime();
        go.countDown();
        for (var f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        CpuUse cpu = CpuUse.now(backendPid).minus(cpu0);
        pool.shutdown();
        return new Tally(h, ok.get(), conflicts.get(), errors.get(), List.copyOf(samples), seconds, cpu);
    }

    // ------------------------------------------------------------------ members

    /** Bench members, created through the API (once per data set) and signed in for a token. */
    List<String> tokens(int n) throws Exception {
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4, daemon("signin"));
        List<java.util.concurrent.Future<String>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String email = "client-" + i + "@run.bench.coopconnect.fr";
            futures.add(pool.submit(() -> {
                HttpResponse<String> reg = http.send(post("/api/v1/auth/register", String.format(
                        "{\"email\":\"%s\",\"password\":\"%s\",\"displayName\":\"Bench %s\"}", email, PASSWORD, email)),
                        HttpResponse.BodyHandlers.ofString());
                if (reg.statusCode() != 201 && reg.statusCode() != 409) {
                    throw new IllegalStateException("register: " + reg.statusCode() + " " + reg.body());
                }
                return signIn(email);
            }));
        }
        List<String> tokens = new ArrayList<>();
        for (var f : futures) {
            tokens.add(f.get());
        }
        pool.shutdown();
        System.out.printf(Locale.ROOT, "%d members signed in through the API (%.1f s)%n", n, (System.nanoTime() - t0) / 1e9);
        return tokens;
    }

    String signIn(String email) throws Exception {
        HttpResponse<String> tok = http.send(post("/api/v1/auth/token", String.format(
                "{\"email\":\"%s\",\"password\":\"%s\"}", email, PASSWORD)), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"accessToken\":\"([^\"]+)\"").matcher(tok.body());
        if (tok.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("token: " + tok.statusCode() + " " + tok.body());
        }
        return m.group(1);
    }

    // ------------------------------------------------------------------ occupancy

    /**
     * The network occupancy report (day buckets, heatmaps) of a fixed subset of venues over the year from the first
     * booked day, requested one at a time by the network-admin: the figure the issue asks to stay under a second.
     */
    Stats occupancy(int venues, int requests) throws Exception {
        StringBuilder query = new StringBuilder(String.format(Locale.ROOT, "/api/v1/network/occupancy?from=%s&to=%s&granularity=day",
                firstDay, firstDay.plusDays(364)));
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id FROM venue ORDER BY id LIMIT " + venues)) {
            while (rs.next()) {
                query.append("&venueId=").append(rs.getString(1));
            }
        }
        String token = signIn(ADMIN_EMAIL);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + query)).timeout(Duration.ofMillis(TIMEOUT_MS))
                .header("Authorization", "Bearer " + token).GET().build();
        Histogram h = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        int errors = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < requests + 3; i++) {
            long t = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200 && errors++ < 3) {
                System.out.println("  error: " + response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8));
            }
            if (i >= 3) { // three warm the code path
                h.recordValue(System.nanoTime() - t);
            }
        }
        Stats s = new Stats(h, errors, requests, (System.nanoTime() - t0) / 1e9);
        System.out.printf(Locale.ROOT, "  %-18s %d venues x 1 year, %d requests: p50 %7.2f  p95 %7.2f ms (err %d)%n",
                "occupancy", venues, requests, s.p(50), s.p(95), errors);
        return s;
    }

    HttpRequest post(String path, String json) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMillis(TIMEOUT_MS))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    /** Removes what earlier runs booked, so every run starts from the generated data set. */
    static void cleanUp(Connection c) throws Exception {
        try (Statement st = c.createStatement()) {
            st.execute("DELETE FROM idempotency_key WHERE member_id IN (SELECT id FROM member WHERE email LIKE '%@run.bench.coopconnect.fr')");
            int n = st.executeUpdate("DELETE FROM booking WHERE member_id IN (SELECT id FROM member WHERE email LIKE '%@run.bench.coopconnect.fr')");
            if (n > 0) {
                System.out.printf("removed %d bookings of earlier bench runs%n", n);
            }
        }
    }

    static long count(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    // ------------------------------------------------------------------ results

    record Stats(Histogram h, int errors, int count, double elapsedS) {
        double p(double percentile) {
            return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percentile) / 1e6;
        }

        double max() {
            return h.getMaxValue() / 1e6;
        }
    }

    record BookingStats(int clients, double throughput, Stats stats, int ok, int conflicts, int errors) {
    }

    record ContentionStats(int clients, int seats, int successes, int errors, int conflicts, Stats stats) {
    }

    static final class Result {
        long venues, spaces, bookings;
        int rate, maxRate;
        Stats local, floor, regional, occupancy;
        /** Context for the ratio, printed only: a route that does no work, and the SQL floor at the searches' rate. */
        Stats httpFloor, spacedFloor;
        int occupancyVenues;
        BookingStats booking;
        ContentionStats contention;
        double startupS, rssMb;
        String commit, date;

        double ratio() {
            return local.p(50) / floor.p(50);
        }

        void print() {
            String line = "+--------------------------------+-----------------------------------------------+";
            System.out.println(line);
            row("dataset", String.format(Locale.ROOT, "%,d venues, %,d spaces, %,d bookings", venues, spaces, bookings));
            row("startup to ready", String.format(Locale.ROOT, "%.2f s", startupS));
            row("local search @" + rate + "/s", String.format(Locale.ROOT, "p50 %.2f  p95 %.2f  p99 %.2f ms (err %d)",
                    local.p(50), local.p(95), local.p(99), local.errors));
            row("local search max rate", maxRate + " req/s");
            row("SQL floor p50 / ratio", String.format(Locale.ROOT, "%.2f ms / search p50 = %.2f x floor", floor.p(50), ratio()));
            // Where the search's p50 goes, roughly (medians do not add up exactly): what any request costs at this
            // rate, and the rest — the backend's own work, its look at the booking change log included; beside it
            // the floor's query at the same rate, which a search runs only for a window beyond its replica's copy.
            row("search p50, approx. parts", String.format(Locale.ROOT, "HTTP %.2f + rest %.2f ms; floor @%d/s %.2f",
                    httpFloor.p(50), local.p(50) - httpFloor.p(50), rate, spacedFloor.p(50)));
            row("regional search", String.format(Locale.ROOT, "p50 %.2f  p95 %.2f  p99 %.2f ms (err %d)",
                    regional.p(50), regional.p(95), regional.p(99), regional.errors));
            row("booking, " + booking.clients + " clients", String.format(Locale.ROOT, "%.0f bookings/s, p99 %.2f ms (409 %d, err %d)",
                    booking.throughput, booking.stats.p(99), booking.conflicts, booking.errors));
            row("contention " + contention.clients + " x " + contention.seats + " seats",
                    String.format(Locale.ROOT, "%d booked, %d errors, p99 %.2f ms", contention.successes, contention.errors,
                            contention.stats.p(99)));
            row("network occupancy, 1 year", String.format(Locale.ROOT, "p50 %.2f  p95 %.2f ms (err %d)",
                    occupancy.p(50), occupancy.p(95), occupancy.errors));
            row("backend RSS after run", String.format(Locale.ROOT, "%.0f MB", rssMb));
            System.out.println(line);
        }

        static void row(String k, String v) {
            System.out.printf("| %-30s | %-45s |%n", k, v);
        }

        static String n(double v) {
            return Double.isNaN(v) ? "null" : String.format(Locale.ROOT, "%.2f", v);
        }

        String occupancyJson() {
            return "{\"venues\": " + occupancyVenues + ", \"p50Ms\": " + n(occupancy.p(50)) + ", \"p95Ms\": "
                    + n(occupancy.p(95)) + ", \"commit\": \"" + commit + "\", \"date\": \"" + date + "\"}\n";
        }

        String json() {
            return "{\n"
                    + "  \"dataset\": {\"venues\": " + venues + ", \"spaces\": " + spaces + ", \"bookings\": " + bookings + "},\n"
                    + "  \"localSearch\": {\"rate\": " + rate + ", \"p50Ms\": " + n(local.p(50)) + ", \"p95Ms\": " + n(local.p(95))
                    + ", \"p99Ms\": " + n(local.p(99)) + ", \"maxRate\": " + maxRate + ", \"floorP50Ms\": " + n(floor.p(50))
                    + ", \"ratioP50\": " + n(ratio()) + "},\n"
                    + "  \"regionalSearch\": {\"p50Ms\": " + n(regional.p(50)) + ", \"p95Ms\": " + n(regional.p(95))
                    + ", \"p99Ms\": " + n(regional.p(99)) + "},\n"
                    + "  \"booking\": {\"clients\": " + booking.clients + ", \"throughputPerS\": " + n(booking.throughput)
                    + ", \"p99Ms\": " + n(booking.stats.p(99)) + "},\n"
                    + "  \"contention\": {\"clients\": " + contention.clients + ", \"seats\": " + contention.seats
                    + ", \"successes\": " + contention.successes + ", \"errors\": " + contention.errors
                    + ", \"p99Ms\": " + n(contention.stats.p(99)) + "},\n"
                    + "  \"startupS\": " + n(startupS) + ",\n"
                    + "  \"rssMb\": " + n(rssMb) + ",\n"
                    + "  \"commit\": \"" + commit + "\",\n"
                    + "  \"date\": \"" + date + "\"\n"
                    + "}\n";
        }
    }
}
