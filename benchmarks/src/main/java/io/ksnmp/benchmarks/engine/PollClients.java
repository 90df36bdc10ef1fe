package io.ksnmp.benchmarks.engine;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import kotlinx.coroutines.Dispatchers;

/** The clients the poll scenario compares, by name. */
public final class PollClients {
    /** ksnmp's Java view: {@code engine.futures().pollMany(…, consumer).join()}. */
    public static final String KSNMP_FUTURES = "ksnmp-futures";
    /** ksnmp's {@code pollMany} flow collected on {@code Dispatchers.Default}. */
    public static final String KSNMP_COROUTINES = "ksnmp-coroutines";
    /** ksnmp's {@code pollMany} flow collected on the engine's own dispatcher. */
    public static final String KSNMP_COROUTINES_LOOP = "ksnmp-coroutines-loop";
    /** ksnmp's Java view, one {@code get} per agent issued at once from the calling thread. */
    public static final String KSNMP_FUTURES_BURST = "ksnmp-futures-burst";
    /** ksnmp's suspending {@code get}, one coroutine per agent launched at once on {@code Dispatchers.Default}. */
    public static final String KSNMP_COROUTINES_BURST = "ksnmp-coroutines-burst";
    /** SNMP4J asynchronous GETs with its default transport settings. */
    public static final String SNMP4J_DEFAULT = "snmp4j-default";
    /** SNMP4J asynchronous GETs with {@code setAsyncMsgProcessingSupported(false)}. */
    public static final String SNMP4J_TUNED = "snmp4j-tuned";

    /** Every client, in the order the scenario runs them. */
    public static final List<String> ALL = List.of(KSNMP_FUTURES, KSNMP_COROUTINES, KSNMP_COROUTINES_LOOP, SNMP4J_DEFAULT,
            SNMP4J_TUNED);

    /**
     * The burst clients, run only when named: every request issued at once from a caller thread or
     * coroutines, whatever {@code --concurrency} says; SNMP4J's clients do the same with
     * {@code --concurrency} equal to the number of agents (the caller thread sends them all).
     */
    public static final List<String> BURST = List.of(KSNMP_FUTURES_BURST, KSNMP_COROUTINES_BURST);

    private PollClients() {
    }

    /**
     * @param name one of {@link #ALL} or {@link #BURST}
     * @param agents the agents, one port each
     * @param timing timeout and resend period
     * @return a started client with its targets made
     * @throws IOException if its transport cannot be opened
     */
    public static PollClient create(String name, List<InetSocketAddress> agents, PollClient.Timing timing) throws IOException {
        return switch (name) {
            case KSNMP_FUTURES -> new KsnmpFuturesPollClient(agents, timing, false);
            case KSNMP_COROUTINES -> new KsnmpPollClient(agents, timing, Dispatchers.getDefault(), false);
            case KSNMP_COROUTINES_LOOP -> new KsnmpPollClient(agents, timing, null, false);
            case KSNMP_FUTURES_BURST -> new KsnmpFuturesPollClient(agents, timing, true);
            case KSNMP_COROUTINES_BURST -> new KsnmpPollClient(agents, timing, Dispatchers.getDefault(), true);
            case SNMP4J_DEFAULT -> new Snmp4jPollClient(agents, timing, false);
            case SNMP4J_TUNED -> new Snmp4jPollClient(agents, timing, true);
            default -> throw new IllegalArgumentException("unknown client " + name + "; known: " + ALL + " " + BURST);
        };
    }
}
