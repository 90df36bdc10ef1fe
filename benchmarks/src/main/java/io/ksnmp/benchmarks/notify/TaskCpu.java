package io.ksnmp.benchmarks.notify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A process's CPU time read from outside (Linux), to the nanosecond: the first field of
 * {@code /proc/PID/task/TID/schedstat} (time spent on a CPU) of every thread. Clock-tick
 * counters ({@code /proc/PID/stat}, {@code ProcessHandle}, even the JVM's
 * {@code getProcessCpuTime}) move in 10 ms steps, too coarse for a few hundred milliseconds of
 * receiving. The difference of two readings adds, per thread, its growth (a thread started in
 * between counts whole); a thread that ended in between is missing with its last stretch (JVM
 * compiler threads end after a spell of idleness, so they take little with them).
 *
 * @param byThread nanoseconds on a CPU per thread id
 */
public record TaskCpu(Map<Long, Long> byThread) {
    /**
     * @param pid a process
     * @return its threads' CPU times now
     * @throws IOException if {@code /proc} cannot be read (the process is gone, or this is not Linux)
     */
    public static TaskCpu of(long pid) throws IOException {
        Map<Long, Long> out = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("schedstat"), StandardCharsets.US_ASCII).trim();
                } catch (NoSuchFileException e) {
                    continue;
                }
                out.put(Long.parseLong(task.getFileName().toString()), Long.parseLong(stat.substring(0, stat.indexOf(' '))));
            }
        }
        return new TaskCpu(out);
    }

    /** @return the sum over every thread */
    public long totalNanos() {
        return byThread.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * @param earlier a reading of the same process
     * @return CPU time used since then by the threads alive now
     */
    public long nanosSince(TaskCpu earlier) {
        long sum = 0;
        for (Map.Entry<Long, Long> e : byThread.entrySet()) {
            sum += e.getValue() - earlier.byThread.getOrDefault(e.getKey(), 0L);
        }
        return sum;
    }
}
