package nl.kabiz.smr.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time used by the application's JVM (this JVM) and by the embedded PostgreSQL (its postmaster and every backend),
 * so that a phase's cost per item can be given in CPU milliseconds: on a shared, overloaded machine throughput
 * depends on the neighbours, CPU per item hardly does. Linux only ({@code /proc}); elsewhere the database share is 0.
 */
final class CpuMeter {

    /** Clock ticks per second of {@code /proc/<pid>/stat} (USER_HZ, 100 on Linux). */
    private static final long TICKS = 100;

    private final long postmaster;

    /** @param backendPid the process id of any backend of the server ({@code SELECT pg_backend_pid()}) */
    CpuMeter(long backendPid) {
        long[] stat = stat(backendPid);
        this.postmaster = stat == null ? -1 : stat[0];
    }

    /** CPU nanoseconds used so far: {application JVM, database server}. */
    long[] now() {
        long app = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        return new long[] {app, databaseTicks() * (1_000_000_000L / TICKS)};
    }

    /** The postmaster's own and reaped children's time plus every live child's time. */
    private long databaseTicks() {
        if (postmaster < 0) {
            return 0;
        }
        long[] own = stat(postmaster);
        long ticks = own == null ? 0 : own[1] + own[2] + own[3] + own[4];
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                long[] stat = stat(Long.parseLong(process.getFileName().toString()));
                if (stat != null && stat[0] == postmaster) {
                    ticks += stat[1] + stat[2];
                }
            }
        } catch (IOException e) {
            return ticks;
        }
        return ticks;
    }

    /** {ppid, utime, stime, cutime, cstime} of a process, or null. */
    private static long[] stat(long pid) {
        try {
            String line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(fields[1]), Long.parseLong(fields[11]), Long.parseLong(fields[12]),
                Long.parseLong(fields[13]), Long.parseLong(fields[14])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
