package io.ksnmp.benchmarks.notify;

import io.ksnmp.benchmarks.engine.Forks;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Net-SNMP's {@code snmptrapd} as a receiver: a configuration in a fresh temporary directory
 * ({@code snmpTrapdAddr udp:127.0.0.1:PORT}, {@code authCommunity log public}, the SNMPv3 user
 * for the sender's engine with {@code createUser -e}, {@code [snmp] serverRecvBuf} for the
 * receive buffer, {@code format2 TRAP %b\n}: one short line per notification naming its source),
 * run in the foreground ({@code -f -C -c conf -m '' -X -n -On -Lf log}).
 *
 * <p>The line does not format the bindings: the JVM receivers hand each notification to their
 * application without turning it into text either. Formatting every binding
 * ({@code %V|%v}) costs snmptrapd about half as much again per notification (see the benchmarks
 * README).
 *
 * <p>Delivered = lines starting {@code TRAP } in its log (snmptrapd writes each as it goes; the
 * log is read from where the last sample stopped). CPU: {@link TaskCpu}, as for every receiver. Informs are acknowledged by snmptrapd itself.
 */
final class SnmptrapdProcess implements ReceiverProcess {
    private static final byte[] MARK = "TRAP ".getBytes(StandardCharsets.US_ASCII);

    private final Process process;
    private final Path dir;
    private final RandomAccessFile log;
    private final InetSocketAddress address;
    private long delivered;
    private int lineOffset;

    private SnmptrapdProcess(Process process, Path dir, RandomAccessFile log, InetSocketAddress address) {
        this.process = process;
        this.dir = dir;
        this.log = log;
        this.address = address;
    }

    /** @return the daemon's path: Debian's {@code /usr/sbin/snmptrapd}, else {@code snmptrapd} on the PATH */
    static String binary() {
        Path debian = Path.of("/usr/sbin/snmptrapd");
        return Files.isExecutable(debian) ? debian.toString() : "snmptrapd";
    }

    static SnmptrapdProcess start(ReceiverSetup setup, String cpus) throws IOException {
        Path dir = Files.createTempDirectory("ksnmp-snmptrapd");
        int port = freePort();
        String conf = "[snmp] persistentDir " + dir.resolve("persist") + "\n"
                + "[snmp] serverRecvBuf " + setup.receiveBuffer() + "\n"
                + "snmpTrapdAddr udp:127.0.0.1:" + port + "\n"
                + "authCommunity log " + setup.community() + "\n"
                + (setup.v3() ? V3Fixture.snmptrapdLines() : "")
                + "format2 TRAP %b\\n\n";
        Path confFile = dir.resolve("snmptrapd.conf");
        Path logFile = dir.resolve("snmptrapd.log");
        Files.writeString(confFile, conf, StandardCharsets.US_ASCII);
        List<String> command = new ArrayList<>(Forks.pinning(cpus));
        command.addAll(List.of(binary(), "-f", "-C", "-c", confFile.toString(), "-m", "", "-X", "-n", "-On",
                "-Lf", logFile.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("snmptrapd.out").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!Files.exists(logFile) || !Files.readString(logFile, StandardCharsets.ISO_8859_1).contains("NET-SNMP version")) {
            if (!process.isAlive() || System.nanoTime() - deadline > 0) {
                process.destroyForcibly();
                throw new IOException("snmptrapd did not start; see " + dir);
            }
            sleep(20);
        }
        SnmptrapdProcess p = new SnmptrapdProcess(process, dir, new RandomAccessFile(logFile.toFile(), "r"),
                new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
        p.sample();
        return p;
    }

    private static int freePort() throws IOException {
        try (DatagramChannel probe = DatagramChannel.open(StandardProtocolFamily.INET)) {
            probe.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            return ((InetSocketAddress) probe.getLocalAddress()).getPort();
        }
    }

    @Override
    public String name() {
        return NotificationReceivers.SNMPTRAPD;
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
        byte[] chunk = new byte[1 << 16];
        int n;
        while ((n = log.read(chunk)) > 0) {
            for (int i = 0; i < n; i++) {
                byte b = chunk[i];
                if (b == '\n') {
                    lineOffset = 0;
                    continue;
                }
                if (lineOffset >= 0 && lineOffset < MARK.length) {
                    if (b != MARK[lineOffset]) {
                        lineOffset = -1;
                        continue;
                    }
                    if (++lineOffset == MARK.length) {
                        delivered++;
                    }
                }
            }
        }
        return new Sample(delivered, delivered, TaskCpu.of(process.pid()));
    }

    @Override
    public void close() {
        try {
            process.destroy();
            if (!process.waitFor(3, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(3, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            log.close();
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            // a temporary directory left behind
        }
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
