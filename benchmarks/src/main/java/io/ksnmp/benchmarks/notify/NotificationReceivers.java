package io.ksnmp.benchmarks.notify;

import java.util.List;

/**
 * The receivers the notification scenarios compare, by name. Every one but {@link #SNMPTRAPD}
 * (Net-SNMP's daemon, {@link SnmptrapdProcess}) is a {@link NotificationReceiver} run by
 * {@link ReceiverMain} in a JVM of its own.
 */
public final class NotificationReceivers {
    /** The floor: a blocking {@code DatagramChannel} loop that scans, not decodes ({@link NioReceiver}). */
    public static final String BARE_NIO = "bare-nio";
    /** SNMP4J's {@code CommandResponder} with its default transport settings. */
    public static final String SNMP4J_DEFAULT = "snmp4j-default";
    /** SNMP4J's {@code CommandResponder} with {@code setAsyncMsgProcessingSupported(false)}. */
    public static final String SNMP4J_TUNED = "snmp4j-tuned";
    /** Net-SNMP's {@code snmptrapd}, logging every notification to a file. */
    public static final String SNMPTRAPD = "snmptrapd";
    /** ksnmp's receiver, its Kotlin {@code Flow} collected. */
    public static final String KSNMP_FLOW = "ksnmp-flow";
    /** ksnmp's receiver through its Java listener. */
    public static final String KSNMP_LISTENER = "ksnmp-listener";

    /**
     * ksnmp's receiver through its Java listener on an engine made with {@code batchedIo = false}:
     * NIO even where the JVM allows batched I/O, to show what batching buys in the same run.
     */
    public static final String KSNMP_LISTENER_NIO = "ksnmp-listener-nio";

    /** Every receiver, in the order the scenarios run them by default. */
    public static final List<String> ALL = List.of(KSNMP_FLOW, KSNMP_LISTENER, SNMP4J_DEFAULT, SNMP4J_TUNED, SNMPTRAPD, BARE_NIO);

    /** Every receiver that can be named: {@link #ALL} and {@link #KSNMP_LISTENER_NIO}. */
    public static final List<String> KNOWN = List.of(KSNMP_FLOW, KSNMP_LISTENER, KSNMP_LISTENER_NIO, SNMP4J_DEFAULT, SNMP4J_TUNED,
            SNMPTRAPD, BARE_NIO);

    private NotificationReceivers() {
    }

    /**
     * @param name one of {@link #ALL} but {@link #SNMPTRAPD}
     * @return a receiver, not started
     * @throws IllegalArgumentException for an unknown name
     */
    public static NotificationReceiver create(String name) {
        return switch (name) {
            case BARE_NIO -> new NioReceiver();
            case SNMP4J_DEFAULT -> new Snmp4jReceiver(false);
            case SNMP4J_TUNED -> new Snmp4jReceiver(true);
            case KSNMP_FLOW -> new KsnmpReceiver(true, true);
            case KSNMP_LISTENER -> new KsnmpReceiver(false, true);
            case KSNMP_LISTENER_NIO -> new KsnmpReceiver(false, false);
            case SNMPTRAPD -> throw new IllegalArgumentException("snmptrapd is not a JVM receiver; see SnmptrapdProcess");
            default -> throw new IllegalArgumentException("unknown receiver " + name + "; known: " + KNOWN);
        };
    }
}
