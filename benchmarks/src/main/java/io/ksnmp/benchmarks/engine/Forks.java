package io.ksnmp.benchmarks.engine;

import java.nio.file.Path;

/** What a child JVM of the scenarios is started with: this JVM's {@code java} binary and class path. */
final class Forks {
    private Forks() {
    }

    static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    static String classPath() {
        return System.getProperty("java.class.path");
    }
}
