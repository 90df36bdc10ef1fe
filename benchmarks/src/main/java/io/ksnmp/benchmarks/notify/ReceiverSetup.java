package io.ksnmp.benchmarks.notify;

/**
 * What every {@link NotificationReceiver} of the scenarios is configured with.
 *
 * @param community the one community accepted from SNMPv1/v2c senders ({@link TrapContent#COMMUNITY})
 * @param v3 whether to accept {@link V3Fixture}'s user at authPriv, bound to the sender's engine
 *     ID ({@link V3Fixture#senderEngineId()}) for traps
 * @param receiveBuffer SO_RCVBUF to ask for, in bytes (the kernel caps it at {@code net.core.rmem_max})
 */
public record ReceiverSetup(String community, boolean v3, int receiveBuffer) {
    /** SO_RCVBUF asked for by default: 4 MiB, as the GET scenario's clients. */
    public static final int DEFAULT_RECEIVE_BUFFER = 4 << 20;

    /**
     * @param v3 whether to accept the SNMPv3 user
     * @return the default setup: community {@link TrapContent#COMMUNITY}, 4 MiB receive buffer
     */
    public static ReceiverSetup of(boolean v3) {
        return new ReceiverSetup(TrapContent.COMMUNITY, v3, DEFAULT_RECEIVE_BUFFER);
    }
}
