package fr.coopconnect.bench;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Deterministic national-scale data set, loaded with PostgreSQL COPY (never through the API).
 *
 * <p>Venues over a region's bounding box ({@link Region}: Provence-Alpes-Côte d'Azur, or metropolitan France
 * above 5,000 venues), clustered around towns; realistic opening
 * hours per venue kind (lunch breaks, half days, closed days), closures, internal blocks; about five
 * spaces per venue of every kind, a third of them SHARED; bookings over 26 weeks starting next Monday,
 * clustered on mornings and Tuesday–Thursday, inside opening hours, never on closures, blocks or public
 * holidays, never overlapping on an EXCLUSIVE space (buffer included) and never above a SHARED space's
 * capacity at any instant. The schema must exist (the app migrates at start); the generator empties the
 * venue-owned tables, drops the booking indexes and exclusion constraint while loading and recreates them
 * from their own definitions afterwards — which re-validates the constraint on the whole table.
 */
public final class DataGen {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final int WEEKS = 26;
    static final int SLOTS_PER_DAY = 96; // 15-minute cells
    static final String MEMBER_PASSWORD_HASH = "$2a$10$benchbenchbenchbenchbeuK6r9kVq0QvJ5n2p4o3cW8x1yZ2aB"; // never matches

    static final String[] VENUE_KINDS = {"PUBLIC_SERVICE_RELAY", "MEDIA_LIBRARY", "TOURIST_OFFICE", "PRIVATE_PREMISES", "THIRD_PLACE"};
    static final String[] AMENITIES = {"WIFI", "PRINTER", "COPIER", "KITCHEN", "PARKING", "ACCESSIBLE", "VIDEOCONFERENCE",
            "COFFEE", "LOCKERS", "SHOWER", "BIKE_PARKING", "PUBLIC_TRANSPORT"};
    static final String[] EQUIPMENT = {"COMPUTER", "SCREEN", "VIDEOCONFERENCE", "PHONE", "WHITEBOARD", "PROJECTOR",
            "PRINTER", "WEBCAM", "HEADSET", "DOCKING_STATION"};
    static final String[] COMMUNES = {"Marseille", "Nice", "Toulon", "Aix-en-Provence", "Avignon", "Cannes", "Fréjus",
            "Gap", "Digne-les-Bains", "Briançon", "Laragne-Montéglin", "Cavaillon", "Orange", "Arles", "Manosque",
            "Carpentras", "Sisteron", "Forcalquier", "Barcelonnette", "Embrun", "Apt", "Pertuis", "Brignoles", "Draguignan"};

    final int venueCount;
    final Region region;
    final int spaceTarget;
    final long bookingTarget;
    final long seed;
    final String url;
    final LocalDate firstDay;
    final Set<LocalDate> holidays;
    int spaceCount;

    DataGen(int venueCount, Region region, int spaceTarget, long bookingTarget, long seed, String url, LocalDate firstDay) {
        this.venueCount = venueCount;
        this.region = region;
        this.spaceTarget = Math.max(spaceTarget, venueCount);
        this.bookingTarget = bookingTarget;
        this.seed = seed;
        this.url = url;
        this.firstDay = firstDay;
        this.holidays = frenchHolidays(firstDay.getYear(), firstDay.getYear() + 2);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = Args.parse(args);
        int venues = Integer.parseInt(opts.getOrDefault("venues", "2000"));
        int spaces = Integer.parseInt(opts.getOrDefault("spaces", String.valueOf(5 * venues)));
        long bookings = Long.parseLong(opts.getOrDefault("bookings", "1000000"));
        long seed = Long.parseLong(opts.getOrDefault("seed", "20261130"));
        String db = opts.getOrDefault("db", "coopconnect_bench");
        String url = opts.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5432/" + db + "?user=postgres");
        // "Next Monday" is part of the input: pass --start to reproduce a data set byte for byte on another day.
        LocalDate start = opts.containsKey("start") ? LocalDate.parse(opts.get("start"))
                : LocalDate.now(PARIS).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        new DataGen(venues, Region.named(opts.get("region"), venues), spaces, bookings, seed, url, start).run();
    }

    // ------------------------------------------------------------------ model

    record Interval(int from, int to) { // minutes of the local day
    }

    static final class VenueRow {
        UUID id;
        String kind;
        double lat, lon;
        List<Interval>[] week; // index 0 = Monday
        boolean holidaysOpen;
        List<LocalDate[]> closures = new ArrayList<>();
    }

    static final class SpaceRow {
        UUID id;
        String kind;
        int capacity;
        boolean shared;
        int slot, minMinutes, maxMinutes, buffer;
        double popularity;
    }

    // ------------------------------------------------------------------ run

    void run() throws Exception {
        long t0 = System.nanoTime();
        System.out.printf(Locale.ROOT, "bench-data: %d venues in region %s, %d bookings, seed %d, 26 weeks from %s into %s%n",
                venueCount, region.name(), bookingTarget, seed, firstDay, url.replaceAll("\\?.*", ""));
        try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            List<String> ddl = prepare(c);
            region.record(c);
            c.commit();

            SplittableRandom rnd = new SplittableRandom(seed);
            List<VenueRow> venues = new ArrayList<>(venueCount);
            for (int i = 0; i < venueCount; i++) {
                venues.add(venue(rnd, i));
            }
            UUID[] members = new UUID[Math.max(100, venueCount / 4)];
            Copy memberCopy = new Copy(url, "COPY member (id, email, password_hash, display_name) FROM STDIN");
            for (int i = 0; i < members.length; i++) {
                members[i] = uuid(rnd);
                memberCopy.row(members[i], "bench-member-" + i + "@data.bench.coopconnect.fr", MEMBER_PASSWORD_HASH,
                        "Membre " + i);
            }
            memberCopy.end();

            Copy venueCopy = new Copy(url, "COPY venue (id, name, kind, address, postal_code, commune, latitude, longitude,"
                    + " timezone, amenities, connectivity_type, down_mbps, up_mbps, weekly_hours, public_holidays_open) FROM STDIN");
            for (int i = 0; i < venues.size(); i++) {
                VenueRow v = venues.get(i);
                String commune = COMMUNES[i % COMMUNES.length];
                venueCopy.row(v.id, "Lieu " + (i + 1) + " — " + commune, v.kind, (i % 90 + 1) + " rue de la République",
                        String.format(Locale.ROOT, "%05d", 4000 + rnd.nextInt(2000) * 10 + (i % 7)), commune,
                        v.lat, v.lon, "Europe/Paris", pgArray(pick(rnd, AMENITIES, 1 + rnd.nextInt(5))),
                        rnd.nextInt(4) == 0 ? "ADSL" : "FIBER", 20 + rnd.nextInt(980), 5 + rnd.nextInt(300),
                        weeklyJson(v.week), v.holidaysOpen);
            }
            venueCopy.end();
            Copy closureCopy = new Copy(url, "COPY closure (id, venue_id, from_date, to_date, reason) FROM STDIN");
            for (VenueRow v : venues) {
                for (LocalDate[] closure : v.closures) {
                    closureCopy.row(uuid(rnd), v.id, closure[0], closure[1], "Fermeture exceptionnelle (données de banc)");
                }
            }
            closureCopy.end();
            System.out.printf(Locale.ROOT, "  %,d venues, %,d members loaded (%.1f s)%n", venues.size(), members.length, secs(t0));

            Copy spaceCopy = new Copy(url, "COPY space (id, venue_id, name, kind, capacity, booking_mode, equipment,"
                    + " slot_minutes, min_minutes, max_minutes, min_notice_minutes, max_advance_days, buffer_minutes,"
                    + " hourly_rate) FROM STDIN");

            // Spaces first (to know their count and popularity), then their bookings, one space at a time.
            List<List<SpaceRow>> spacesByVenue = new ArrayList<>(venues.size());
            double popularitySum = 0;
            int spaceIndex = 0;
            // Exactly --spaces spaces (default five per venue): one each, the rest spread at random (1 to 12 a venue).
            int[] perVenue = new int[venues.size()];
            Arrays.fill(perVenue, 1);
            for (int left = spaceTarget - venues.size(); left > 0; ) {
                int vi = rnd.nextInt(venues.size());
                if (perVenue[vi] < 12) {
                    perVenue[vi]++;
                    left--;
                }
            }
            for (int vi = 0; vi < venues.size(); vi++) {
                VenueRow v = venues.get(vi);
                int n = perVenue[vi];
                List<SpaceRow> list = new ArrayList<>(n);
                for (int k = 0; k < n; k++) {
                    SpaceRow s = space(rnd, spaceIndex++);
                    list.add(s);
                    popularitySum += s.popularity * openMinutesPerWeek(v);
                    spaceCopy.row(s.id, v.id, spaceName(s.kind, k), s.kind, s.capacity, s.shared ? "SHARED" : "EXCLUSIVE",
                            pgArray(pick(rnd, EQUIPMENT, rnd.nextInt(4))), s.slot, s.minMinutes, s.maxMinutes,
                            rnd.nextInt(4) == 0 ? 60 : 0, 180, s.buffer,
                            rnd.nextInt(3) == 0 ? null : String.format(Locale.ROOT, "%d.%02d", 2 + rnd.nextInt(15), rnd.nextInt(4) * 25));
                }
                spacesByVenue.add(list);
            }
            spaceCount = spaceIndex;
            spaceCopy.end();
            System.out.printf(Locale.ROOT, "  %,d spaces loaded (%d SHARED) (%.1f s)%n", spaceCount,
                    spacesByVenue.stream().flatMap(List::stream).filter(s -> s.shared).count(), secs(t0));

            Copy blockCopy = new Copy(url, "COPY block (id, space_id, starts_at, ends_at, reason) FROM STDIN");
            Copy bookingCopy = new Copy(url, "COPY booking (id, space_id, venue_id, member_id, starts_at, ends_at,"
                    + " occupied_until, seats, exclusive, status, created_at, updated_at) FROM STDIN");
            long written = 0;
            long blocks = 0;
            long deficit = 0;
            Instant createdAt = firstDay.minusDays(30).atStartOfDay(PARIS).toInstant();
            String created = createdAt.toString();
            int reported = 0;
            int days = WEEKS * 7;
            short[] used = new short[days * SLOTS_PER_DAY];
            boolean[] openCell = new boolean[days * SLOTS_PER_DAY];
            for (int vi = 0; vi < venues.size(); vi++) {
                VenueRow v = venues.get(vi);
                fillOpen(v, openCell);
                for (SpaceRow s : spacesByVenue.get(vi)) {
                    Arrays.fill(used, (short) 0);
                    int cap = s.shared ? s.capacity : 1;
                    // Internal blocks: a few half days, never booked.
                    int nBlocks = rnd.nextInt(5) == 0 ? 1 + rnd.nextInt(3) : 0;
                    for (int b = 0; b < nBlocks; b++) {
                        int day = rnd.nextInt(days);
                        int from = rnd.nextBoolean() ? 8 * 4 : 13 * 4;
                        int to = from + 4 * 4;
                        for (int cell = from; cell < to; cell++) {
                            used[day * SLOTS_PER_DAY + cell] = (short) cap;
                        }
                        blockCopy.row(uuid(rnd), s.id, instant(day, from * 15), instant(day, to * 15), "Entretien (données de banc)");
                        blocks++;
                    }
                    double share = s.popularity * openMinutesPerWeek(v) / popularitySum;
                    // What earlier spaces could not place (full days) is carried over, so the total is exact.
                    long target = Math.min(Math.round(share * bookingTarget) + deficit, bookingTarget - written);
                    int attempts = 0;
                    long placed = 0;
                    while (placed < target && attempts < target * 8 + 20) {
                        attempts++;
                        int day = weightedDay(rnd, days);
                        List<Interval> open = v.week[day % 7];
                        if (open.isEmpty()) {
                            continue;
                        }
                        // Mornings are busier: the first interval of the day wins twice as often.
                        Interval iv = open.size() > 1 && rnd.nextInt(3) != 0 ? open.get(0) : open.get(rnd.nextInt(open.size()));
                        int slot = s.slot;
                        int first = ceilTo(iv.from, slot);
                        int durSlots = durationSlots(rnd, s);
                        int dur = durSlots * slot;
                        int lastStart = iv.to - dur;
                        if (lastStart < first) {
                            continue;
                        }
                        // Earlier starts are likelier (morning clustering within the interval too).
                        int nStarts = (lastStart - first) / slot + 1;
                        int k = (int) (nStarts * Math.pow(rnd.nextDouble(), 1.6));
                        int startMin = first + k * slot;
                        int endMin = startMin + dur;
                        int seats = s.shared ? (rnd.nextInt(6) == 0 ? 2 : 1) : 1;
                        String status = rnd.nextInt(10) == 0 ? "CANCELLED" : rnd.nextInt(40) == 0 ? "PENDING" : "CONFIRMED";
                        boolean live = !status.equals("CANCELLED");
                        int occEnd = s.shared ? endMin : Math.min(endMin + s.buffer, 24 * 60);
                        int c0 = day * SLOTS_PER_DAY + startMin / 15;
                        int c1 = day * SLOTS_PER_DAY + (occEnd + 14) / 15;
                        int bookEnd = day * SLOTS_PER_DAY + endMin / 15;
                        boolean ok = true;
                        for (int cell = c0; cell < bookEnd && ok; cell++) {
                            ok = openCell[cell]; // also excludes closures and holidays, even for cancelled bookings
                        }
                        if (ok && live) {
                            for (int cell = c0; cell < c1 && ok; cell++) {
                                ok = used[cell] + seats <= cap;
                            }
                        }
                        if (!ok) {
                            continue;
                        }
                        if (live) {
                            for (int cell = c0; cell < c1; cell++) {
                                used[cell] += seats;
                            }
                        }
                        bookingCopy.row(uuid(rnd), s.id, v.id, members[rnd.nextInt(members.length)], instant(day, startMin),
                                instant(day, endMin), instant(day, occEnd), seats, !s.shared, status, created, created);
                        placed++;
                        written++;
                    }
                    deficit = Math.max(0, target - placed);
                }
                int pct = (int) (100L * (vi + 1) / venues.size());
                if (pct >= reported + 5) {
                    reported = pct - pct % 5;
                    System.out.printf(Locale.ROOT, "  bookings %3d%%  %,d rows (%.1f s)%n", reported, written, secs(t0));
                }
            }
            blockCopy.end();
            bookingCopy.end();
            System.out.printf(Locale.ROOT, "  %,d bookings and %,d blocks loaded (%.1f s); recreating %d indexes/constraints%n",
                    written, blocks, secs(t0), ddl.size());
            try (Statement st = c.createStatement()) {
                st.execute("SET maintenance_work_mem = '512MB'");
                for (String sql : ddl) {
                    long t = System.nanoTime();
                    st.execute(sql);
                    c.commit();
                    System.out.printf(Locale.ROOT, "    %-100.100s %.1f s%n", sql, secs(t));
                }
            }
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                st.execute("VACUUM ANALYZE");
                // EXCLUSIVE spaces were just checked by the exclusion constraint; SHARED ones are checked here.
                try (ResultSet rs = st.executeQuery("WITH ev AS ("
                        + " SELECT space_id, starts_at AS t, seats AS d FROM booking WHERE NOT exclusive AND status IN ('PENDING', 'CONFIRMED')"
                        + " UNION ALL SELECT space_id, ends_at, -seats FROM booking WHERE NOT exclusive AND status IN ('PENDING', 'CONFIRMED')),"
                        + " run AS (SELECT space_id, sum(d) OVER (PARTITION BY space_id ORDER BY t, d) AS used FROM ev)"
                        + " SELECT count(*) FROM run JOIN space s ON s.id = run.space_id WHERE run.used > s.capacity")) {
                    rs.next();
                    if (rs.getLong(1) != 0) {
                        throw new IllegalStateException(rs.getLong(1) + " instants above a SHARED space's capacity");
                    }
                    System.out.printf(Locale.ROOT, "  checked: no SHARED space above its capacity at any instant (%.1f s)%n", secs(t0));
                }
            }
            System.out.printf(Locale.ROOT, "bench-data done: %,d venues, %,d spaces, %,d bookings in %.1f s%n",
                    venues.size(), spaceCount, written, secs(t0));
        }
    }

    /** Empties the data tables and drops the booking table's secondary indexes and constraints; returns how to rebuild them. */
    static List<String> prepare(Connection c) throws SQLException {
        List<String> ddl = new ArrayList<>();
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT to_regclass('public.booking') IS NOT NULL")) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    throw new IllegalStateException("No schema in this database: start the app once against it (make bench-data does)");
                }
            }
            st.execute("TRUNCATE idempotency_key, booking, block, closure, space, venue_manager, venue, member CASCADE");
            List<String> drops = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint"
                    + " WHERE conrelid = 'booking'::regclass AND contype IN ('x', 'f') ORDER BY conname")) {
                while (rs.next()) {
                    drops.add("ALTER TABLE booking DROP CONSTRAINT " + rs.getString(1));
                    ddl.add("ALTER TABLE booking ADD CONSTRAINT " + rs.getString(1) + " " + rs.getString(2));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT i.indexname, i.indexdef FROM pg_indexes i"
                    + " WHERE i.tablename = 'booking' AND i.schemaname = 'public' AND NOT EXISTS"
                    + " (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname) ORDER BY i.indexname")) {
                while (rs.next()) {
                    drops.add("DROP INDEX " + rs.getString(1));
                    ddl.add(0, rs.getString(2));
                }
            }
            for (String drop : drops) {
                st.execute(drop);
            }
        }
        return ddl;
    }

    // ------------------------------------------------------------------ venues and spaces

    VenueRow venue(SplittableRandom rnd, int i) {
        VenueRow v = new VenueRow();
        v.id = uuid(rnd);
        if (rnd.nextInt(10) < 7) {
            double[] town = region.weightedTown(rnd);
            v.lat = clamp(town[0] + gaussian(rnd) * 0.18, region.latMin(), region.latMax());
            v.lon = clamp(town[1] + gaussian(rnd) * 0.22, region.lonMin(), region.lonMax());
        } else {
            v.lat = region.latMin() + rnd.nextDouble() * (region.latMax() - region.latMin());
            v.lon = region.lonMin() + rnd.nextDouble() * (region.lonMax() - region.lonMin());
        }
        v.lat = Math.round(v.lat * 1e6) / 1e6;
        v.lon = Math.round(v.lon * 1e6) / 1e6;
        v.kind = VENUE_KINDS[rnd.nextInt(VENUE_KINDS.length)];
        v.week = hours(rnd, v.kind);
        v.holidaysOpen = v.kind.equals("TOURIST_OFFICE") && rnd.nextBoolean();
        // Closures: a holiday week for some, a single day for others.
        if (rnd.nextInt(3) == 0) {
            LocalDate from = firstDay.plusDays(rnd.nextInt(WEEKS * 7 - 7));
            v.closures.add(new LocalDate[]{from, from.plusDays(rnd.nextBoolean() ? 0 : 6)});
        }
        if (rnd.nextInt(4) == 0) {
            LocalDate from = firstDay.plusDays(rnd.nextInt(WEEKS * 7));
            v.closures.add(new LocalDate[]{from, from});
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    static List<Interval>[] hours(SplittableRandom rnd, String kind) {
        List<Interval>[] week = new List[7];
        for (int d = 0; d < 7; d++) {
            week[d] = new ArrayList<>();
        }
        int shift = (rnd.nextInt(3) - 1) * 30; // -30, 0 or +30 minutes
        switch (kind) {
            case "PUBLIC_SERVICE_RELAY" -> {
                // Mo-Fr 08:00-12:00,12:30-16:30 style, Wednesday afternoon off for some.
                int lunch = 12 * 60 + shift, back = lunch + (rnd.nextBoolean() ? 30 : 90);
                boolean wedOff = rnd.nextInt(3) == 0;
                for (int d = 0; d < 5; d++) {
                    week[d].add(new Interval(8 * 60 + shift + 30 * rnd.nextInt(2), lunch));
                    if (!(wedOff && d == 2)) {
                        week[d].add(new Interval(back, back + 4 * 60));
                    }
                }
            }
            case "MEDIA_LIBRARY" -> {
                // Tu 14-18, We 10-12 14-18, Fr 14-18, Sa 10-12:30 style.
                week[1].add(new Interval(14 * 60, 18 * 60 + shift));
                week[2].add(new Interval(10 * 60, 12 * 60));
                week[2].add(new Interval(14 * 60, 18 * 60 + shift));
                if (rnd.nextBoolean()) {
                    week[3].add(new Interval(9 * 60 + 30, 12 * 60 + 30));
                }
                week[4].add(new Interval(14 * 60, 18 * 60 + shift));
                week[5].add(new Interval(10 * 60, 12 * 60 + 30));
            }
            case "TOURIST_OFFICE" -> {
                int last = rnd.nextBoolean() ? 6 : 5;
                for (int d = 0; d < last; d++) {
                    week[d].add(new Interval(9 * 60 + 30 + shift, 12 * 60 + 30));
                    week[d].add(new Interval(14 * 60, 17 * 60 + 30 + shift));
                }
                if (rnd.nextInt(3) == 0) {
                    week[6].add(new Interval(10 * 60, 12 * 60 + 30));
                }
            }
            default -> {
                // Private premises and third places: long continuous days, Saturday morning for some.
                int open = 8 * 60 + 30 + shift, close = 18 * 60 + 30 + shift + 30 * rnd.nextInt(3);
                for (int d = 0; d < 5; d++) {
                    week[d].add(new Interval(open, close));
                }
                if (rnd.nextBoolean()) {
                    week[5].add(new Interval(9 * 60, 13 * 60));
                }
            }
        }
        return week;
    }

    static double openMinutesPerWeek(VenueRow v) {
        int sum = 0;
        for (List<Interval> day : v.week) {
            for (Interval iv : day) {
                sum += iv.to - iv.from;
            }
        }
        return sum;
    }

    SpaceRow space(SplittableRandom rnd, int index) {
        SpaceRow s = new SpaceRow();
        s.id = uuid(rnd);
        s.shared = index % 3 == 2;
        if (s.shared) {
            s.kind = new String[]{"DESK", "COMPUTER_ROOM", "MEETING_ROOM"}[rnd.nextInt(3)];
            s.capacity = switch (s.kind) {
                case "DESK" -> 4 + rnd.nextInt(13);
                case "COMPUTER_ROOM" -> 4 + rnd.nextInt(9);
                default -> 8 + rnd.nextInt(13);
            };
        } else {
            s.kind = new String[]{"OFFICE", "OFFICE", "MEETING_ROOM", "VISIO_BOOTH", "DESK"}[rnd.nextInt(5)];
            s.capacity = switch (s.kind) {
                case "OFFICE" -> 1 + rnd.nextInt(3);
                case "MEETING_ROOM" -> 6 + rnd.nextInt(15);
                default -> 1;
            };
        }
        int r = rnd.nextInt(10);
        s.slot = r == 0 ? 15 : r < 8 ? 30 : 60;
        s.minMinutes = Math.max(s.slot, rnd.nextBoolean() ? 30 : 60);
        s.maxMinutes = 480;
        s.buffer = !s.shared && rnd.nextInt(8) == 0 ? 15 : 0;
        // Popularity: a few spaces are booked much more than others.
        s.popularity = Math.exp(gaussian(rnd) * 0.6);
        return s;
    }

    static String spaceName(String kind, int k) {
        return switch (kind) {
            case "DESK" -> "Poste " + (k + 1);
            case "OFFICE" -> "Bureau " + (k + 1);
            case "MEETING_ROOM" -> "Salle de réunion " + (k + 1);
            case "COMPUTER_ROOM" -> "Salle informatique " + (k + 1);
            default -> "Cabine visio " + (k + 1);
        };
    }

    /** Slots the booking lasts: mostly 2 to 4 hours, some short calls, a few whole days. */
    static int durationSlots(SplittableRandom rnd, SpaceRow s) {
        int r = rnd.nextInt(20);
        int minutes = r < 4 ? 60 : r < 10 ? 120 : r < 15 ? 180 : r < 18 ? 240 : r < 19 ? 30 : 420;
        minutes = Math.max(minutes, s.minMinutes);
        return Math.max(1, minutes / s.slot);
    }

    /** Tuesday–Thursday are twice as busy as Monday and Friday, Saturday half as busy. */
    static int weightedDay(SplittableRandom rnd, int days) {
        final double[] w = {1.0, 2.0, 2.0, 2.0, 1.0, 0.5, 0.2};
        while (true) {
            int day = rnd.nextInt(days);
            if (rnd.nextDouble() * 2.0 < w[day % 7]) {
                return day;
            }
        }
    }

    /** Marks the venue's open 15-minute cells over the whole horizon: weekly hours minus closures and holidays. */
    void fillOpen(VenueRow v, boolean[] open) {
        Arrays.fill(open, false);
        Set<LocalDate> closed = new HashSet<>();
        for (LocalDate[] c : v.closures) {
            for (LocalDate d = c[0]; !d.isAfter(c[1]); d = d.plusDays(1)) {
                closed.add(d);
            }
        }
        for (int day = 0; day < WEEKS * 7; day++) {
            LocalDate date = firstDay.plusDays(day);
            if (closed.contains(date) || !v.holidaysOpen && holidays.contains(date)) {
                continue;
            }
            for (Interval iv : v.week[day % 7]) {
                for (int m = iv.from; m < iv.to; m += 15) {
                    open[day * SLOTS_PER_DAY + m / 15] = true;
                }
            }
        }
    }

    /** Wall-clock minute of a local day as an ISO instant (DST-correct). */
    String instant(int day, int minute) {
        LocalDateTime local = firstDay.plusDays(day).atStartOfDay().plusMinutes(minute);
        return local.atZone(PARIS).toOffsetDateTime().toString();
    }

    /** The JSON Hibernate writes for {@code List<WeeklyInterval>}: LocalTime as [h, m] arrays. */
    static String weeklyJson(List<Interval>[] week) {
        StringBuilder sb = new StringBuilder("[");
        String[] names = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"};
        for (int d = 0; d < 7; d++) {
            for (Interval iv : week[d]) {
                if (sb.length() > 1) {
                    sb.append(", ");
                }
                sb.append("{\"day\": \"").append(names[d]).append("\", \"opens\": [").append(iv.from / 60).append(", ")
                        .append(iv.from % 60).append("], \"closes\": [").append(iv.to / 60).append(", ").append(iv.to % 60)
                        .append("]}");
            }
        }
        return sb.append("]").toString();
    }

    // ------------------------------------------------------------------ holidays (France, as jollyday lists them)

    static Set<LocalDate> frenchHolidays(int fromYear, int toYear) {
        Set<LocalDate> days = new HashSet<>();
        for (int y = fromYear; y <= toYear; y++) {
            LocalDate easter = easter(y);
            days.addAll(List.of(LocalDate.of(y, 1, 1), LocalDate.of(y, 5, 1), LocalDate.of(y, 5, 8), LocalDate.of(y, 7, 14),
                    LocalDate.of(y, 8, 15), LocalDate.of(y, 11, 1), LocalDate.of(y, 11, 11), LocalDate.of(y, 12, 25),
                    easter, easter.plusDays(1), easter.plusDays(39), easter.plusDays(49), easter.plusDays(50)));
        }
        return days;
    }

    static LocalDate easter(int y) { // anonymous Gregorian algorithm
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(y, month, day);
    }

    // ------------------------------------------------------------------ helpers

    static UUID uuid(SplittableRandom rnd) {
        long hi = (rnd.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (rnd.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo);
    }

    static double gaussian(SplittableRandom rnd) {
        double u = Math.max(1e-12, rnd.nextDouble()), v = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    static String[] pick(SplittableRandom rnd, String[] from, int n) {
        List<String> all = new ArrayList<>(List.of(from));
        String[] out = new String[Math.min(n, from.length)];
        for (int i = 0; i < out.length; i++) {
            out[i] = all.remove(rnd.nextInt(all.size()));
        }
        Arrays.sort(out);
        return out;
    }

    static String pgArray(String[] values) {
        return "{" + String.join(",", values) + "}";
    }

    static int ceilTo(int minute, int step) {
        return (minute + step - 1) / step * step;
    }

    static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }

    static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** A COPY ... FROM STDIN in text format, fed in 1 MB chunks. */
    static final class Copy {
        private final Connection conn;
        private final CopyIn in;
        private final StringBuilder buf = new StringBuilder(1 << 20);

        /** Its own connection (one COPY at a time per connection), committed when it ends. */
        Copy(String url, String sql) throws SQLException {
            this.conn = DriverManager.getConnection(url);
            this.in = conn.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        }

        void row(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buf.append('\t');
                }
                Object v = values[i];
                if (v == null) {
                    buf.append("\\N");
                } else {
                    String s = v.toString();
                    for (int k = 0; k < s.length(); k++) {
                        char ch = s.charAt(k);
                        switch (ch) {
                            case '\\' -> buf.append("\\\\");
                            case '\t' -> buf.append("\\t");
                            case '\n' -> buf.append("\\n");
                            case '\r' -> buf.append("\\r");
                            default -> buf.append(ch);
                        }
                    }
                }
            }
            buf.append('\n');
            if (buf.length() > (1 << 20) - 4096) {
                flush();
            }
        }

        private void flush() throws SQLException {
            byte[] bytes = buf.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
            buf.setLength(0);
        }

        long end() throws SQLException {
            flush();
            long rows = in.endCopy();
            conn.close();
            return rows;
        }
    }

    /** {@code --name value} pairs. */
    static final class Args {
        static Map<String, String> parse(String[] args) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (!args[i].startsWith("--")) {
                    throw new IllegalArgumentException("Unexpected argument " + args[i]);
                }
                String key = args[i].substring(2);
                int eq = key.indexOf('=');
                if (eq > 0) {
                    m.put(key.substring(0, eq), key.substring(eq + 1));
                } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    m.put(key, args[++i]);
                } else {
                    m.put(key, "true");
                }
            }
            return m;
        }
    }
}
