package fr.coopconnect.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The backend jar started in prod mode on the bench database, on its own port, and stopped again. */
final class AppProcess implements AutoCloseable {

    final Process process;
    final int port;
    final long startedNanos;

    private AppProcess(Process process, int port, long startedNanos) {
        this.process = process;
        this.port = port;
        this.startedNanos = startedNanos;
    }

    static AppProcess start(String jar, String db, int port, Path log, List<String> jvmOptions) throws IOException {
        if (!new File(jar).isFile()) {
            throw new IllegalStateException(jar + " is missing: run make build first");
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-Dquarkus.http.port=" + port);
        cmd.add("-jar");
        cmd.add("quarkus-run.jar");
        // From the jar's own directory, as the AppCDS archive was written (its class path must match exactly).
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(Path.of(jar).toAbsolutePath().getParent().toFile());
        Map<String, String> env = pb.environment();
        env.put("COOPCONNECT_DB_URL", "jdbc:postgresql://127.0.0.1:5432/" + db);
        env.put("COOPCONNECT_KEY_DIR", Path.of("bench", "target", "keys").toAbsolutePath().toString());
        env.remove("COOPCONNECT_DEMO");
        env.put("COOPCONNECT_ADMIN_EMAIL", Bench.ADMIN_EMAIL);
        env.put("COOPCONNECT_ADMIN_PASSWORD", Bench.PASSWORD);
        // The bench signs in hundreds of members from one address, which the per-IP /auth limit exists to refuse.
        env.put("COOPCONNECT_AUTH_RATE_LIMIT", "0");
        Files.createDirectories(log.getParent());
        pb.environment().put("MALLOC_ARENA_MAX", "2"); // as in production: glibc arenas per thread inflate RSS
        pb.redirectErrorStream(true).redirectOutput(log.toAbsolutePath().toFile());
        long t0 = System.nanoTime();
        return new AppProcess(pb.start(), port, t0);
    }

    /** Seconds from process start until /q/health/ready answers 200. */
    double awaitReady(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = startedNanos + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The backend exited with " + process.exitValue() + " (see its log)");
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - startedNanos) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("The backend was not ready within " + timeout);
    }

    long pid() {
        return process.pid();
    }

    /** Resident set size in MB, from /proc/<pid>/status VmRSS. */
    double rssMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: graceful Quarkus shutdown
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }

    /**
     * A class-data archive of what a start loads, written beside the jar by one training start (to ready, one
     * search, stop) with {@code -XX:ArchiveClassesAtExit}, and kept until the jar changes. The build's app-cds.jsa
     * is written by Quarkus at the end of static init and holds about 6,000 of the 16,000 classes a start loads;
     * the others were read and verified from the jars on every start (bench/README.md). Like any CDS archive it
     * only serves the JDK that wrote it.
     */
    static Path trainedArchive(String jar, String db, int port, List<String> jvmOptions) throws Exception {
        Path archive = Path.of(jar).toAbsolutePath().resolveSibling("app-cds-trained.jsa");
        if (Files.exists(archive)
                && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(Path.of(jar))) > 0) {
            return archive;
        }
        List<String> training = new ArrayList<>(jvmOptions);
        training.add("-XX:ArchiveClassesAtExit=" + archive.getFileName());
        long t0 = System.nanoTime();
        try (AppProcess app = start(jar, db, port, Path.of("bench", "target", "cds-training.log"), training)) {
            app.awaitReady(Duration.ofSeconds(120));
            HttpClient http = HttpClient.newHttpClient();
            http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/v1/availability?near=44.0,6.0&radiusKm=20&minDuration=PT2H")).build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        if (!Files.exists(archive)) {
            throw new IllegalStateException("The training start wrote no " + archive + " (see bench/target/cds-training.log)");
        }
        System.out.printf("class-data archive %s written by a training start (%.1f s)%n", archive.getFileName(),
                (System.nanoTime() - t0) / 1e9);
        return archive;
    }

    /** Starts the app once so that Liquibase migrates the database, then stops it. */
    public static void main(String[] args) throws Exception {
        Map<String, String> opts = DataGen.Args.parse(args);
        String db = opts.getOrDefault("db", "coopconnect_bench");
        int port = Integer.parseInt(opts.getOrDefault("port", "18182"));
        try (AppProcess app = start(opts.getOrDefault("jar", "backend/target/quarkus-app/quarkus-run.jar"), db, port,
                Path.of("bench", "target", "migrate.log"), List.of())) {
            double s = app.awaitReady(Duration.ofSeconds(120));
            System.out.printf("schema of %s migrated by the app (ready in %.1f s)%n", db, s);
        }
    }
}
