package fr.coopconnect.booking;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Where a replica stands in the booking change log (changeset 058): the highest sequence number it has read, and the
 * transactions still running when it read. A transaction takes its sequence numbers before it commits, so one still
 * running may later commit rows numbered below the highest read: those are found again by transaction id. Read
 * {@code seq > lastSeq OR xid IN runningXids} at each step and every committed row comes once, and the rows of one
 * booking in the order of their commits (its row lock orders them).
 */
public final class ChangeCursor {

    private final long lastSeq;
    private final long[] runningXids;

    private ChangeCursor(long lastSeq, long[] runningXids) {
        this.lastSeq = lastSeq;
        this.runningXids = runningXids;
    }

    /**
     * The cursor of a copy read in {@code snapshot} (PostgreSQL's {@code pg_snapshot} text, "xmin:xmax:xip,…"), where
     * {@code lastSeq} was the highest sequence number visible.
     */
    public static ChangeCursor at(long lastSeq, String snapshot) {
        return new ChangeCursor(lastSeq, running(snapshot));
    }

    /** The cursor after reading, in {@code snapshot}, the rows this one selects; the highest of them was {@code maxSeqRead}. */
    public ChangeCursor next(long maxSeqRead, String snapshot) {
        return new ChangeCursor(Math.max(lastSeq, maxSeqRead), running(snapshot));
    }

    public long lastSeq() {
        return lastSeq;
    }

    /** The running transactions as a PostgreSQL array literal, for {@code xid = ANY(?::xid8[])}. */
    public String runningXidsLiteral() {
        return Arrays.stream(runningXids).mapToObj(Long::toString).collect(Collectors.joining(",", "{", "}"));
    }

    private static long[] running(String snapshot) {
        String[] parts = snapshot.split(":", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("Not a pg_snapshot: " + snapshot);
        }
        return parts[2].isEmpty() ? new long[0] : Arrays.stream(parts[2].split(",")).mapToLong(Long::parseLong).toArray();
    }
}
