package nl.kabiz.smr.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Samples the JVM's used heap and the process's resident set size every 100 ms while a phase runs: peak heap used
 * (what the heap held at its fullest, garbage included), peak heap after a collection (live data), and peak RSS.
 * The application runs in the benchmark's JVM, so the figures include the benchmark's own small share (HTTP client,
 * SMTP sink counters).
 */
final class ResourceSampler implements AutoCloseable {

    private volatile boolean sampling;
    private volatile long peakHeapUsed;
    private volatile long peakRss;
    private volatile long peakAfterGc;
    private final Thread thread;

    ResourceSampler() {
        thread = new Thread(this::run, "benchmark-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    void sample(boolean on) {
        sampling = on;
    }

    long peakHeapUsedMiB() {
        return peakHeapUsed >> 20;
    }

    long peakRssMiB() {
        return peakRss >> 20;
    }

    /** The largest heap left after the last collection (summed over the heap pools) seen while sampling. */
    long peakHeapAfterGcMiB() {
        return peakAfterGc >> 20;
    }

    private static long heapAfterGc() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterGc = pool.getCollectionUsage();
            if (pool.getType() == MemoryType.HEAP && afterGc != null) {
                bytes += afterGc.getUsed();
            }
        }
        return bytes;
    }

    static long maxHeapMiB() {
        return Runtime.getRuntime().maxMemory() >> 20;
    }

    /** Peak RSS of the whole process so far (VmHWM), or -1 off Linux. */
    static long processPeakRssMiB() {
        return status("VmHWM:") >> 10;
    }

    private void run() {
        while (true) {
            if (sampling) {
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                peakHeapUsed = Math.max(peakHeapUsed, used);
                peakRss = Math.max(peakRss, status("VmRSS:") << 10);
                peakAfterGc = Math.max(peakAfterGc, heapAfterGc());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** A value in kB from /proc/self/status, or -1. */
    private static long status(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).replace("kB", "").trim());
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
