package io.ksnmp.benchmarks.notify;

import io.ksnmp.benchmarks.engine.Forks;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A {@link ReceiverMain} in its own JVM (this JVM's {@code java} and class path), asked for samples over its standard input. */
final class JvmReceiverProcess implements ReceiverProcess {
    private final String name;
    private final Process process;
    private final BufferedReader out;
    private final OutputStream in;
    private final InetSocketAddress address;

    private JvmReceiverProcess(String name, Process process, BufferedReader out, InetSocketAddress address) {
        this.name = name;
        this.process = process;
        this.out = out;
        this.in = process.getOutputStream();
        this.address = address;
    }

    static JvmReceiverProcess start(String name, ReceiverSetup setup, List<String> jvmArgs, String cpus) throws IOException {
        List<String> command = new ArrayList<>(Forks.pinning(cpus));
        command.add(Forks.javaBinary());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(Forks.classPath());
        command.add(ReceiverMain.class.getName());
        command.addAll(List.of("--receiver", name, "--receive-buffer", String.valueOf(setup.receiveBuffer())));
        if (setup.v3()) {
            command.add("--v3");
        }
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII));
        String line = out.readLine();
        if (line == null || !line.startsWith("PORT ")) {
            process.destroyForcibly();
            throw new IOException("receiver " + name + " did not start: " + line);
        }
        int port = Integer.parseInt(line.substring(5).trim());
        return new JvmReceiverProcess(name, process, out, new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public InetSocketAddress address() {
        return address;
    }

    @Override
    public long pid() {
        return process.pid();
    }

    @Override
    public Sample sample() throws IOException {
        in.write("SAMPLE\n".getBytes(StandardCharsets.US_ASCII));
        in.flush();
        String line = out.readLine();
        if (line == null || !line.startsWith("SAMPLE ")) {
            throw new IOException("receiver " + name + " answered " + line);
        }
        String[] parts = line.split(" ");
        return new Sample(Long.parseLong(parts[1]), Long.parseLong(parts[2]), TaskCpu.of(process.pid()));
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            // destroyed below anyway
        }
        try {
            if (!process.waitFor(3, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(3, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
