package io.ksnmp.pdu;

/**
 * The error-status of a Response: an open enumeration. The 19 values of RFC 3416 (0..18) have
 * constants; any other value an agent sends is kept as is ({@link #of(int)}, {@link #isKnown()}),
 * never rejected.
 *
 * <pre>{@code
 * ErrorStatus s = response.errorStatus();
 * if (s == ErrorStatus.NOT_WRITABLE) ...           // known values are canonical instances
 * if (s.code() == 5) ...                           // genErr
 * }</pre>
 */
public final class ErrorStatus {
    private static final String[] NAMES = {
        "noError", "tooBig", "noSuchName", "badValue", "readOnly", "genErr", "noAccess", "wrongType",
        "wrongLength", "wrongEncoding", "wrongValue", "noCreation", "inconsistentValue",
        "resourceUnavailable", "commitFailed", "undoFailed", "authorizationError", "notWritable",
        "inconsistentName",
    };
    private static final ErrorStatus[] KNOWN = new ErrorStatus[NAMES.length];

    static {
        for (int i = 0; i < NAMES.length; i++) {
            KNOWN[i] = new ErrorStatus(i, NAMES[i]);
        }
    }

    /** 0: noError. */
    public static final ErrorStatus NO_ERROR = KNOWN[0];
    /** 1: tooBig. */
    public static final ErrorStatus TOO_BIG = KNOWN[1];
    /** 2: noSuchName (SNMPv1). */
    public static final ErrorStatus NO_SUCH_NAME = KNOWN[2];
    /** 3: badValue (SNMPv1). */
    public static final ErrorStatus BAD_VALUE = KNOWN[3];
    /** 4: readOnly (SNMPv1). */
    public static final ErrorStatus READ_ONLY = KNOWN[4];
    /** 5: genErr. */
    public static final ErrorStatus GEN_ERR = KNOWN[5];
    /** 6: noAccess. */
    public static final ErrorStatus NO_ACCESS = KNOWN[6];
    /** 7: wrongType. */
    public static final ErrorStatus WRONG_TYPE = KNOWN[7];
    /** 8: wrongLength. */
    public static final ErrorStatus WRONG_LENGTH = KNOWN[8];
    /** 9: wrongEncoding. */
    public static final ErrorStatus WRONG_ENCODING = KNOWN[9];
    /** 10: wrongValue. */
    public static final ErrorStatus WRONG_VALUE = KNOWN[10];
    /** 11: noCreation. */
    public static final ErrorStatus NO_CREATION = KNOWN[11];
    /** 12: inconsistentValue. */
    public static final ErrorStatus INCONSISTENT_VALUE = KNOWN[12];
    /** 13: resourceUnavailable. */
    public static final ErrorStatus RESOURCE_UNAVAILABLE = KNOWN[13];
    /** 14: commitFailed. */
    public static final ErrorStatus COMMIT_FAILED = KNOWN[14];
    /** 15: undoFailed. */
    public static final ErrorStatus UNDO_FAILED = KNOWN[15];
    /** 16: authorizationError. */
    public static final ErrorStatus AUTHORIZATION_ERROR = KNOWN[16];
    /** 17: notWritable. */
    public static final ErrorStatus NOT_WRITABLE = KNOWN[17];
    /** 18: inconsistentName. */
    public static final ErrorStatus INCONSISTENT_NAME = KNOWN[18];

    private final int code;
    private final String name;

    private ErrorStatus(int code, String name) {
        this.code = code;
        this.name = name;
    }

    /**
     * @param code an error-status value from the wire
     * @return the named constant for 0..18, otherwise a value that keeps the code
     */
    public static ErrorStatus of(int code) {
        return code >= 0 && code < KNOWN.length ? KNOWN[code] : new ErrorStatus(code, "unknown(" + code + ")");
    }

    /** @return the numeric value */
    public int code() {
        return code;
    }

    /** @return the RFC 3416 name, e.g. {@code notWritable}, or {@code unknown(n)} */
    public String name() {
        return name;
    }

    /** @return whether RFC 3416 names this value */
    public boolean isKnown() {
        return code >= 0 && code < KNOWN.length;
    }

    /** @return whether this is anything but noError */
    public boolean isError() {
        return code != 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ErrorStatus && ((ErrorStatus) o).code == code;
    }

    @Override
    public int hashCode() {
        return code;
    }

    @Override
    public String toString() {
        return name + "(" + code + ")";
    }
}
