package io.ksnmp.benchmarks.engine;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;

/**
 * This JVM's CPU time, allocation and garbage collections, read at the edges of a measured
 * window.
 *
 * <p>Allocation is the sum over live threads of {@code ThreadMXBean.getThreadAllocatedBytes}:
 * a thread alive at both edges counts its difference, a thread started in the window counts all
 * it allocated, and a thread that ended in the window is lost (its count goes with it), which
 * {@link Sample#threadsEnded} reports. The clients' threads (event loop, dispatcher workers,
 * SNMP4J's listen and timer threads) live for the whole run.
 */
final class ProcessMeters {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private ProcessMeters() {
    }

    static {
        THREADS.setThreadAllocatedMemoryEnabled(true);
    }

    /** One reading. */
    static final class Sample {
        final long nanoTime = System.nanoTime();
        final long cpuNanos = OS.getProcessCpuTime();
        final Map<Long, Long> allocated = allocatedByThread();
        final long gcCount;
        final long gcMillis;

        Sample() {
            long count = 0;
            long millis = 0;
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                count += Math.max(0, gc.getCollectionCount());
                millis += Math.max(0, gc.getCollectionTime());
            }
            gcCount = count;
            gcMillis = millis;
        }

        /** @return bytes allocated by live threads since {@code earlier} */
        long allocatedSince(Sample earlier) {
            long sum = 0;
            for (Map.Entry<Long, Long> e : allocated.entrySet()) {
                sum += e.getValue() - earlier.allocated.getOrDefault(e.getKey(), 0L);
            }
            return sum;
        }

        /** @return threads alive at {@code earlier} and gone now (their allocation is not counted) */
        int threadsEnded(Sample earlier) {
            int ended = 0;
            for (Long id : earlier.allocated.keySet()) {
                if (!allocated.containsKey(id)) {
                    ended++;
                }
            }
            return ended;
        }
    }

    private static Map<Long, Long> allocatedByThread() {
        long[] ids = THREADS.getAllThreadIds();
        long[] bytes = THREADS.getThreadAllocatedBytes(ids);
        Map<Long, Long> out = new HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            if (bytes[i] >= 0) {
                out.put(ids[i], bytes[i]);
            }
        }
        return out;
    }

    /** @return the system load average over the last minute, or -1 */
    static double loadAverage() {
        return OS.getSystemLoadAverage();
    }

    /**
     * @param pid another process
     * @return its CPU time so far in nanoseconds, or -1 if the system does not say
     */
    static long cpuNanosOf(long pid) {
        return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).map(d -> d.toNanos()).orElse(-1L);
    }
}
