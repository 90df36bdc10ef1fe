package io.ksnmp.benchmarks.engine;

import io.ksnmp.ber.BerDecodingException;
import io.ksnmp.ber.BerReader;
import io.ksnmp.ber.BerTag;
import io.ksnmp.ber.BerWriter;
import io.ksnmp.message.CommunityMessage;
import io.ksnmp.message.MessageCodec;
import io.ksnmp.message.SnmpMessage;
import io.ksnmp.message.SnmpVersion;
import io.ksnmp.pdu.Pdu;
import io.ksnmp.pdu.PduType;
import io.ksnmp.smi.Oid;
import io.ksnmp.smi.SmiCodec;
import io.ksnmp.smi.VarBindList;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;

/**
 * The agent of the walk scenario: a separate JVM, one thread, one blocking UDP socket on
 * 127.0.0.1 serving a {@link TableMib} to SNMPv2c GetRequest, GetNextRequest and
 * GetBulkRequest for community {@code public}. Requests are decoded with ksnmp's codec; answers
 * are written from the table's precomputed binding encodings into one reused {@link BerWriter},
 * so answering costs a binary search per name and array copies. Get-bulk answers stop at whole
 * repetitions before {@link #MAX_RESPONSE_OCTETS}, or after the repetition in which every name
 * reached endOfMibView. Anything else is dropped.
 *
 * <p>Prints {@code PORT <n>} once bound and exits when its standard input ends, as
 * {@link Responder} does.
 *
 * <pre>
 * java -cp benchmarks.jar io.ksnmp.benchmarks.engine.TableResponder [--rows 10000] [--port N] [--receive-buffer BYTES]
 * </pre>
 */
public final class TableResponder {
    /** The largest answer: under a UDP datagram's 65,507 octets with room for the headers. */
    public static final int MAX_RESPONSE_OCTETS = 65_000;

    private static final int END_OF_MIB_VIEW = -1;
    private static final int NO_SUCH_INSTANCE = -2;

    private final TableMib mib;
    private final DatagramChannel channel;
    private final byte[] receive = new byte[65_535];
    private final ByteBuffer receiveBuffer = ByteBuffer.wrap(receive);
    private final BerReader reader = new BerReader(receive, 0, 0);
    private final BerWriter writer = new BerWriter(MAX_RESPONSE_OCTETS + 1_024);
    /** The answer's bindings: an index into the table, or one of the exception codes with {@link #exceptionNames}. */
    private int[] answer = new int[1_024];
    private Oid[] exceptionNames = new Oid[1_024];
    private int count;

    TableResponder(TableMib mib, DatagramChannel channel) {
        this.mib = mib;
        this.channel = channel;
    }

    /**
     * @param args {@code --rows N} (default 10,000), {@code --port N} (default: any free port),
     *     {@code --receive-buffer BYTES} (default 4 MiB)
     * @throws IOException if the socket cannot be opened
     */
    public static void main(String[] args) throws IOException {
        int rows = TableMib.DEFAULT_ROWS;
        int port = 0;
        int receiveBuffer = Responder.DEFAULT_RECEIVE_BUFFER;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rows" -> rows = Integer.parseInt(args[++i]);
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--receive-buffer" -> receiveBuffer = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        TableMib mib = TableMib.of(rows);
        DatagramChannel channel = DatagramChannel.open(StandardProtocolFamily.INET);
        channel.setOption(StandardSocketOptions.SO_RCVBUF, receiveBuffer);
        channel.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
        Responder.exitAtEndOfInput(System.in);
        TableResponder responder = new TableResponder(mib, channel);
        System.out.println("PORT " + ((InetSocketAddress) channel.getLocalAddress()).getPort());
        System.out.flush();
        responder.run();
    }

    private void run() throws IOException {
        while (true) {
            receiveBuffer.clear();
            SocketAddress source = channel.receive(receiveBuffer);
            if (source != null && answer(receiveBuffer.position())) {
                channel.send(ByteBuffer.wrap(writer.array(), writer.offset(), writer.size()), source);
            }
        }
    }

    /** Encodes the answer to {@code receive[0, length)} into {@link #writer}; false to drop the datagram. */
    boolean answer(int length) {
        SnmpMessage message;
        try {
            message = MessageCodec.decode(reader.reset(receive, 0, length));
        } catch (BerDecodingException e) {
            return false;
        }
        if (!(message instanceof CommunityMessage request) || request.version() != SnmpVersion.V2C
                || !request.hasCommunity(Responder.COMMUNITY) || !(request.pdu() instanceof Pdu pdu)) {
            return false;
        }
        count = 0;
        VarBindList names = pdu.varBinds();
        switch (pdu.type()) {
            case GET -> {
                for (int i = 0; i < names.size(); i++) {
                    int found = mib.indexOf(names.oid(i));
                    add(found >= 0 ? found : NO_SUCH_INSTANCE, names.oid(i));
                }
            }
            case GET_NEXT -> {
                for (int i = 0; i < names.size(); i++) {
                    addNext(mib.indexAfter(names.oid(i)), names.oid(i));
                }
            }
            case GET_BULK -> bulk(names, pdu.nonRepeaters(), pdu.maxRepetitions());
            default -> {
                return false;
            }
        }
        encode(pdu.requestId());
        return true;
    }

    private void bulk(VarBindList names, int nonRepeaters, int maxRepetitions) {
        int n = Math.min(Math.max(nonRepeaters, 0), names.size());
        int size = 0;
        for (int i = 0; i < n; i++) {
            addNext(mib.indexAfter(names.oid(i)), names.oid(i));
            size += lengthOf(count - 1);
        }
        int repeaters = names.size() - n;
        if (repeaters == 0) {
            return;
        }
        // Each repeater's next position in the table (size() once it has run off the end) and its last name.
        int[] next = new int[repeaters];
        Oid[] last = new Oid[repeaters];
        for (int r = 0; r < repeaters; r++) {
            last[r] = names.oid(n + r);
            next[r] = mib.indexAfter(last[r]);
        }
        for (int rep = 0; rep < maxRepetitions; rep++) {
            int rowStart = count;
            int rowSize = 0;
            boolean allEnded = true;
            for (int r = 0; r < repeaters; r++) {
                if (next[r] < mib.size()) {
                    allEnded = false;
                    add(next[r], null);
                    last[r] = mib.name(next[r]);
                    next[r]++;
                } else {
                    add(END_OF_MIB_VIEW, last[r]);
                }
                rowSize += lengthOf(count - 1);
            }
            if (size + rowSize > MAX_RESPONSE_OCTETS) {
                count = rowStart; // the repetition would not fit: leave it out, whole
                return;
            }
            size += rowSize;
            if (allEnded) {
                return;
            }
        }
    }

    private void addNext(int index, Oid asked) {
        add(index < mib.size() ? index : END_OF_MIB_VIEW, asked);
    }

    private void add(int binding, Oid name) {
        if (count == answer.length) {
            answer = java.util.Arrays.copyOf(answer, count * 2);
            exceptionNames = java.util.Arrays.copyOf(exceptionNames, count * 2);
        }
        answer[count] = binding;
        exceptionNames[count] = binding < 0 ? name : null;
        count++;
    }

    /** @return about how many octets binding {@code k} of the answer takes (exact for the table's own bindings) */
    private int lengthOf(int k) {
        return answer[k] >= 0 ? mib.encodedLength(answer[k]) : exceptionNames[k].size() * 5 + 6;
    }

    /** Writes the Response message: the bindings last to first, then the PDU's and message's headers. */
    private void encode(int requestId) {
        writer.reset();
        int message = writer.mark();
        int list = writer.mark();
        for (int k = count - 1; k >= 0; k--) {
            int binding = answer[k];
            if (binding >= 0) {
                mib.writeEncoded(writer, binding);
            } else {
                int mark = writer.mark();
                writer.writeNull(binding == END_OF_MIB_VIEW ? BerTag.END_OF_MIB_VIEW : BerTag.NO_SUCH_INSTANCE);
                SmiCodec.writeOid(writer, exceptionNames[k]);
                writer.closeConstructed(BerTag.SEQUENCE, mark);
            }
        }
        writer.closeConstructed(BerTag.SEQUENCE, list);
        writer.writeInt32(BerTag.INTEGER, 0); // error-index
        writer.writeInt32(BerTag.INTEGER, 0); // error-status
        writer.writeInt32(BerTag.INTEGER, requestId);
        writer.closeConstructed(PduType.RESPONSE.tag(), message);
        writer.writeOctets(BerTag.OCTET_STRING, Responder.COMMUNITY);
        writer.writeInt32(BerTag.INTEGER, SnmpVersion.V2C.code());
        writer.closeConstructed(BerTag.SEQUENCE, message);
    }

    /** @return the answer encoded by the last {@link #answer(int)}, for tests */
    byte[] encoded() {
        return writer.toByteArray();
    }

    /** @return the receive array, for tests to put a request in */
    byte[] receiveArray() {
        return receive;
    }
}
