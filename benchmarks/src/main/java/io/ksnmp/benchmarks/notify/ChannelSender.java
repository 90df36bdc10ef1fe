package io.ksnmp.benchmarks.notify;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;

/**
 * The portable sender: a connected, blocking {@link DatagramChannel} and one {@code write} (one
 * {@code send} system call) per datagram, from a view of the direct buffer (no copy, no
 * allocation).
 */
final class ChannelSender implements BatchSender {
    private static final int BATCH = 64;

    private final DatagramChannel channel;
    private final TrapMessages messages;
    private final ByteBuffer view;

    ChannelSender(TrapMessages messages, InetSocketAddress receiver) throws IOException {
        this.messages = messages;
        this.view = messages.buffer().duplicate();
        this.channel = DatagramChannel.open(StandardProtocolFamily.INET);
        channel.connect(receiver);
    }

    @Override
    public int maxBatch() {
        return BATCH;
    }

    @Override
    public int send(int first, int count) throws IOException {
        for (int i = first; i < first + count; i++) {
            int offset = messages.offset(i);
            view.limit(offset + messages.length(i)).position(offset);
            channel.write(view);
        }
        return count;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
