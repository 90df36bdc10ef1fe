package io.ksnmp.smi;

import io.ksnmp.SnmpException;

/**
 * A table index could not be read from an instance name: too few arcs, or an arc outside the
 * range of the index type (an octet above 255, a length that runs past the end).
 */
public final class IndexDecodingException extends SnmpException {
    private static final long serialVersionUID = 1L;

    /** The position of the arc where the index stopped decoding. */
    private final int arcPosition;

    /**
     * @param message what was wrong, for people
     * @param arcPosition the position, within the whole OID, of the arc where reading failed
     */
    public IndexDecodingException(String message, int arcPosition) {
        super(message);
        this.arcPosition = arcPosition;
    }

    /** @return the position, within the whole OID, of the arc where reading failed */
    public int arcPosition() {
        return arcPosition;
    }
}
