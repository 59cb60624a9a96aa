package fr.coopconnect.booking;

import fr.coopconnect.timeline.TimeRange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live bookings occupying time after an instant and starting before another, by space: what the slot search reads instead of asking PostgreSQL.
 * One thread changes it ({@link #apply}) while searches read it; each space's bookings are replaced as a whole, so a
 * reader sees every space either before or after a change. Times are held as epoch microseconds, PostgreSQL's
 * precision, in a compact record: hundreds of thousands of bookings fit in a few megabytes.
 */
public final class UpcomingBookings {

    /**
     * A booking's new state, as the change log (changeset 058) records it: {@code live} false for one cancelled,
     * released or deleted; {@code previousSpaceId} set when it may have moved. A change with no booking id means
     * everything changed (a TRUNCATE): no copy can follow it.
     */
    public record Change(UUID bookingId, UUID previousSpaceId, UUID spaceId, Instant start, Instant end,
                         Instant occupiedUntil, int seats, boolean live) {
        public boolean resetsEverything() {
            return bookingId == null;
        }
    }

    private record Booked(long idHigh, long idLow, long start, long end, long occupiedUntil, int seats) {
        boolean is(UUID id) {
            return idHigh == id.getMostSignificantBits() && idLow == id.getLeastSignificantBits();
        }
    }

    private static final Booked[] NONE = {};

    private final Instant occupiedAfter;
    private final Instant startsBefore;
    private final Map<UUID, Booked[]> bySpace = new ConcurrentHashMap<>();
    private int size;

    /**
     * An empty copy of the live bookings occupying time after {@code occupiedAfter} and starting before
     * {@code startsBefore}.
     */
    public UpcomingBookings(Instant occupiedAfter, Instant startsBefore) {
        this.occupiedAfter = occupiedAfter;
        this.startsBefore = startsBefore;
    }

    public Instant startsBefore() {
        return startsBefore;
    }

    /** Bookings held. */
    public int size() {
        return size;
    }

    /** Whether this copy holds every live booking occupying some time after {@code occupiedFrom} and starting before {@code startingBefore}. */
    public boolean covers(Instant occupiedFrom, Instant startingBefore) {
        return !occupiedFrom.isBefore(occupiedAfter) && !startingBefore.isAfter(startsBefore);
    }

    /** Brings the copy up to one change; changes must come in the order the log gives them. */
    public void apply(Change change) {
        if (change.resetsEverything()) {
            throw new IllegalArgumentException("A TRUNCATE cannot be applied: the copy must be read again");
        }
        if (change.previousSpaceId() != null && !change.previousSpaceId().equals(change.spaceId())) {
            remove(change.previousSpaceId(), change.bookingId());
        }
        remove(change.spaceId(), change.bookingId());
        if (change.live() && change.occupiedUntil().isAfter(occupiedAfter) && change.start().isBefore(startsBefore)) {
            add(change.spaceId(), change.bookingId(), change.start(), change.end(), change.occupiedUntil(), change.seats());
        }
    }

    /** Adds a live booking read with the copy; the loader adds them by start time, as the searches read them. */
    public void add(UUID spaceId, UUID bookingId, Instant start, Instant end, Instant occupiedUntil, int seats) {
        Booked booked = new Booked(bookingId.getMostSignificantBits(), bookingId.getLeastSignificantBits(), micros(start),
                micros(end), micros(occupiedUntil), seats);
        Booked[] held = bySpace.getOrDefault(spaceId, NONE);
        int at = held.length;
        while (at > 0 && held[at - 1].start > booked.start) {
            at--;
        }
        Booked[] next = new Booked[held.length + 1];
        System.arraycopy(held, 0, next, 0, at);
        next[at] = booked;
        System.arraycopy(held, at, next, at + 1, held.length - at);
        bySpace.put(spaceId, next);
        size++;
    }

    private void remove(UUID spaceId, UUID bookingId) {
        Booked[] held = bySpace.get(spaceId);
        if (held == null) {
            return;
        }
        for (int i = 0; i < held.length; i++) {
            if (held[i].is(bookingId)) {
                if (held.length == 1) {
                    bySpace.remove(spaceId);
                } else {
                    Booked[] next = new Booked[held.length - 1];
                    System.arraycopy(held, 0, next, 0, i);
                    System.arraycopy(held, i + 1, next, i, held.length - i - 1);
                    bySpace.put(spaceId, next);
                }
                size--;
                return;
            }
        }
    }

    /**
     * The space's live bookings occupying some time after {@code occupiedFrom} and starting before
     * {@code startingBefore}, by start; only for a window this copy {@link #covers}.
     */
    public List<Occupation> occupations(UUID spaceId, Instant occupiedFrom, Instant startingBefore) {
        Booked[] held = bySpace.getOrDefault(spaceId, NONE);
        long after = micros(occupiedFrom);
        long before = micros(startingBefore);
        List<Occupation> found = new ArrayList<>();
        for (Booked booked : held) {
            if (booked.start >= before) {
                break;
            }
            if (booked.occupiedUntil > after) {
                found.add(new Occupation(new TimeRange(instant(booked.start), instant(booked.end)),
                        instant(booked.occupiedUntil), booked.seats));
            }
        }
        return found;
    }

    /** The ids of the space's bookings held, by start: for tests comparing copies. */
    List<UUID> bookingIds(UUID spaceId) {
        return Arrays.stream(bySpace.getOrDefault(spaceId, NONE)).map(b -> new UUID(b.idHigh, b.idLow)).toList();
    }

    private static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    private static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000);
    }
}
