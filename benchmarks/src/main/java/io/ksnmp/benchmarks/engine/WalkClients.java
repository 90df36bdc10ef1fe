package io.ksnmp.benchmarks.engine;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;

/** The clients the walk scenario compares, by name: a library, how it is configured, and how it reads the table. */
public final class WalkClients {
    /** ksnmp's {@code bulkWalk} flow of the whole table, collected on the engine's dispatcher. */
    public static final String KSNMP_BULKWALK = "ksnmp-bulkwalk";
    /** ksnmp's {@code table} flow of the ten columns, collected on the engine's dispatcher. */
    public static final String KSNMP_TABLE = "ksnmp-table";
    /** {@link #KSNMP_BULKWALK} on an engine that busy-polls {@link #BUSY_POLL} before it sleeps. */
    public static final String KSNMP_BULKWALK_BUSY_POLL = "ksnmp-bulkwalk-busypoll";
    /** {@link #KSNMP_TABLE} on an engine that busy-polls {@link #BUSY_POLL} before it sleeps. */
    public static final String KSNMP_TABLE_BUSY_POLL = "ksnmp-table-busypoll";
    /** ksnmp's untyped {@code table} flow of the ten columns, every cell converted by hand to the typed client's Kotlin types. */
    public static final String KSNMP_CONVERTED_TABLE = "ksnmp-converted-table";
    /** {@link #KSNMP_CONVERTED_TABLE} on an engine that busy-polls {@link #BUSY_POLL} before it sleeps. */
    public static final String KSNMP_CONVERTED_TABLE_BUSY_POLL = "ksnmp-converted-table-busypoll";
    /** The typed DSL's {@code table(TypedTableMib)} of the same ten columns, every cell read as its Kotlin type. */
    public static final String KSNMP_TYPED_TABLE = "ksnmp-typed-table";
    /** {@link #KSNMP_TYPED_TABLE} on an engine that busy-polls {@link #BUSY_POLL} before it sleeps. */
    public static final String KSNMP_TYPED_TABLE_BUSY_POLL = "ksnmp-typed-table-busypoll";
    /** ksnmp's Java view: {@code bulkWalk} with a consumer, then {@code join()}. */
    public static final String KSNMP_FUTURES_BULKWALK = "ksnmp-futures-bulkwalk";
    /** ksnmp's Java view: {@code table} with a consumer, then {@code join()}. */
    public static final String KSNMP_FUTURES_TABLE = "ksnmp-futures-table";
    /** SNMP4J's {@code TreeUtils.getSubtree} with GETBULK, default transport. */
    public static final String SNMP4J_DEFAULT_TREE = "snmp4j-default-treeutils";
    /** SNMP4J's {@code TreeUtils.getSubtree} with GETBULK, {@code setAsyncMsgProcessingSupported(false)}. */
    public static final String SNMP4J_TUNED_TREE = "snmp4j-tuned-treeutils";
    /** SNMP4J's {@code TableUtils.getTable} with GETBULK, default transport. */
    public static final String SNMP4J_DEFAULT_TABLE = "snmp4j-default-tableutils";
    /** SNMP4J's {@code TableUtils.getTable} with GETBULK, {@code setAsyncMsgProcessingSupported(false)}. */
    public static final String SNMP4J_TUNED_TABLE = "snmp4j-tuned-tableutils";

    /** Every client, in the order the scenario runs them. */
    public static final List<String> ALL = List.of(KSNMP_BULKWALK, KSNMP_TABLE, KSNMP_BULKWALK_BUSY_POLL, KSNMP_TABLE_BUSY_POLL,
            KSNMP_CONVERTED_TABLE, KSNMP_CONVERTED_TABLE_BUSY_POLL, KSNMP_TYPED_TABLE, KSNMP_TYPED_TABLE_BUSY_POLL, KSNMP_FUTURES_BULKWALK, KSNMP_FUTURES_TABLE,
            SNMP4J_DEFAULT_TREE, SNMP4J_TUNED_TREE, SNMP4J_DEFAULT_TABLE, SNMP4J_TUNED_TABLE);

    /** The busy-poll time of the {@code -busypoll} clients' engines: 100 µs. */
    public static final Duration BUSY_POLL = Duration.ofNanos(100_000);

    private WalkClients() {
    }

    /**
     * @param name a client
     * @return the client its ratios are taken against: tuned SNMP4J reading the same way
     *     ({@code TableUtils} for the table reads, {@code TreeUtils} for the walks)
     */
    public static String baseline(String name) {
        return name.contains("table") ? SNMP4J_TUNED_TABLE : SNMP4J_TUNED_TREE;
    }

    /**
     * @param name a client
     * @return default SNMP4J reading the same way ({@code TableUtils} for the table reads,
     *     {@code TreeUtils} for the walks)
     */
    public static String defaultBaseline(String name) {
        return name.contains("table") ? SNMP4J_DEFAULT_TABLE : SNMP4J_DEFAULT_TREE;
    }

    /**
     * @param name one of {@link #ALL}
     * @param agent where the table responder listens
     * @param maxRepetitions get-bulk repetitions per request
     * @return a started client
     * @throws IOException if its transport cannot be opened
     */
    public static WalkClient create(String name, InetSocketAddress agent, int maxRepetitions) throws IOException {
        return switch (name) {
            case KSNMP_BULKWALK -> new KsnmpWalkClient(agent, false, maxRepetitions, null);
            case KSNMP_TABLE -> new KsnmpWalkClient(agent, true, maxRepetitions, null);
            case KSNMP_BULKWALK_BUSY_POLL -> new KsnmpWalkClient(agent, false, maxRepetitions, BUSY_POLL);
            case KSNMP_TABLE_BUSY_POLL -> new KsnmpWalkClient(agent, true, maxRepetitions, BUSY_POLL);
            case KSNMP_CONVERTED_TABLE -> new KsnmpConvertedTableClient(agent, maxRepetitions, null);
            case KSNMP_CONVERTED_TABLE_BUSY_POLL -> new KsnmpConvertedTableClient(agent, maxRepetitions, BUSY_POLL);
            case KSNMP_TYPED_TABLE -> new KsnmpTypedTableClient(agent, maxRepetitions, null);
            case KSNMP_TYPED_TABLE_BUSY_POLL -> new KsnmpTypedTableClient(agent, maxRepetitions, BUSY_POLL);
            case KSNMP_FUTURES_BULKWALK -> new KsnmpFuturesWalkClient(agent, false, maxRepetitions);
            case KSNMP_FUTURES_TABLE -> new KsnmpFuturesWalkClient(agent, true, maxRepetitions);
            case SNMP4J_DEFAULT_TREE -> new Snmp4jWalkClient(agent, false, false, maxRepetitions);
            case SNMP4J_TUNED_TREE -> new Snmp4jWalkClient(agent, true, false, maxRepetitions);
            case SNMP4J_DEFAULT_TABLE -> new Snmp4jWalkClient(agent, false, true, maxRepetitions);
            case SNMP4J_TUNED_TABLE -> new Snmp4jWalkClient(agent, true, true, maxRepetitions);
            default -> throw new IllegalArgumentException("unknown client " + name + "; known: " + ALL);
        };
    }
}
