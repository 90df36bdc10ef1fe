package io.ksnmp.benchmarks.engine;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.snmp4j.CommunityTarget;
import org.snmp4j.PDU;
import org.snmp4j.Snmp;
import org.snmp4j.event.ResponseEvent;
import org.snmp4j.event.ResponseListener;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/**
 * SNMP4J 3.9.6 polling with asynchronous requests and a bounded number in flight: one
 * {@link Snmp} over one {@link DefaultUdpTransportMapping} (receive buffer
 * {@link GetClient#RECEIVE_BUFFER}; {@code tuned} = {@code setAsyncMsgProcessingSupported(false)},
 * as in {@link Snmp4jClient}), one {@link CommunityTarget} per agent (v2c, per-try timeout and
 * retries from {@link PollClient.Timing}), and {@code concurrency} chains: each sends
 * {@link Snmp#send(PDU, org.snmp4j.Target, Object, ResponseListener)} to the next target not yet
 * polled and, in the listener (SNMP4J's listen or timer thread), cancels the request as SNMP4J
 * requires, records the outcome and sends to the next target.
 */
public final class Snmp4jPollClient implements PollClient {
    private static final OID[] OIDS = {new OID(NAMES[0]), new OID(NAMES[1])};

    private final Snmp snmp;
    private final List<CommunityTarget<UdpAddress>> targets = new ArrayList<>();

    /**
     * @param agents the agents, one port each
     * @param timing timeout and resend period
     * @param tuned whether to turn asynchronous message processing off
     * @throws IOException if the transport cannot be opened
     */
    public Snmp4jPollClient(List<InetSocketAddress> agents, Timing timing, boolean tuned) throws IOException {
        DefaultUdpTransportMapping transport = new DefaultUdpTransportMapping();
        transport.setReceiveBufferSize(GetClient.RECEIVE_BUFFER);
        if (tuned) {
            transport.setAsyncMsgProcessingSupported(false);
        }
        snmp = new Snmp(transport);
        for (InetSocketAddress agent : agents) {
            CommunityTarget<UdpAddress> t = new CommunityTarget<>(new UdpAddress(agent.getAddress(), agent.getPort()),
                    new OctetString(GetClient.COMMUNITY));
            t.setVersion(SnmpConstants.version2c);
            t.setTimeout(timing.refresh().toMillis());
            t.setRetries(timing.snmp4jRetries());
            targets.add(t);
        }
        snmp.listen();
    }

    @Override
    public void pollOnce(int concurrency, PollRecorder recorder) throws Exception {
        Poll poll = new Poll(recorder);
        for (int i = 0; i < Math.min(concurrency, targets.size()); i++) {
            poll.sendNext();
        }
        poll.done.await();
    }

    /** One poll: the next target to send to, and a count of targets still to finish. */
    private final class Poll implements ResponseListener {
        final CountDownLatch done = new CountDownLatch(targets.size());
        private final AtomicInteger next = new AtomicInteger();
        private final PollRecorder recorder;

        Poll(PollRecorder recorder) {
            this.recorder = recorder;
        }

        void sendNext() {
            int i = next.getAndIncrement();
            if (i >= targets.size()) {
                return;
            }
            PDU pdu = new PDU();
            pdu.setType(PDU.GET);
            for (OID oid : OIDS) {
                pdu.add(new VariableBinding(oid));
            }
            try {
                snmp.send(pdu, targets.get(i), null, this);
            } catch (IOException e) {
                recorder.failed(e);
                done.countDown();
                sendNext();
            }
        }

        @Override
        public <A extends Address> void onResponse(ResponseEvent<A> event) {
            snmp.cancel(event.getRequest(), this);
            PDU response = event.getResponse();
            if (response == null) {
                // No response and no error: SNMP4J gave up after its retries.
                recorder.failed(event.getError() != null ? event.getError() : new TimeoutException("no response"));
            } else if (response.getErrorStatus() != PDU.noError || response.size() != OIDS.length) {
                recorder.failed(new IllegalStateException("unexpected response " + response));
            } else {
                recorder.succeeded();
            }
            done.countDown();
            sendNext();
        }
    }

    @Override
    public void close() throws IOException {
        snmp.close();
    }
}
