package io.ksnmp.benchmarks.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** What a child JVM of the scenarios is started with: this JVM's {@code java} binary and class path. */
public final class Forks {
    private Forks() {
    }

    /** @return this JVM's {@code java} binary */
    public static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** @return the command prefix that pins a process to {@code cpus} ({@code taskset -c}), or nothing */
    public static List<String> pinning(String cpus) {
        return cpus == null ? List.of() : List.of("taskset", "-c", cpus);
    }

    /** @return this JVM's class path */
    public static String classPath() {
        return System.getProperty("java.class.path");
    }

    /**
     * Runs {@code main --child kind args…} in a child JVM (killed after {@code limitMillis}),
     * passes its standard error through and every output line that is not a result to standard
     * error, and returns its last {@link ResultLine}'s values.
     *
     * @param main the scenario class, whose {@code main} handles {@code --child}
     * @param jvmArgs options of the child JVM
     * @param cpus a {@code taskset -c} CPU list, or null
     * @param limitMillis how long the child may run
     * @param kind what the child runs
     * @param args its arguments
     * @return the result's values, or null if the child failed or printed no result
     * @throws IOException if the child cannot be started
     * @throws InterruptedException if interrupted
     */
    public static Map<String, String> runChild(Class<?> main, List<String> jvmArgs, String cpus, long limitMillis, String kind,
                                        List<String> args) throws IOException, InterruptedException {
        List<Map<String, String>> results = runChildResults(main, jvmArgs, cpus, limitMillis, kind, args);
        return results == null || results.isEmpty() ? null : results.get(results.size() - 1);
    }

    /**
     * {@link #runChild} for a child that prints several results.
     *
     * @return every result's values in the order printed, or null if the child failed
     */
    public static List<Map<String, String>> runChildResults(Class<?> main, List<String> jvmArgs, String cpus, long limitMillis,
                                                     String kind, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(pinning(cpus));
        command.add(javaBinary());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(classPath());
        command.add(main.getName());
        command.add("--child");
        command.add(kind);
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Thread watchdog = new Thread(() -> {
            try {
                if (!process.waitFor(limitMillis, TimeUnit.MILLISECONDS)) {
                    System.err.println("child " + kind + " " + String.join(" ", args) + " ran too long; killing it");
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
            }
        }, "child-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        List<Map<String, String>> results = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                Map<String, String> parsed = ResultLine.parse(line);
                if (parsed != null) {
                    results.add(parsed);
                } else {
                    System.err.println("  child: " + line);
                }
            }
        }
        int exit = process.waitFor();
        watchdog.interrupt();
        return exit == 0 ? results : null;
    }
}
