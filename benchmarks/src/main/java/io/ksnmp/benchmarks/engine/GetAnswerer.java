package io.ksnmp.benchmarks.engine;

import io.ksnmp.ber.BerDecodingException;
import io.ksnmp.ber.BerReader;
import io.ksnmp.ber.BerWriter;
import io.ksnmp.message.CommunityMessage;
import io.ksnmp.message.MessageCodec;
import io.ksnmp.message.SnmpMessage;
import io.ksnmp.message.SnmpVersion;
import io.ksnmp.pdu.ErrorStatus;
import io.ksnmp.pdu.Pdu;
import io.ksnmp.pdu.PduType;
import java.nio.ByteBuffer;

/**
 * What {@link Responder} and {@link PollResponder} answer: an SNMPv2c GetRequest for community
 * {@link Responder#COMMUNITY} gets a Response with {@link Responder#VALUE} for each name;
 * anything else (other versions, communities or PDU types, malformed bytes) is dropped. One
 * receive buffer, one reused {@link BerReader} and {@link BerWriter}: one thread only.
 */
final class GetAnswerer {
    private final byte[] receive = new byte[65_535];
    private final ByteBuffer receiveBuffer = ByteBuffer.wrap(receive);
    private final BerReader reader = new BerReader(receive, 0, 0);
    private final BerWriter writer = new BerWriter(512);

    /** @return the receive buffer, cleared, to receive the next datagram into */
    ByteBuffer receiveBuffer() {
        return receiveBuffer.clear();
    }

    /** @return the encoded answer to the datagram just received, or null to drop it */
    ByteBuffer answer() {
        SnmpMessage message;
        try {
            message = MessageCodec.decode(reader.reset(receive, 0, receiveBuffer.position()));
        } catch (BerDecodingException e) {
            return null;
        }
        if (!(message instanceof CommunityMessage request) || request.version() != SnmpVersion.V2C
                || !request.hasCommunity(Responder.COMMUNITY) || !(request.pdu() instanceof Pdu pdu) || pdu.type() != PduType.GET) {
            return null;
        }
        writer.reset();
        MessageCodec.encode(CommunityMessage.of(SnmpVersion.V2C, Responder.COMMUNITY,
                Pdu.response(pdu.requestId(), ErrorStatus.NO_ERROR, 0, Responder.answers(pdu.varBinds()))), writer);
        return ByteBuffer.wrap(writer.array(), writer.offset(), writer.size());
    }
}
