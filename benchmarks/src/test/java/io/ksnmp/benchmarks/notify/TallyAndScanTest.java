package io.ksnmp.benchmarks.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ksnmp.ber.BerWriter;
import io.ksnmp.message.CommunityMessage;
import io.ksnmp.message.MessageCodec;
import io.ksnmp.message.SnmpVersion;
import io.ksnmp.message.V3Message;
import io.ksnmp.pdu.Pdu;
import io.ksnmp.pdu.PduType;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** The pieces under the scenarios' counts: distinct request-ids, the bare scan, the pre-encoded traps. */
class TallyAndScanTest {

    @Test
    void tallyCountsDistinctIdsGrowingEitherWay() {
        Tally t = new Tally();
        for (int id = 1_234_567_890; id > 1_234_567_890 - 100_000; id--) {
            t.delivered(id);
        }
        for (int id = 1_234_567_890 - 49_999; id <= 1_234_567_890 + 100_000; id++) {
            t.delivered(id);
        }
        assertEquals(200_000, t.distinct());
        assertEquals(250_000, t.total());
        t.delivered(-5);
        assertEquals(1, t.outside(), "an id beyond the span told apart");
        t.delivered(2_000_000_000);
        assertEquals(2, t.outside(), "a random id far from the sequence does not grow the span");
        assertEquals(200_000, t.distinct());
    }

    @Test
    void theScanFindsTheRequestIdAndTurnsAnInformIntoItsResponse() {
        BerWriter w = new BerWriter();
        MessageCodec.writeCommunity(w, SnmpVersion.V2C, TrapContent.community(),
                Pdu.inform(TrapContent.FIRST_REQUEST_ID + 7, TrapContent.varBinds()));
        byte[] inform = w.toByteArray();
        WireScan scan = new WireScan();
        assertTrue(scan.community(inform, inform.length, TrapContent.community()));
        assertEquals(WireScan.INFORM, scan.pduTag());
        assertEquals(TrapContent.FIRST_REQUEST_ID + 7, scan.id());
        inform[scan.pduIndex()] = (byte) WireScan.RESPONSE;
        Pdu response = (Pdu) ((CommunityMessage) MessageCodec.decode(inform, 0, inform.length)).pdu();
        assertEquals(PduType.RESPONSE, response.type());
        assertEquals(TrapContent.FIRST_REQUEST_ID + 7, response.requestId());
        assertEquals(TrapContent.varBinds(), response.varBinds());
        assertFalse(scan.community(inform, inform.length, "private".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertFalse(scan.community(inform, 20, TrapContent.community()), "a truncated datagram");
    }

    @Test
    void preEncodedTrapsCarryConsecutiveRequestIdsInBothVersions() {
        TrapMessages v2c = TrapMessages.encode(TrapContent.FIRST_REQUEST_ID + 100, 50, false, 0);
        WireScan scan = new WireScan();
        for (int i = 0; i < v2c.count(); i++) {
            byte[] m = bytes(v2c, i);
            Pdu pdu = (Pdu) ((CommunityMessage) MessageCodec.decode(m, 0, m.length)).pdu();
            assertEquals(PduType.TRAP_V2, pdu.type());
            assertEquals(TrapContent.FIRST_REQUEST_ID + 100 + i, pdu.requestId());
            assertEquals(TrapContent.varBinds(), pdu.varBinds());
            assertEquals(v2c.length(0), m.length, "every message has the same length");
        }
        TrapMessages v3 = TrapMessages.encode(TrapContent.FIRST_REQUEST_ID, 20, true, 1234);
        for (int i = 0; i < v3.count(); i++) {
            byte[] m = bytes(v3, i);
            V3Message message = (V3Message) MessageCodec.decode(m, 0, m.length);
            assertTrue(message.isEncrypted());
            assertEquals(TrapContent.FIRST_REQUEST_ID + i, message.msgId());
            assertTrue(scan.v3(m, m.length));
            assertEquals(TrapContent.FIRST_REQUEST_ID + i, scan.id());
        }
    }

    private static byte[] bytes(TrapMessages messages, int i) {
        byte[] out = new byte[messages.length(i)];
        ByteBuffer view = messages.buffer().duplicate();
        view.position(messages.offset(i));
        view.get(out);
        return out;
    }
}
