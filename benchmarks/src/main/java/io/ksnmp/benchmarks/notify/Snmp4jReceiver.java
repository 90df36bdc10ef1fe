package io.ksnmp.benchmarks.notify;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.snmp4j.CommandResponder;
import org.snmp4j.CommandResponderEvent;
import org.snmp4j.MessageException;
import org.snmp4j.PDU;
import org.snmp4j.Snmp;
import org.snmp4j.mp.MPv3;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.mp.StatusInformation;
import org.snmp4j.security.AuthHMAC192SHA256;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.SecurityModels;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.USM;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/**
 * SNMP4J 3.9.6 as a trap receiver: a {@link CommandResponder} on a {@link Snmp} over a
 * {@link DefaultUdpTransportMapping} bound to 127.0.0.1, receive buffer as the setup asks. The
 * responder delivers SNMPv2-Trap and InformRequest PDUs (v1/v2c only for the setup's community,
 * compared with the event's security name as SNMP4J applications do) and acknowledges informs as
 * SNMP4J's own notification dispatcher does ({@code Snmp.addNotificationListener}): a clone of
 * the PDU typed Response, error-status and index 0, returned through
 * {@code MessageDispatcher.returnResponsePdu}. Everything runs on the transport's listen thread
 * (SNMP4J's default, single-threaded message dispatcher).
 *
 * <p>{@code tuned}: {@code transport.setAsyncMsgProcessingSupported(false)}, so the listen thread
 * reuses its receive buffer instead of copying every datagram (as {@code Snmp4jClient}).
 *
 * <p>SNMPv3: SHA-256 and AES-128 added to SNMP4J's {@link SecurityProtocols}, a {@link USM}
 * with a local engine ID in {@link SecurityModels}, and {@link V3Fixture}'s user added for the
 * sender's engine ID ({@code USM.addUser(user, engineId)}, which localizes its keys once).
 */
public final class Snmp4jReceiver implements NotificationReceiver {
    private final boolean tuned;
    private Snmp snmp;

    /** @param tuned whether to turn asynchronous message processing off */
    public Snmp4jReceiver(boolean tuned) {
        this.tuned = tuned;
    }

    @Override
    public InetSocketAddress start(ReceiverSetup setup, int port, NotificationSink sink) throws IOException {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        DefaultUdpTransportMapping transport = new DefaultUdpTransportMapping(new UdpAddress(loopback, port));
        transport.setReceiveBufferSize(setup.receiveBuffer());
        if (tuned) {
            transport.setAsyncMsgProcessingSupported(false);
        }
        snmp = new Snmp(transport);
        if (setup.v3()) {
            SecurityProtocols protocols = SecurityProtocols.getInstance();
            protocols.addAuthenticationProtocol(new AuthHMAC192SHA256());
            protocols.addPrivacyProtocol(new PrivAES128());
            USM usm = new USM(protocols, new OctetString(MPv3.createLocalEngineID()), 0);
            SecurityModels.getInstance().addSecurityModel(usm);
            usm.addUser(V3Fixture.snmp4jUser(), new OctetString(V3Fixture.senderEngineId()));
        }
        snmp.addCommandResponder(new Responder(setup.community().getBytes(StandardCharsets.US_ASCII), sink));
        snmp.listen();
        return new InetSocketAddress(loopback, transport.getListenAddress().getPort());
    }

    /** Delivers notifications and acknowledges informs. */
    private final class Responder implements CommandResponder {
        private final byte[] community;
        private final NotificationSink sink;

        Responder(byte[] community, NotificationSink sink) {
            this.community = community;
            this.sink = sink;
        }

        @Override
        public <A extends Address> void processPdu(CommandResponderEvent<A> event) {
            PDU pdu = event.getPDU();
            if (pdu == null || (pdu.getType() != PDU.TRAP && pdu.getType() != PDU.INFORM)) {
                return;
            }
            if (event.getMessageProcessingModel() != org.snmp4j.mp.MessageProcessingModel.MPv3
                    && !Arrays.equals(event.getSecurityName(), community)) {
                return;
            }
            event.setProcessed(true);
            if (pdu.getType() == PDU.INFORM) {
                PDU response = (PDU) pdu.clone();
                response.setType(PDU.RESPONSE);
                response.setErrorStatus(SnmpConstants.SNMP_ERROR_SUCCESS);
                response.setErrorIndex(0);
                try {
                    snmp.getMessageDispatcher().returnResponsePdu(event.getMessageProcessingModel(), event.getSecurityModel(),
                            event.getSecurityName(), event.getSecurityLevel(), response, event.getMaxSizeResponsePDU(),
                            event.getStateReference(), new StatusInformation());
                } catch (MessageException e) {
                    return;
                }
            }
            sink.delivered(pdu.getRequestID().getValue());
        }
    }

    @Override
    public void close() throws IOException {
        if (snmp != null) {
            snmp.close();
        }
    }
}
