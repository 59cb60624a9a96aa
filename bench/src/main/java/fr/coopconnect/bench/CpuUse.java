package fr.coopconnect.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * CPU seconds used so far by the backend, by PostgreSQL's server processes and by this load generator. On a
 * 2-core machine they share the cores, so the CPU a request costs each of them says more than a latency measured
 * on a busy machine, and compares across machines of different speed.
 */
record CpuUse(double backendS, double postgresS, double benchS) {

    /** Linux's USER_HZ: /proc counts CPU time in 1/100 s on every architecture the JDK runs on. */
    private static final double TICKS_PER_SECOND = 100.0;

    static CpuUse now(long backendPid) {
        double postgres;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            postgres = processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(CpuUse::isPostgres)
                    .mapToDouble(CpuUse::cpuSeconds).sum();
        } catch (IOException e) {
            postgres = Double.NaN;
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new CpuUse(cpuSeconds(Path.of("/proc", String.valueOf(backendPid))), postgres, os.getProcessCpuTime() / 1e9);
    }

    CpuUse minus(CpuUse earlier) {
        return new CpuUse(backendS - earlier.backendS, postgresS - earlier.postgresS, benchS - earlier.benchS);
    }

    /** "CPU per request: backend 2.10 ms, PostgreSQL 1.30 ms, load generator 0.90 ms". */
    String perRequest(long requests) {
        double n = Math.max(1, requests);
        return String.format(Locale.ROOT, "CPU per request: backend %.2f ms, PostgreSQL %.2f ms, load generator %.2f ms",
                1000 * backendS / n, 1000 * postgresS / n, 1000 * benchS / n);
    }

    private static boolean isPostgres(Path process) {
        try {
            return Files.readString(process.resolve("comm")).trim().equals("postgres");
        } catch (IOException gone) {
            return false;
        }
    }

    /** utime + stime of /proc/PID/stat (fields 14 and 15, counted after the command name's closing parenthesis). */
    private static double cpuSeconds(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
