package io.ksnmp.benchmarks.notify;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;

/**
 * The floor: the least a JVM receiver can do. One thread, one blocking {@link DatagramChannel},
 * one reused buffer; each datagram is scanned ({@link WireScan}), not decoded. An SNMPv2c
 * SNMPv2-Trap or InformRequest for the community is delivered; an inform is acknowledged by
 * turning its PDU tag into Response's in place and sending the datagram back (same request-id,
 * error-status and error-index 0 as the inform's, same bindings: RFC 3416 §4.2.7). With
 * {@code setup.v3()}, an SNMPv3 message is delivered by its msgID without any USM processing: the
 * transport's share of a v3 receiver's cost, not a v3 receiver.
 */
public final class NioReceiver implements NotificationReceiver {
    private DatagramChannel channel;
    private Thread thread;

    @Override
    public InetSocketAddress start(ReceiverSetup setup, int port, NotificationSink sink) throws IOException {
        channel = DatagramChannel.open(StandardProtocolFamily.INET);
        channel.setOption(StandardSocketOptions.SO_RCVBUF, setup.receiveBuffer());
        channel.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
        byte[] community = setup.community().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        boolean v3 = setup.v3();
        thread = new Thread(() -> run(community, v3, sink), "nio-receiver");
        thread.start();
        return (InetSocketAddress) channel.getLocalAddress();
    }

    private void run(byte[] community, boolean v3, NotificationSink sink) {
        byte[] bytes = new byte[65_535];
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        WireScan scan = new WireScan();
        try {
            while (true) {
                buffer.clear();
                SocketAddress source = channel.receive(buffer);
                int length = buffer.position();
                if (scan.community(bytes, length, community)) {
                    if (scan.pduTag() == WireScan.TRAP_V2) {
                        sink.delivered(scan.id());
                    } else if (scan.pduTag() == WireScan.INFORM) {
                        bytes[scan.pduIndex()] = (byte) WireScan.RESPONSE;
                        buffer.flip();
                        channel.send(buffer, source);
                        sink.delivered(scan.id());
                    }
                } else if (v3 && scan.v3(bytes, length)) {
                    sink.delivered(scan.id());
                }
            }
        } catch (ClosedChannelException e) {
            // closed: done
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
