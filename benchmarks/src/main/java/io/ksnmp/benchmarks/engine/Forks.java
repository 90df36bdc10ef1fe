package io.ksnmp.benchmarks.engine;

import java.nio.file.Path;
import java.util.List;

/** What a child JVM of the scenarios is started with: this JVM's {@code java} binary and class path. */
final class Forks {
    private Forks() {
    }

    static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** @return the command prefix that pins a process to {@code cpus} ({@code taskset -c}), or nothing */
    static List<String> pinning(String cpus) {
        return cpus == null ? List.of() : List.of("taskset", "-c", cpus);
    }

    static String classPath() {
        return System.getProperty("java.class.path");
    }
}
