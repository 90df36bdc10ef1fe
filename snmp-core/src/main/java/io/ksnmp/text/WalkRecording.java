package io.ksnmp.text;

import io.ksnmp.smi.VarBind;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Net-SNMP's walk text both ways: what {@code snmpwalk -On} and {@code snmpbulkwalk -On} print
 * ({@code OID = TYPE: value}, one binding per line, some values over several lines) read into
 * variable bindings, and bindings written back as that text.
 *
 * <pre>{@code
 * List<VarBind> walk = WalkRecording.parse(Files.newBufferedReader(Path.of("switch.walk")));
 * String text = WalkRecording.format(walk);      // the same text, for a file snmpbulkwalk -On printed
 *
 * WalkRecording.parse(".1.3.6.1.2.1.1.3.0 = Timeticks: (123) 0:00:01.23\n");
 * // [.1.3.6.1.2.1.1.3.0 = Timeticks: (123) 0:00:01.23]
 * }</pre>
 *
 * <h2>What is read</h2>
 * A binding starts on a line that begins with a numeric OID (leading dot optional) and
 * {@code " = "}. The OID may also have its first arc named, as Net-SNMP prints OIDs without
 * {@code -On} when it has no MIB for them: {@code ccitt}, {@code iso} and
 * {@code joint-iso-ccitt} for 0, 1 and 2 ({@code iso.3.6.1.2.1.1.1.0 = STRING: "x"} by default,
 * {@code .iso.3.6.1.2.1.1.1.0} with {@code -Of} or {@code -Ou}, and so in values:
 * {@code OID: iso.3.6.1.4.1.8072.3.2.10}). Names from MIBs ({@code SNMPv2-MIB::sysDescr.0},
 * {@code .iso.org.dod…}) are not read: ksnmp reads no MIBs. Its value is any form Net-SNMP 5.9
 * prints:
 * <ul>
 * <li>{@code STRING: "…"} with {@code \"} and {@code \\} escaped, continuing on the following
 *     lines up to the closing quote (a string with line breaks); {@code ""} for the empty string;
 *     {@code STRING: text} without quotes (a MIB's display hint), continuing up to the next
 *     binding, read as the text's UTF-8 octets;</li>
 * <li>{@code Hex-STRING: 01 02 …}, {@code OPAQUE: …} and {@code BITS: 80 00 0 …} with their octets
 *     continued on following lines of hex; BITS give an OCTET STRING (as BITS travel);</li>
 * <li>{@code INTEGER: 5} or {@code INTEGER: up(1)}, {@code Gauge32}, {@code Counter32},
 *     {@code Counter64}, {@code UInteger32: 5} and the bare {@code 5} Net-SNMP 5.9 prints for
 *     that obsolete type (both read as Gauge32), each optionally followed by units;</li>
 * <li>{@code Timeticks: (123) 0:00:01.23} (the number counts), {@code IpAddress: 1.2.3.4},
 *     {@code Network Address: C0:A8:00:01} (an IpAddress), {@code OID: .1.3.6…}, {@code NULL};</li>
 * <li>{@code Opaque: Float: 4.551270}, {@code Opaque: Double: …}, {@code Opaque: Int64: …},
 *     {@code Opaque: UInt64: …}, {@code Opaque: Counter64: …} (see {@link io.ksnmp.smi.Opaque});</li>
 * <li>the three exception texts ({@code No Such Object available on this agent at this OID},
 *     {@code No Such Instance currently exists at this OID}, {@code No more variables left in this
 *     MIB View (It is past the end of the MIB tree)});</li>
 * <li>any of these after {@code Wrong Type (should be …): }, which is dropped.</li>
 * </ul>
 * Between bindings, blank lines, lines starting with {@code #} and the {@code End of MIB} line
 * that {@code snmpwalk -v1} prints at the end of the MIB are skipped (inside a quoted
 * string they are part of it; after an unquoted string, those at its end are skipped). Lines
 * may end in {@code \n} or {@code \r\n}.
 *
 * <h2>Exact round trips</h2>
 * For text that Net-SNMP printed with {@code -On} and without MIBs ({@code -m ''} or no MIB for
 * the objects), parsing and {@link #format(Iterable)} give back the identical text, also after
 * the bindings were encoded and decoded; OIDs with a named first arc come back numeric. What a
 * MIB adds is not kept: enum labels, units, display hints, BITS labels, Network Address and
 * UInteger32 print as the plain types they travel as.
 *
 * <p>Errors: {@link WalkRecordingException} with the line number, for every malformed input.
 */
public final class WalkRecording {
    private WalkRecording() {
    }

    /**
     * @param text a whole recording
     * @return its bindings in order, unmodifiable
     * @throws WalkRecordingException if it is not walk text
     */
    public static List<VarBind> parse(String text) {
        return new RecordingReader(text).readAll();
    }

    /**
     * Reads the reader to its end (it is not closed) and parses what it held.
     *
     * @param reader a recording; files Net-SNMP writes are ASCII, so any ASCII-compatible charset
     * @return its bindings in order, unmodifiable
     * @throws WalkRecordingException if it is not walk text
     * @throws UncheckedIOException if reading fails
     */
    public static List<VarBind> parse(Reader reader) {
        StringBuilder sb = new StringBuilder(8192);
        char[] buffer = new char[8192];
        try {
            for (int k; (k = reader.read(buffer)) >= 0; ) {
                sb.append(buffer, 0, k);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(sb.toString());
    }

    /**
     * @param bindings the bindings
     * @return each binding's {@link VarBind#toString()} (Net-SNMP's {@code -On} line) and a
     *     {@code \n}
     */
    public static String format(Iterable<VarBind> bindings) {
        StringBuilder sb = new StringBuilder(4096);
        formatTo(bindings, sb);
        return sb.toString();
    }

    /**
     * Writes what {@link #format(Iterable)} returns to {@code out}.
     *
     * @param bindings the bindings
     * @param out where to write, such as a {@link java.io.Writer}; not flushed or closed
     * @throws UncheckedIOException if writing fails
     */
    public static void formatTo(Iterable<VarBind> bindings, Appendable out) {
        try {
            for (VarBind vb : bindings) {
                out.append(vb.toString()).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
