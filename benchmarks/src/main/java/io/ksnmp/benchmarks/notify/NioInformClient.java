package io.ksnmp.benchmarks.notify;

import io.ksnmp.benchmarks.engine.ClosedLoop;
import io.ksnmp.ber.BerWriter;
import io.ksnmp.message.MessageCodec;
import io.ksnmp.message.SnmpVersion;
import io.ksnmp.pdu.Pdu;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;

/**
 * The fastest inform sender a JVM allows, used to load the receivers: one thread spinning on one
 * connected non-blocking {@link DatagramChannel} (it has a CPU of its own; a thread that slept
 * between acknowledgements would pay a wake-up per batch, which on this kind of VM is a halt and a
 * hypervisor round trip, so its CPU per inform is not a figure of merit). One inform is encoded by
 * {@link MessageCodec}; every send patches its request-id (four octets, see
 * {@link TrapContent#FIRST_REQUEST_ID}) into a copy, and every Response is scanned
 * ({@link WireScan}), not decoded. Chain {@code c} sends request-ids
 * {@code FIRST + c, FIRST + c + inFlight, …}, so a Response names its chain; one that matches
 * no outstanding inform is ignored. Every 100 ms, informs older than {@link #TIMEOUT} fail.
 */
public final class NioInformClient implements InformClient {
    private static final long SCAN_NANOS = 100_000_000L;

    private final DatagramChannel channel;
    private final byte[] message;
    private final int idOffset;
    private Thread thread;
    private volatile boolean closed;

    /**
     * @param receiver where informs go
     * @throws IOException if the socket cannot be opened
     */
    public NioInformClient(InetSocketAddress receiver) throws IOException {
        BerWriter w = new BerWriter(512);
        MessageCodec.writeCommunity(w, SnmpVersion.V2C, TrapContent.community(),
                Pdu.inform(TrapContent.FIRST_REQUEST_ID, TrapContent.varBinds()));
        message = w.toByteArray();
        WireScan scan = new WireScan();
        if (!scan.community(message, message.length, TrapContent.community())) {
            throw new IllegalStateException("the inform template does not scan");
        }
        idOffset = idOffset(message, scan.pduIndex());
        channel = DatagramChannel.open(StandardProtocolFamily.INET);
        channel.setOption(StandardSocketOptions.SO_RCVBUF, ReceiverSetup.DEFAULT_RECEIVE_BUFFER);
        channel.connect(receiver);
        channel.configureBlocking(false);
    }

    /** @return where the request-id's four content octets start: after the PDU header and the INTEGER's tag and length */
    private static int idOffset(byte[] m, int pduIndex) {
        int lengthOctet = m[pduIndex + 1] & 0xff;
        int headerEnd = pduIndex + 2 + (lengthOctet < 0x80 ? 0 : lengthOctet & 0x7f);
        if (m[headerEnd] != 0x02 || m[headerEnd + 1] != 4) {
            throw new IllegalStateException("the request-id is not four octets");
        }
        return headerEnd + 2;
    }

    @Override
    public void startClosedLoop(int inFlight, ClosedLoop loop) {
        for (int c = 0; c < inFlight; c++) {
            loop.chainStarted();
        }
        thread = new Thread(() -> run(inFlight, loop), "nio-inform-client");
        thread.start();
    }

    private void run(int inFlight, ClosedLoop loop) {
        int[] ids = new int[inFlight];
        long[] sentAt = new long[inFlight];
        int live = inFlight;
        ByteBuffer out = ByteBuffer.wrap(message.clone());
        byte[] in = new byte[65_535];
        ByteBuffer inBuffer = ByteBuffer.wrap(in);
        WireScan scan = new WireScan();
        try {
            for (int c = 0; c < inFlight; c++) {
                ids[c] = TrapContent.FIRST_REQUEST_ID + c;
                sentAt[c] = send(out, ids[c]);
            }
            long nextScan = System.nanoTime() + SCAN_NANOS;
            while (live > 0 && !closed) {
                int n = channel.read(inBuffer.clear());
                long now = System.nanoTime();
                if (n > 0 && scan.community(in, n, TrapContent.community()) && scan.pduTag() == WireScan.RESPONSE) {
                    int c = Math.floorMod(scan.id() - TrapContent.FIRST_REQUEST_ID, inFlight);
                    if (ids[c] == scan.id()) {
                        loop.completed(now - sentAt[c]);
                        if (loop.running()) {
                            ids[c] += inFlight;
                            sentAt[c] = send(out, ids[c]);
                        } else {
                            ids[c] = -1;
                            live--;
                            loop.chainEnded();
                        }
                    }
                } else if (n == 0) {
                    Thread.onSpinWait();
                }
                if (now - nextScan >= 0) {
                    nextScan = now + SCAN_NANOS;
                    live -= expire(ids, sentAt, now, loop);
                }
            }
            endAll(ids, loop);
        } catch (ClosedChannelException e) {
            endAll(ids, loop);
        } catch (IOException e) {
            loop.failed(e);
            endAll(ids, loop);
        }
    }

    /** Fails every inform outstanding longer than {@link #TIMEOUT}; returns how many chains that ended. */
    private static int expire(int[] ids, long[] sentAt, long now, ClosedLoop loop) {
        int ended = 0;
        for (int c = 0; c < ids.length; c++) {
            if (ids[c] != -1 && now - sentAt[c] > TIMEOUT.toNanos()) {
                loop.timedOut(new IllegalStateException("inform " + ids[c] + " unacknowledged after " + TIMEOUT));
                ids[c] = -1;
                ended++;
                loop.chainEnded();
            }
        }
        return ended;
    }

    private static void endAll(int[] ids, ClosedLoop loop) {
        for (int c = 0; c < ids.length; c++) {
            if (ids[c] != -1) {
                ids[c] = -1;
                loop.chainEnded();
            }
        }
    }

    /** Sends the inform with this request-id; returns when it went (spinning while the socket is full). */
    private long send(ByteBuffer out, int id) throws IOException {
        out.putInt(idOffset, id).clear();
        long now = System.nanoTime();
        while (channel.write(out) == 0) {
            Thread.onSpinWait();
        }
        return now;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        if (thread != null) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        channel.close();
    }
}
