package io.ksnmp.benchmarks.engine;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.snmp4j.CommunityTarget;
import org.snmp4j.PDU;
import org.snmp4j.ScopedPDU;
import org.snmp4j.Snmp;
import org.snmp4j.Target;
import org.snmp4j.UserTarget;
import org.snmp4j.event.ResponseEvent;
import org.snmp4j.event.ResponseListener;
import org.snmp4j.mp.MPv3;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.security.AuthHMAC192SHA256;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.security.SecurityModels;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.USM;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/**
 * SNMP4J 3.9.6 as its documentation shows asynchronous GETs: one {@link Snmp} over a
 * {@link DefaultUdpTransportMapping} (wildcard address, ephemeral port, receive buffer
 * {@link GetClient#RECEIVE_BUFFER}), a
 * {@link CommunityTarget} (v2c, timeout {@link GetClient#THROUGHPUT_TIMEOUT}, 0 retries), a new
 * {@link PDU} per request, {@link Snmp#send(PDU, org.snmp4j.Target, Object, ResponseListener)},
 * and a listener that calls {@link Snmp#cancel(PDU, ResponseListener)} on each response, as
 * SNMP4J requires of asynchronous callers (its table of asynchronous requests keeps every
 * request until then). The listener runs on the transport's listen thread and issues the next
 * GET there.
 *
 * <p>{@code tuned}: {@code transport.setAsyncMsgProcessingSupported(false)} (declared on
 * {@code AbstractTransportMapping}), so the listen thread reuses one receive buffer instead of
 * allocating a new one of the maximum inbound message size (65,535 octets) for every datagram;
 * safe here because the default message dispatcher processes each message on the listen thread.
 */
public final class Snmp4jClient implements GetClient {
    private static final OID OID = new OID(NAME);

    private final Snmp snmp;
    private final UdpAddress agent;
    private final boolean v3;
    private final Target<UdpAddress> target;

    /**
     * @param agent where the responder listens
     * @param tuned whether to turn asynchronous message processing off
     * @throws IOException if the transport cannot be opened
     */
    public Snmp4jClient(InetSocketAddress agent, boolean tuned) throws IOException {
        this(agent, tuned, false);
    }

    /**
     * @param agent where the responder listens
     * @param tuned whether to turn asynchronous message processing off
     * @param v3 SNMPv3 authPriv as {@link io.ksnmp.benchmarks.notify.V3Fixture}'s user (SHA-256,
     *     AES-128) instead of v2c: SHA-256 and AES-128 added to SNMP4J's {@link SecurityProtocols},
     *     a {@link USM} with a local engine ID in {@link SecurityModels}, the user added by password
     *     (SNMP4J discovers the agent's engine ID on the first request and localizes the keys once),
     *     a {@link UserTarget} and {@link ScopedPDU}s
     * @throws IOException if the transport cannot be opened
     */
    public Snmp4jClient(InetSocketAddress agent, boolean tuned, boolean v3) throws IOException {
        DefaultUdpTransportMapping transport = new DefaultUdpTransportMapping();
        transport.setReceiveBufferSize(RECEIVE_BUFFER);
        if (tuned) {
            transport.setAsyncMsgProcessingSupported(false);
        }
        this.snmp = new Snmp(transport);
        this.v3 = v3;
        if (v3) {
            SecurityProtocols protocols = SecurityProtocols.getInstance();
            protocols.addAuthenticationProtocol(new AuthHMAC192SHA256());
            protocols.addPrivacyProtocol(new PrivAES128());
            USM usm = new USM(protocols, new OctetString(MPv3.createLocalEngineID()), 0);
            SecurityModels.getInstance().addSecurityModel(usm);
            usm.addUser(io.ksnmp.benchmarks.notify.V3Fixture.snmp4jUser());
        }
        this.agent = new UdpAddress(agent.getAddress(), agent.getPort());
        this.target = target(THROUGHPUT_TIMEOUT);
        snmp.listen();
    }

    private Target<UdpAddress> target(Duration timeout) {
        Target<UdpAddress> t;
        if (v3) {
            t = new UserTarget<>(agent, new OctetString(io.ksnmp.benchmarks.notify.V3Fixture.USER), new byte[0],
                    SecurityLevel.AUTH_PRIV);
            t.setVersion(SnmpConstants.version3);
        } else {
            t = new CommunityTarget<>(agent, new OctetString(COMMUNITY));
            t.setVersion(SnmpConstants.version2c);
        }
        t.setTimeout(timeout.toMillis());
        t.setRetries(0);
        return t;
    }

    private PDU newGet() {
        PDU pdu = v3 ? new ScopedPDU() : new PDU();
        pdu.setType(PDU.GET);
        pdu.add(new VariableBinding(OID));
        return pdu;
    }

    @Override
    public void startClosedLoop(int inFlight, ClosedLoop loop) throws IOException {
        for (int i = 0; i < inFlight; i++) {
            loop.chainStarted();
            new Chain(loop).issue();
        }
    }

    /** One outstanding GET at a time; it is its own response listener. */
    private final class Chain implements ResponseListener {
        private final ClosedLoop loop;
        private long started;

        Chain(ClosedLoop loop) {
            this.loop = loop;
        }

        void issue() throws IOException {
            PDU pdu = newGet();
            started = System.nanoTime();
            snmp.send(pdu, target, null, this);
        }

        @Override
        public <A extends Address> void onResponse(ResponseEvent<A> event) {
            long now = System.nanoTime();
            snmp.cancel(event.getRequest(), this);
            PDU response = event.getResponse();
            if (response == null) {
                loop.failed(event.getError() != null ? event.getError() : new IllegalStateException("timeout"));
                loop.chainEnded();
                return;
            }
            if (response.getErrorStatus() != PDU.noError || response.size() != 1) {
                loop.failed(new IllegalStateException("unexpected response " + response));
                loop.chainEnded();
                return;
            }
            loop.completed(now - started);
            if (!loop.running()) {
                loop.chainEnded();
                return;
            }
            try {
                issue();
            } catch (IOException e) {
                loop.failed(e);
                loop.chainEnded();
            }
        }
    }

    @Override
    public void sendUnanswered(int count, Duration timeout) throws IOException {
        Target<UdpAddress> t = target(timeout);
        ResponseListener listener = new ResponseListener() {
            @Override
            public <A extends Address> void onResponse(ResponseEvent<A> event) {
                snmp.cancel(event.getRequest(), this);
            }
        };
        for (int i = 0; i < count; i++) {
            snmp.send(newGet(), t, null, listener);
        }
    }

    @Override
    public long outstanding() {
        return snmp.getPendingAsyncRequestCount();
    }

    @Override
    public long sent() {
        return -1;
    }

    @Override
    public void close() throws IOException {
        snmp.close();
    }
}
