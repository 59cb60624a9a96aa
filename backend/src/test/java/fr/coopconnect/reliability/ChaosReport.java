package fr.coopconnect.reliability;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * bench/results/reliability.json: each chaos program adds its figures; keys it did not run stay null.
 * `make chaos` removes the file first, so a figure is never left over from an older run.
 */
final class ChaosReport {

    static final List<String> KEYS = List.of("replicas", "clients", "attempts", "confirmed", "overlaps", "capacityExceeded",
            "lostConfirmed", "outageSeconds", "recoverySeconds", "lostAfterOutage", "hostileRequests", "serverErrors",
            "idempotentRetries", "duplicateBookings", "searchDisagreements", "freeSlotsOverBookings", "authzCases", "authzFailures",
            "commit", "date");
    static final Path FILE = Path.of(System.getProperty("coopconnect.chaos.report", "../bench/results/reliability.json"));

    private ChaosReport() {
    }

    static synchronized void put(Map<String, Object> figures) {
        try {
            ObjectNode previous = Files.exists(FILE) ? (ObjectNode) Chaos.JSON.readTree(FILE.toFile()) : Chaos.JSON.createObjectNode();
            ObjectNode report = Chaos.JSON.createObjectNode();
            for (String key : KEYS) {
                if (figures.containsKey(key)) {
                    report.set(key, Chaos.JSON.valueToTree(figures.get(key)));
                } else if (previous.has(key)) {
                    report.set(key, previous.get(key));
                } else {
                    report.putNull(key);
                }
            }
            report.put("commit", commit());
            report.put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            Files.createDirectories(FILE.toAbsolutePath().getParent());
            Files.writeString(FILE, Chaos.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n");
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + FILE, e);
        }
    }

    private static String commit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes()).trim();
            return git.waitFor() == 0 ? out : null;
        } catch (IOException | InterruptedException e) {
            return null;
        }
    }
}
