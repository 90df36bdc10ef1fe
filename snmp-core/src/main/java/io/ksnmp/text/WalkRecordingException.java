package io.ksnmp.text;

import io.ksnmp.SnmpException;

/**
 * A walk recording that is not Net-SNMP's {@code -On} text: a line that neither starts a
 * variable binding, continues one, is blank nor is a comment, or a value that its type cannot
 * hold. {@link #line()} is where the bad binding starts (1-based); {@link #reason()} says what is
 * wrong and what was expected, and the message is {@code "line N: "} and the reason, for people.
 *
 * <pre>{@code
 * try {
 *     WalkRecording.parse(Files.newBufferedReader(path));
 * } catch (WalkRecordingException e) {
 *     System.err.println(path + ":" + e.line() + ": " + e.reason());   // switch.walk:3: bad value: …
 * }
 * }</pre>
 */
public final class WalkRecordingException extends SnmpException {
    private static final long serialVersionUID = 1L;

    /** The line of the recording (1-based). */
    private final int line;
    /** What is wrong with that line. */
    private final String reason;

    /**
     * @param line the 1-based line number of the offending binding or line
     * @param message what is wrong, for people; never parsed
     */
    public WalkRecordingException(int line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
        this.reason = message;
    }

    /**
     * @param line the 1-based line number of the offending binding or line
     * @param message what is wrong, for people; never parsed
     * @param cause the failure underneath, such as a value out of its type's range
     */
    public WalkRecordingException(int line, String message, Throwable cause) {
        super("line " + line + ": " + message, cause);
        this.line = line;
        this.reason = message;
    }

    /** @return the 1-based line number where the offending binding (or line) starts */
    public int line() {
        return line;
    }

    /** @return what is wrong at {@link #line()}, without the line number: for people, never parsed */
    public String reason() {
        return reason;
    }
}
