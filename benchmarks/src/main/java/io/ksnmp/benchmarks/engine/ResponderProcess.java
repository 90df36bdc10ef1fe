package io.ksnmp.benchmarks.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@link Responder} in its own JVM, started with this JVM's {@code java} binary and class
 * path; {@link #close()} ends it (closing its standard input, then destroying it).
 */
public final class ResponderProcess implements AutoCloseable {
    private final Process process;
    private final InetAddress host;
    private final int[] ports;

    private ResponderProcess(Process process, InetAddress host, int[] ports) {
        this.process = process;
        this.host = host;
        this.ports = ports;
    }

    /**
     * Starts a responder and waits until it has bound its socket.
     *
     * @param silent whether it should never answer
     * @param jvmArgs options for its JVM
     * @return the running responder
     * @throws IOException if it cannot be started or does not report its port
     */
    public static ResponderProcess start(boolean silent, List<String> jvmArgs) throws IOException {
        return start(silent, jvmArgs, null);
    }

    /**
     * Starts a responder pinned to some CPUs and waits until it has bound its socket.
     *
     * @param silent whether it should never answer
     * @param jvmArgs options for its JVM
     * @param cpus a {@code taskset -c} CPU list (Linux), or null to leave it to the scheduler
     * @return the running responder
     * @throws IOException if it cannot be started or does not report its port
     */
    public static ResponderProcess start(boolean silent, List<String> jvmArgs, String cpus) throws IOException {
        return start(Responder.class, silent ? List.of("--silent") : List.of(), jvmArgs, cpus);
    }

    /**
     * Starts any of the scenarios' agents ({@link Responder}, {@link TableResponder},
     * {@link PollResponder}: a {@code main} that prints {@code PORT <n>[,<n>…]} once bound and
     * exits when its standard input ends) and waits until it has bound its sockets.
     *
     * @param main the agent's class
     * @param args its arguments
     * @param jvmArgs options for its JVM
     * @param cpus a {@code taskset -c} CPU list (Linux), or null to leave it to the scheduler
     * @return the running agent
     * @throws IOException if it cannot be started or does not report its ports
     */
    public static ResponderProcess start(Class<?> main, List<String> args, List<String> jvmArgs, String cpus) throws IOException {
        List<String> command = new ArrayList<>(Forks.pinning(cpus));
        command.add(Forks.javaBinary());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(Forks.classPath());
        command.add(main.getName());
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.startsWith("PORT ")) {
            process.destroyForcibly();
            throw new IOException("the responder did not report its port: " + line);
        }
        String[] parts = line.substring(5).trim().split(",");
        int[] ports = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            ports[i] = Integer.parseInt(parts[i]);
        }
        return new ResponderProcess(process, InetAddress.getByName("127.0.0.1"), ports);
    }

    /** @return where it listens (127.0.0.1; its first port if it has several) */
    public InetSocketAddress address() {
        return new InetSocketAddress(host, ports[0]);
    }

    /** @return every agent's address, in the order it reported them */
    public List<InetSocketAddress> addresses() {
        List<InetSocketAddress> out = new ArrayList<>(ports.length);
        for (int port : ports) {
            out.add(new InetSocketAddress(host, port));
        }
        return out;
    }

    /** @return its process id */
    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // destroyed below anyway
        }
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroy();
                if (!process.waitFor(2, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
