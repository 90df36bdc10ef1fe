package io.ksnmp.benchmarks.engine;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import kotlinx.coroutines.Dispatchers;

/** The clients the end-to-end scenarios compare, by name. */
public final class Clients {
    /** ksnmp's Java view: {@code CompletableFuture}s completed on the event loop. */
    public static final String KSNMP_FUTURES = "ksnmp-futures";
    /** ksnmp's suspending API, coroutines on {@code Dispatchers.Default}. */
    public static final String KSNMP_COROUTINES = "ksnmp-coroutines";
    /**
     * ksnmp's suspending API, coroutines on {@code Dispatchers.Unconfined}: each resumes on the
     * event-loop thread that completed its request, as futures' callbacks do, so the difference
     * to {@link #KSNMP_COROUTINES} is the cost of the dispatcher hop.
     */
    public static final String KSNMP_COROUTINES_UNCONFINED = "ksnmp-coroutines-unconfined";
    /**
     * ksnmp's suspending API, coroutines on the engine's own dispatcher ({@code engine.getDispatcher()}):
     * requests start and results arrive on the event-loop thread with no hand-off and no wake-up.
     */
    public static final String KSNMP_COROUTINES_LOOP = "ksnmp-coroutines-loop";
    /** {@link #KSNMP_FUTURES} on an engine made with {@code batchedIo(false)}: NIO, one system call per datagram. */
    public static final String KSNMP_FUTURES_NIO = "ksnmp-futures-nio";
    /** SNMP4J with its default transport settings. */
    public static final String SNMP4J_DEFAULT = "snmp4j-default";
    /** SNMP4J with {@code setAsyncMsgProcessingSupported(false)}. */
    public static final String SNMP4J_TUNED = "snmp4j-tuned";

    /** {@link #KSNMP_FUTURES} in SNMPv3 authPriv (SHA-256, AES-128): needs {@code --responder ksnmp-agent}. */
    public static final String KSNMP_FUTURES_V3 = "ksnmp-futures-v3";
    /** {@link #SNMP4J_TUNED} in SNMPv3 authPriv (SHA-256, AES-128): needs {@code --responder ksnmp-agent}. */
    public static final String SNMP4J_TUNED_V3 = "snmp4j-tuned-v3";
    /** The NIO floor: no library, one system call per datagram ({@link BareNioClient}). */
    public static final String BARE_NIO = "bare-nio";
    /** The batched floor: no library, {@code recvmmsg}/{@code sendmmsg} (JDK 22+, {@link BareBatchedClient}). */
    public static final String BARE_BATCHED = "bare-batched";

    /** Every library client, in the order the scenarios run them. */
    public static final List<String> ALL = List.of(KSNMP_FUTURES, KSNMP_COROUTINES, KSNMP_COROUTINES_UNCONFINED,
            KSNMP_COROUTINES_LOOP, SNMP4J_DEFAULT, SNMP4J_TUNED);

    /** The floors and variants beside them, run only when named: they keep no requests (no heap runs). */
    public static final List<String> EXTRA = List.of(KSNMP_FUTURES_NIO, KSNMP_FUTURES_V3, SNMP4J_TUNED_V3, BARE_NIO, BARE_BATCHED);

    /**
     * @param name a client's name
     * @return whether it is a bare client (no library: no requests kept, no heap run)
     */
    public static boolean isBare(String name) {
        return name.equals(BARE_NIO) || name.equals(BARE_BATCHED);
    }

    private Clients() {
    }

    /**
     * @param name one of {@link #ALL} or {@link #EXTRA}
     * @param agent where the responder listens
     * @return a started client
     * @throws IOException if its transport cannot be opened
     */
    public static GetClient create(String name, InetSocketAddress agent) throws IOException {
        return switch (name) {
            case KSNMP_FUTURES -> new KsnmpFuturesClient(agent, true);
            case KSNMP_FUTURES_NIO -> new KsnmpFuturesClient(agent, false);
            case KSNMP_COROUTINES -> new KsnmpCoroutinesClient(agent, Dispatchers.getDefault());
            case KSNMP_COROUTINES_UNCONFINED -> new KsnmpCoroutinesClient(agent, Dispatchers.getUnconfined());
            case KSNMP_COROUTINES_LOOP -> new KsnmpCoroutinesClient(agent, null);
            case SNMP4J_DEFAULT -> new Snmp4jClient(agent, false);
            case SNMP4J_TUNED -> new Snmp4jClient(agent, true);
            case KSNMP_FUTURES_V3 -> new KsnmpFuturesClient(agent, true, true);
            case SNMP4J_TUNED_V3 -> new Snmp4jClient(agent, true, true);
            case BARE_NIO -> new BareNioClient(agent);
            case BARE_BATCHED -> new BareBatchedClient(agent);
            default -> throw new IllegalArgumentException("unknown client " + name + "; known: " + ALL + " " + EXTRA);
        };
    }
}
