package io.ksnmp.benchmarks.engine;

import io.ksnmp.coroutines.SnmpEngine;
import io.ksnmp.coroutines.agent.AgentOptions;
import io.ksnmp.coroutines.agent.AgentUser;
import io.ksnmp.coroutines.agent.MibRegistry;
import io.ksnmp.coroutines.agent.SmiType;
import io.ksnmp.coroutines.agent.SnmpAgent;
import io.ksnmp.usm.SecurityLevel;
import io.ksnmp.smi.Oid;
import io.ksnmp.smi.TimeTicks;
import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * ksnmp's embedded agent as the responder of {@link GetThroughputScenario} ({@code --responder
 * ksnmp-agent}): it serves {@link GetClient#NAME} (a sysUpTime computed per request) to community
 * {@link GetClient#COMMUNITY} and to the SNMPv3 user of {@link io.ksnmp.benchmarks.notify.V3Fixture} (authPriv, SHA-256 and
 * AES-128) on 127.0.0.1, prints {@code PORT n}, and runs until its standard input ends. What the
 * clients measure then includes the agent's own request processing.
 */
public final class AgentResponder {
    private AgentResponder() {
    }

    /**
     * @param args {@code [--receive-buffer BYTES]}
     * @throws IOException if the agent's socket cannot be bound
     */
    public static void main(String[] args) throws IOException {
        int receiveBuffer = Responder.DEFAULT_RECEIVE_BUFFER;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--receive-buffer")) {
                receiveBuffer = Integer.parseInt(args[++i]);
            } else {
                throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        long start = System.nanoTime();
        MibRegistry mib = new MibRegistry();
        mib.scalar(Oid.parse(GetClient.NAME), SmiType.TIME_TICKS, () -> TimeTicks.of((System.nanoTime() - start) / 10_000_000L));
        SnmpEngine engine = SnmpEngine.builder().receiveBufferSize(receiveBuffer).build();
        SnmpAgent agent = engine.agent(AgentOptions.builder().address("127.0.0.1", 0).readCommunity(GetClient.COMMUNITY)
                .user(new AgentUser(io.ksnmp.benchmarks.notify.V3Fixture.ksnmpUser(), SecurityLevel.AUTH_PRIV)).build(), mib);
        Responder.exitAtEndOfInput(System.in);
        System.out.println("PORT " + agent.getAddress().getPort());
        System.out.flush();
        try {
            new java.util.concurrent.CountDownLatch(1).await();   // the engine's thread is a daemon; the input watcher exits
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
