package io.ksnmp.benchmarks.notify;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;

/** The inform senders {@link InformScenario} compares, by name. */
public final class InformClients {
    /** The floor: one thread, a connected {@code DatagramChannel}, informs patched from one template ({@link NioInformClient}). */
    public static final String BARE_NIO = "bare-nio";
    /** SNMP4J's asynchronous {@code Snmp.send} of INFORM PDUs, default transport settings. */
    public static final String SNMP4J_DEFAULT = "snmp4j-default";
    /** The same with {@code setAsyncMsgProcessingSupported(false)}. */
    public static final String SNMP4J_TUNED = "snmp4j-tuned";
    /** ksnmp's inform through its Java view ({@code CompletableFuture}s). */
    public static final String KSNMP_FUTURES = "ksnmp-futures";
    /** ksnmp's suspending inform, coroutines on {@code Dispatchers.Default}. */
    public static final String KSNMP_COROUTINES = "ksnmp-coroutines";

    /** ksnmp's futures on an engine made with {@code batchedIo = false}: NIO even where batching is allowed. */
    public static final String KSNMP_FUTURES_NIO = "ksnmp-futures-nio";

    /** Every sender, in the order the scenario runs them by default. */
    public static final List<String> ALL = List.of(KSNMP_FUTURES, KSNMP_COROUTINES, SNMP4J_DEFAULT, SNMP4J_TUNED, BARE_NIO);

    /** Every sender that can be named: {@link #ALL} and {@link #KSNMP_FUTURES_NIO}. */
    public static final List<String> KNOWN = List.of(KSNMP_FUTURES, KSNMP_FUTURES_NIO, KSNMP_COROUTINES, SNMP4J_DEFAULT, SNMP4J_TUNED,
            BARE_NIO);

    private InformClients() {
    }

    /**
     * @param name one of {@link #ALL}
     * @param receiver where informs go
     * @return a client, ready to {@link InformClient#startClosedLoop}
     * @throws IOException if its transport cannot be opened
     */
    public static InformClient create(String name, InetSocketAddress receiver) throws IOException {
        return switch (name) {
            case BARE_NIO -> new NioInformClient(receiver);
            case SNMP4J_DEFAULT -> new Snmp4jInformClient(receiver, false);
            case SNMP4J_TUNED -> new Snmp4jInformClient(receiver, true);
            case KSNMP_FUTURES -> new KsnmpInformClient(receiver, true, true);
            case KSNMP_FUTURES_NIO -> new KsnmpInformClient(receiver, true, false);
            case KSNMP_COROUTINES -> new KsnmpInformClient(receiver, false, true);
            default -> throw new IllegalArgumentException("unknown sender " + name + "; known: " + KNOWN);
        };
    }
}
