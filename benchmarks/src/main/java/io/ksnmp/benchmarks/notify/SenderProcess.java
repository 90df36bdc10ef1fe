package io.ksnmp.benchmarks.notify;

import io.ksnmp.benchmarks.engine.Forks;
import io.ksnmp.benchmarks.engine.ResultLine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of the {@link TrapSender} process, pinned: started (it encodes its traps and says
 * {@code READY}), then told to go, then its result.
 */
final class SenderProcess implements AutoCloseable {
    private final Process process;
    private final BufferedReader out;

    /**
     * How a sender is started.
     *
     * @param sender {@link BatchSender#MMSG} or {@link BatchSender#CHANNEL}
     * @param java the {@code java} binary
     * @param jvmArgs its JVM's options
     * @param cpus a {@code taskset -c} CPU list, or null
     * @param v3 SNMPv3 authPriv traps instead of v2c
     * @param engineStartMillis the sender engine's boot time (v3)
     */
    record Launch(String sender, String java, List<String> jvmArgs, String cpus, boolean v3, long engineStartMillis) {
    }

    /**
     * What a run sent.
     *
     * @param sent datagrams the kernel took
     * @param nanos how long sending took
     * @param slippedNanos how far its schedule slipped ({@link PacedSend})
     * @param cpuNanos the sender's CPU time while sending
     */
    record Result(long sent, long nanos, long slippedNanos, long cpuNanos) {
    }

    private SenderProcess(Process process, BufferedReader out) {
        this.process = process;
        this.out = out;
    }

    /**
     * Starts a sender and waits until its traps are encoded.
     *
     * @param launch how
     * @param port the receiver's port on 127.0.0.1
     * @param rate traps per second
     * @param count how many
     * @param firstId the first request-id
     * @return the sender, ready
     * @throws IOException if it does not get ready
     */
    static SenderProcess start(Launch launch, int port, double rate, int count, int firstId) throws IOException {
        List<String> command = new ArrayList<>(Forks.pinning(launch.cpus()));
        command.add(launch.java());
        command.addAll(launch.jvmArgs());
        if (launch.sender().equals(BatchSender.MMSG)) {
            command.add("--enable-native-access=ALL-UNNAMED");
        }
        command.addAll(List.of("-cp", Forks.classPath(), TrapSender.class.getName(), "--sender", launch.sender(),
                "--port", String.valueOf(port), "--rate", String.valueOf(rate), "--count", String.valueOf(count),
                "--first-id", String.valueOf(firstId), "--engine-start-millis", String.valueOf(launch.engineStartMillis())));
        if (launch.v3()) {
            command.add("--v3");
        }
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII));
        String line = out.readLine();
        if (line == null || !line.startsWith("READY ")) {
            process.destroyForcibly();
            throw new IOException("the sender did not get ready: " + line);
        }
        return new SenderProcess(process, out);
    }

    /**
     * Lets it send and waits for its result.
     *
     * @return what it sent
     * @throws IOException if it fails
     */
    Result go() throws IOException {
        OutputStream in = process.getOutputStream();
        in.write("GO\n".getBytes(StandardCharsets.US_ASCII));
        in.flush();
        String line;
        while ((line = out.readLine()) != null) {
            Map<String, String> m = ResultLine.parse(line);
            if (m != null) {
                return new Result(Long.parseLong(m.get("sent")), Long.parseLong(m.get("nanos")),
                        Long.parseLong(m.get("slippedNanos")), Long.parseLong(m.get("cpuNanos")));
            }
            System.err.println("  sender: " + line);
        }
        throw new IOException("the sender ended without a result");
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // destroyed below if it does not end
        }
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
