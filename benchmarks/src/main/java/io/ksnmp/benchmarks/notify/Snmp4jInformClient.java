package io.ksnmp.benchmarks.notify;

import io.ksnmp.benchmarks.engine.ClosedLoop;
import io.ksnmp.smi.VarBind;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.snmp4j.CommunityTarget;
import org.snmp4j.PDU;
import org.snmp4j.Snmp;
import org.snmp4j.event.ResponseEvent;
import org.snmp4j.event.ResponseListener;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/**
 * SNMP4J 3.9.6 sending informs as it sends GETs in the GET scenario ({@code Snmp4jClient}): one
 * {@link Snmp} over a {@link DefaultUdpTransportMapping} (receive buffer 4 MiB), a v2c
 * {@link CommunityTarget} (timeout {@link InformClient#TIMEOUT}, 0 retries), a new INFORM
 * {@link PDU} per request with the {@link TrapContent} bindings, {@code Snmp.send(pdu, target,
 * null, listener)}, and a listener that calls {@code Snmp.cancel} on each acknowledgement and
 * issues the chain's next inform on SNMP4J's listen thread. {@code tuned}:
 * {@code setAsyncMsgProcessingSupported(false)}.
 */
public final class Snmp4jInformClient implements InformClient {
    private final Snmp snmp;
    private final CommunityTarget<UdpAddress> target;
    private final List<VariableBinding> bindings = bindings();

    /**
     * @param receiver where informs go
     * @param tuned whether to turn asynchronous message processing off
     * @throws IOException if the transport cannot be opened
     */
    public Snmp4jInformClient(InetSocketAddress receiver, boolean tuned) throws IOException {
        DefaultUdpTransportMapping transport = new DefaultUdpTransportMapping();
        transport.setReceiveBufferSize(ReceiverSetup.DEFAULT_RECEIVE_BUFFER);
        if (tuned) {
            transport.setAsyncMsgProcessingSupported(false);
        }
        snmp = new Snmp(transport);
        target = new CommunityTarget<>(new UdpAddress(receiver.getAddress(), receiver.getPort()),
                new OctetString(TrapContent.COMMUNITY));
        target.setVersion(SnmpConstants.version2c);
        target.setTimeout(TIMEOUT.toMillis());
        target.setRetries(0);
        snmp.listen();
    }

    /** @return {@link TrapContent#varBinds()} as SNMP4J bindings */
    static List<VariableBinding> bindings() {
        List<VariableBinding> out = new ArrayList<>();
        for (VarBind vb : TrapContent.varBinds()) {
            Variable value;
            if (vb.value() instanceof io.ksnmp.smi.TimeTicks t) {
                value = new TimeTicks(t.value());
            } else if (vb.value() instanceof io.ksnmp.smi.ObjectIdentifier o) {
                value = new OID(o.oid().toString());
            } else if (vb.value() instanceof io.ksnmp.smi.Integer32 i) {
                value = new Integer32(i.value());
            } else if (vb.value() instanceof io.ksnmp.smi.OctetString s) {
                value = new OctetString(s.toByteArray());
            } else {
                throw new IllegalStateException("no SNMP4J form for " + vb);
            }
            out.add(new VariableBinding(new OID(vb.oid().toString()), value));
        }
        return out;
    }

    private PDU newInform() {
        PDU pdu = new PDU();
        pdu.setType(PDU.INFORM);
        for (VariableBinding vb : bindings) {
            pdu.add(vb);
        }
        return pdu;
    }

    @Override
    public void startClosedLoop(int inFlight, ClosedLoop loop) throws IOException {
        for (int i = 0; i < inFlight; i++) {
            loop.chainStarted();
            new Chain(loop).issue();
        }
    }

    /** One outstanding inform at a time; it is its own response listener. */
    private final class Chain implements ResponseListener {
        private final ClosedLoop loop;
        private long started;

        Chain(ClosedLoop loop) {
            this.loop = loop;
        }

        void issue() throws IOException {
            PDU pdu = newInform();
            started = System.nanoTime();
            snmp.send(pdu, target, null, this);
        }

        @Override
        public <A extends Address> void onResponse(ResponseEvent<A> event) {
            long now = System.nanoTime();
            snmp.cancel(event.getRequest(), this);
            PDU response = event.getResponse();
            if (response == null || response.getErrorStatus() != PDU.noError) {
                if (response == null && event.getError() == null) {
                    loop.timedOut(new IllegalStateException("no acknowledgement within " + TIMEOUT));
                } else {
                    loop.failed(response == null ? event.getError() : new IllegalStateException("error response " + response));
                }
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
    public void close() throws IOException {
        snmp.close();
    }
}
