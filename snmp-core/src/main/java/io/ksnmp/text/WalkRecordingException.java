package io.ksnmp.text;

import io.ksnmp.SnmpException;

/**
 * A walk recording that is not Net-SNMP's {@code -On} text: a line that neither starts a
 * variable binding, continues one, is blank nor is a comment, or a value that its type cannot
 * hold. {@link #line()} is where the bad binding starts (1-based); the message is for people.
 *
 * <pre>{@code
 * try {
 *     WalkRecording.parse(text);
 * } catch (WalkRecordingException e) {
 *     log.warn("bad recording at line {}", e.line());
 * }
 * }</pre>
 */
public final class WalkRecordingException extends SnmpException {
    private static final long serialVersionUID = 1L;

    private final int line;

    /**
     * @param line the 1-based line number of the offending binding or line
     * @param message what is wrong, for people; never parsed
     */
    public WalkRecordingException(int line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
    }

    /**
     * @param line the 1-based line number of the offending binding or line
     * @param message what is wrong, for people; never parsed
     * @param cause the failure underneath, such as a value out of its type's range
     */
    public WalkRecordingException(int line, String message, Throwable cause) {
        super("line " + line + ": " + message, cause);
        this.line = line;
    }

    /** @return the 1-based line number where the offending binding (or line) starts */
    public int line() {
        return line;
    }
}
