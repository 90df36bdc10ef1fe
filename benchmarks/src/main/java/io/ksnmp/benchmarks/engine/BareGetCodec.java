package io.ksnmp.benchmarks.engine;

import io.ksnmp.ber.BerDecodingException;
import io.ksnmp.ber.BerReader;
import io.ksnmp.ber.BerWriter;
import io.ksnmp.message.CommunityMessage;
import io.ksnmp.message.MessageCodec;
import io.ksnmp.message.SnmpMessage;
import io.ksnmp.message.SnmpVersion;
import io.ksnmp.pdu.Pdu;
import io.ksnmp.pdu.PduType;
import io.ksnmp.smi.Oid;
import io.ksnmp.smi.VarBindList;
import java.nio.ByteBuffer;

/**
 * The SNMP work of the bare clients, the floor beside the libraries: each GET encoded whole by
 * ksnmp's codec into one reused writer, each answer decoded whole by one reused reader and
 * checked (a v2c Response with one binding). No request table, timer, retry or callback: what is
 * left of a client once the library is taken away. One thread only.
 *
 * <p>Request-ids name their chain: chain {@code c} of {@code n} sends {@code c}, {@code c + n}, … ,
 * so an answer's request-id modulo {@code n} is its chain.
 */
final class BareGetCodec {
    private static final Oid OID = Oid.parse(GetClient.NAME);
    private static final byte[] COMMUNITY = GetClient.COMMUNITY.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final VarBindList NAMES = VarBindList.ofNames(OID);

    private final BerWriter writer = new BerWriter(256);
    private final BerReader reader = new BerReader(new byte[0], 0, 0);
    private final byte[] receive = new byte[65_535];
    private final ByteBuffer receiveBuffer = ByteBuffer.wrap(receive);
    private final int chains;
    private final int[] sequence;

    /** @param chains how many chains share the request-id space */
    BareGetCodec(int chains) {
        this.chains = chains;
        this.sequence = new int[chains];
    }

    /**
     * @param chain which chain sends
     * @return the chain's next GET, encoded (valid until the next call)
     */
    ByteBuffer nextRequest(int chain) {
        int seq = sequence[chain];
        sequence[chain] = seq + 1 == Integer.MAX_VALUE / chains ? 0 : seq + 1;
        writer.reset();
        MessageCodec.encode(CommunityMessage.of(SnmpVersion.V2C, COMMUNITY, Pdu.get(chain + seq * chains, NAMES)), writer);
        return ByteBuffer.wrap(writer.array(), writer.offset(), writer.size());
    }

    /** @return the buffer to receive an answer into, cleared */
    ByteBuffer receiveBuffer() {
        return receiveBuffer.clear();
    }

    /**
     * Decodes the datagram just received into {@link #receiveBuffer()}.
     *
     * @return the chain it answers, or -1 if it is not a v2c Response with one binding
     */
    int answeredChain() {
        SnmpMessage message;
        try {
            message = MessageCodec.decode(reader.reset(receive, 0, receiveBuffer.position()));
        } catch (BerDecodingException e) {
            return -1;
        }
        if (!(message instanceof CommunityMessage answer) || !(answer.pdu() instanceof Pdu pdu)
                || pdu.type() != PduType.RESPONSE || pdu.varBinds().size() != 1 || pdu.requestId() < 0) {
            return -1;
        }
        return pdu.requestId() % chains;
    }
}
