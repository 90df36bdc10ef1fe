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
    private final InetSocketAddress address;

    private ResponderProcess(Process process, InetSocketAddress address) {
        this.process = process;
        this.address = address;
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
        List<String> command = new ArrayList<>(Forks.pinning(cpus));
        command.add(Forks.javaBinary());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(Forks.classPath());
        command.add(Responder.class.getName());
        if (silent) {
            command.add("--silent");
        }
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.startsWith("PORT ")) {
            process.destroyForcibly();
            throw new IOException("the responder did not report its port: " + line);
        }
        int port = Integer.parseInt(line.substring(5).trim());
        return new ResponderProcess(process, new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
    }

    /** @return where it listens (127.0.0.1) */
    public InetSocketAddress address() {
        return address;
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
