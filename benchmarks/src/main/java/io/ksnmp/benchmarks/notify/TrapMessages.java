package io.ksnmp.benchmarks.notify;

import io.ksnmp.ber.BerWriter;
import io.ksnmp.message.MessageCodec;
import io.ksnmp.message.ScopedPdu;
import io.ksnmp.message.SnmpVersion;
import io.ksnmp.pdu.Pdu;
import io.ksnmp.smi.VarBindList;
import io.ksnmp.usm.JceUsmCrypto;
import io.ksnmp.usm.KeyCache;
import io.ksnmp.usm.LocalizedKeys;
import io.ksnmp.usm.OutgoingParameters;
import io.ksnmp.usm.SecurityLevel;
import io.ksnmp.usm.Usm;
import java.nio.ByteBuffer;

/**
 * One sender run's traps, encoded before the clock starts: message {@code i} is an
 * SNMPv2-Trap with request-id {@code firstRequestId + i} and the {@link TrapContent} bindings,
 * each in its own fixed-size slot of one direct buffer, so a sender hands the kernel addresses
 * and lengths only.
 *
 * <p>SNMPv2c: community {@link TrapContent#COMMUNITY}, encoded by {@link MessageCodec}. SNMPv3:
 * authPriv as {@link V3Fixture}'s user, secured by ksnmp's {@link Usm} with the sender as the
 * authoritative engine (its engine ID, boots {@link V3Fixture#SENDER_BOOTS} and the engine time
 * given), msgID equal to the request-id; each message is encrypted with its own salt.
 */
final class TrapMessages {
    private static final int SLACK = 32;
    private static final int MAX_SIZE = 65_507;

    private final ByteBuffer buffer;
    private final int stride;
    private final int[] lengths;
    private final int firstRequestId;

    private TrapMessages(ByteBuffer buffer, int stride, int[] lengths, int firstRequestId) {
        this.buffer = buffer;
        this.stride = stride;
        this.lengths = lengths;
        this.firstRequestId = firstRequestId;
    }

    /**
     * @param firstRequestId the first request-id, at least {@link TrapContent#FIRST_REQUEST_ID}
     * @param count how many traps
     * @param v3 SNMPv3 authPriv instead of SNMPv2c
     * @param engineTime the sender's snmpEngineTime (v3 only), in seconds
     * @return the encoded traps
     */
    static TrapMessages encode(int firstRequestId, int count, boolean v3, int engineTime) {
        if (firstRequestId < TrapContent.FIRST_REQUEST_ID || (long) firstRequestId + count > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("request-ids run from " + TrapContent.FIRST_REQUEST_ID + " to 2^31 - 1");
        }
        Encoder encoder = v3 ? new V3Encoder(engineTime) : new V2cEncoder();
        BerWriter w = new BerWriter(512);
        int first = encoder.encode(w, firstRequestId);
        int stride = (first + SLACK + 7) & ~7;
        if ((long) stride * count > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(count + " traps of " + first + " bytes do not fit one buffer; send fewer");
        }
        ByteBuffer buffer = ByteBuffer.allocateDirect(stride * count);
        int[] lengths = new int[count];
        for (int i = 0; i < count; i++) {
            int length = i == 0 ? first : encoder.encode(w, firstRequestId + i);
            if (length > stride) {
                throw new IllegalStateException("trap " + i + " is " + length + " bytes, its slot " + stride);
            }
            buffer.put(i * stride, w.array(), w.offset(), length);
            lengths[i] = length;
        }
        return new TrapMessages(buffer, stride, lengths, firstRequestId);
    }

    /** @return the direct buffer holding every message */
    ByteBuffer buffer() {
        return buffer;
    }

    /** @return how many messages */
    int count() {
        return lengths.length;
    }

    /** @return where message {@code i} starts in {@link #buffer()} */
    int offset(int i) {
        return i * stride;
    }

    /** @return message {@code i}'s length in bytes */
    int length(int i) {
        return lengths[i];
    }

    /** @return message 0's request-id */
    int firstRequestId() {
        return firstRequestId;
    }

    /** Encodes one trap into the writer; returns its length. */
    private interface Encoder {
        int encode(BerWriter w, int requestId);
    }

    private static final class V2cEncoder implements Encoder {
        private final byte[] community = TrapContent.community();
        private final VarBindList varBinds = TrapContent.varBinds();

        @Override
        public int encode(BerWriter w, int requestId) {
            w.reset();
            MessageCodec.writeCommunity(w, SnmpVersion.V2C, community, Pdu.trapV2(requestId, varBinds));
            return w.size();
        }
    }

    private static final class V3Encoder implements Encoder {
        private final Usm usm = new Usm(JceUsmCrypto.create());
        private final byte[] engineId = V3Fixture.senderEngineId();
        private final byte[] userName = V3Fixture.userName();
        private final LocalizedKeys keys = new KeyCache(JceUsmCrypto.create(), 1, 1).localizedKeys(V3Fixture.ksnmpUser(), engineId);
        private final VarBindList varBinds = TrapContent.varBinds();
        private final int engineTime;

        V3Encoder(int engineTime) {
            this.engineTime = engineTime;
        }

        @Override
        public int encode(BerWriter w, int requestId) {
            OutgoingParameters p = new OutgoingParameters(requestId, MAX_SIZE, false, SecurityLevel.AUTH_PRIV, userName, keys,
                    engineId, V3Fixture.SENDER_BOOTS, engineTime);
            return usm.secure(w, p, ScopedPdu.of(engineId, new byte[0], Pdu.trapV2(requestId, varBinds)));
        }
    }
}
