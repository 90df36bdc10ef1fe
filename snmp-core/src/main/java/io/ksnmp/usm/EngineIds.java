package io.ksnmp.usm;

/** Checks on snmpEngineID values (RFC 3411 §5: 5..32 octets). */
final class EngineIds {
    static final int MIN_LENGTH = 5;
    static final int MAX_LENGTH = 32;

    private EngineIds() {
    }

    static void check(byte[] engineId) {
        if (!isValid(engineId)) {
            throw new IllegalArgumentException("an snmpEngineID has 5 to 32 octets, not " + engineId.length);
        }
    }

    static boolean isValid(byte[] engineId) {
        return engineId.length >= MIN_LENGTH && engineId.length <= MAX_LENGTH;
    }
}
