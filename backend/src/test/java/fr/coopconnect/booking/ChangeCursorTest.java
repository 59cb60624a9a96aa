package fr.coopconnect.booking;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ChangeCursorTest {

    @Test
    void itReadsTheRunningTransactionsOfASnapshot() {
        assertEquals("{}", ChangeCursor.at(7, "740:740:").runningXidsLiteral());
        assertEquals("{741,745}", ChangeCursor.at(7, "741:750:741,745").runningXidsLiteral());
        assertEquals(7, ChangeCursor.at(7, "741:750:741,745").lastSeq());
        assertThrows(IllegalArgumentException.class, () -> ChangeCursor.at(7, "741"));
    }

    @Test
    void itMovesToTheHighestSequenceReadAndTheNewSnapshotsRunningTransactions() {
        ChangeCursor cursor = ChangeCursor.at(7, "741:750:741,745").next(12, "745:760:745,759");

        assertEquals(12, cursor.lastSeq());
        assertEquals("{745,759}", cursor.runningXidsLiteral());
        assertEquals(12, cursor.next(3, "760:760:").lastSeq(), "a late row of a running transaction does not move it back");
    }

    /** A log row: its sequence number, its transaction, the booking it changed. */
    record Row(long seq, long xid, int booking) {
    }

    /**
     * PostgreSQL as the log sees it, simulated: transactions take an id at their first write and sequence numbers as
     * they write, lock the bookings they change until they end, and commit or abort in any order; a reader's statement
     * sees the rows of the transactions committed before it. Read with the cursor, every committed row comes exactly
     * once, and each booking's rows in the order of their commits.
     */
    @Property(tries = 1000)
    void everyCommittedRowIsReadOnceAndEachBookingsInCommitOrder(@ForAll("actions") List<Integer> actions) {
        long[] next = {100, 1}; // next transaction id, next sequence number
        Map<Integer, List<Row>> running = new LinkedHashMap<>(); // by transaction handle
        Map<Integer, Long> xids = new HashMap<>();
        Map<Integer, Integer> locks = new HashMap<>(); // booking -> transaction handle
        List<Row> committed = new ArrayList<>();
        List<Row> read = new ArrayList<>();
        ChangeCursor[] cursor = {ChangeCursor.at(0, "100:100:")};
        int handles = 0;

        for (int action : actions) {
            int kind = action % 5;
            int pick = action / 5;
            List<Integer> open = new ArrayList<>(running.keySet());
            if (kind == 0 || open.isEmpty()) {
                running.put(handles++, new ArrayList<>());
            } else if (kind == 1) {
                int tx = open.get(pick % open.size());
                int booking = pick % 4;
                Integer holder = locks.get(booking);
                if (holder == null || holder == tx) {
                    locks.put(booking, tx);
                    long xid = xids.computeIfAbsent(tx, t -> next[0]++);
                    running.get(tx).add(new Row(next[1]++, xid, booking));
                }
            } else if (kind == 2 || kind == 3) {
                int tx = open.get(pick % open.size());
                List<Row> rows = running.remove(tx);
                if (kind == 2) {
                    committed.addAll(rows);
                }
                locks.values().removeIf(holder -> holder == tx);
            } else {
                poll(running, xids, next[0], committed, read, cursor);
            }
        }
        running.values().forEach(committed::addAll);
        running.clear();
        poll(running, xids, next[0], committed, read, cursor);

        assertEquals(committed.stream().sorted(Comparator.comparingLong(Row::seq)).toList(),
                read.stream().sorted(Comparator.comparingLong(Row::seq)).toList(), "each committed row once");
        for (int booking = 0; booking < 4; booking++) {
            int b = booking;
            assertEquals(committed.stream().filter(row -> row.booking() == b).toList(),
                    read.stream().filter(row -> row.booking() == b).toList(), "booking " + b + " in commit order");
        }
    }

    /** One statement: the committed rows the cursor selects, by sequence number, and the cursor moved on. */
    private static void poll(Map<Integer, List<Row>> running, Map<Integer, Long> xids, long nextXid, List<Row> committed,
                             List<Row> read, ChangeCursor[] cursor) {
        Set<Long> selectedXids = Arrays.stream(cursor[0].runningXidsLiteral().replaceAll("[{}]", "").split(","))
                .filter(s -> !s.isEmpty()).map(Long::parseLong).collect(Collectors.toSet());
        List<Row> selected = committed.stream()
                .filter(row -> row.seq() > cursor[0].lastSeq() || selectedXids.contains(row.xid()))
                .sorted(Comparator.comparingLong(Row::seq)).toList();
        read.addAll(selected);
        List<Long> inProgress = running.keySet().stream().filter(xids::containsKey).map(xids::get).sorted().toList();
        long xmin = inProgress.isEmpty() ? nextXid : inProgress.get(0);
        String snapshot = xmin + ":" + nextXid + ":" + inProgress.stream().map(String::valueOf).collect(Collectors.joining(","));
        cursor[0] = cursor[0].next(selected.stream().mapToLong(Row::seq).max().orElse(0), snapshot);
    }

    @Provide
    Arbitrary<List<Integer>> actions() {
        return Arbitraries.integers().between(0, 999).list().ofMaxSize(80);
    }
}
