package io.ksnmp.text;

import io.ksnmp.smi.OctetString;
import io.ksnmp.smi.Oid;
import io.ksnmp.smi.Opaque;
import io.ksnmp.smi.VarBind;
import io.ksnmp.smi.Variable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Splits a recording into bindings: finds each {@code OID = } line, follows the value over
 * continuation lines (a quoted string to its closing quote, hex octets, an unquoted string up to
 * the next binding), and skips blank and comment lines between bindings. See
 * {@link WalkRecording} for the rules.
 */
final class RecordingReader {
    private final String s;
    private final int n;
    /** Start of the current line. */
    private int pos;
    /** 1-based number of the line that starts at {@link #pos}. */
    private int line = 1;

    RecordingReader(String text) {
        this.s = text;
        this.n = text.length();
    }

    List<VarBind> readAll() {
        List<VarBind> out = new ArrayList<>();
        while (pos < n) {
            int end = lineEnd(pos);
            String text = lineText(pos, end);
            if (skippable(text)) {
                nextLine(end);
                continue;
            }
            int eq = bindingStart(text);
            if (eq < 0) {
                throw new WalkRecordingException(line, notABinding(text));
            }
            int recordLine = line;
            Oid oid;
            try {
                oid = OidText.parse(text.substring(0, eq));
            } catch (IllegalArgumentException e) {
                throw new WalkRecordingException(recordLine, "bad OID", e);
            }
            Variable value;
            try {
                value = value(recordLine, pos + eq + 3, end, text.substring(eq + 3));
            } catch (IllegalArgumentException e) {
                throw new WalkRecordingException(recordLine, "bad value: " + e.getMessage(), e);
            }
            out.add(new VarBind(oid, value));
        }
        return Collections.unmodifiableList(out);
    }

    /** Reads the value that starts at {@code start}; leaves {@link #pos} at the next unread line. */
    private Variable value(int recordLine, int start, int end, String v) {
        if (v.startsWith("Wrong Type (should be ")) {
            int close = v.indexOf("): ");
            if (close < 0) {
                throw new IllegalArgumentException("Wrong Type without \"): \"");
            }
            start += close + 3;
            v = v.substring(close + 3);
        }
        if (v.startsWith("STRING: \"")) {
            return OctetString.of(quoted(recordLine, start + 9));
        }
        if (v.startsWith("STRING: ")) {
            nextLine(end);
            return OctetString.of(unescape(v.substring(8) + unquotedContinuation()).getBytes(StandardCharsets.UTF_8));
        }
        if (v.startsWith("Hex-STRING: ")) {
            nextLine(end);
            return OctetString.of(ValueText.hexOctets(tokens(v.substring(12), false)));
        }
        if (v.startsWith("OPAQUE: ")) {
            nextLine(end);
            return Opaque.of(ValueText.hexOctets(tokens(v.substring(8), false)));
        }
        if (v.startsWith("BITS: ")) {
            nextLine(end);
            return OctetString.of(BitsText.octets(tokens(v.substring(6), true)));
        }
        nextLine(end);
        return ValueText.parse(v);
    }

    /**
     * The octets of a quoted string from just after its opening quote to its closing quote, over
     * as many lines as it takes; {@code \"} and {@code \\} are the only escapes.
     */
    private byte[] quoted(int recordLine, int i) {
        StringBuilder sb = new StringBuilder();
        int lines = 0;
        while (true) {
            if (i >= n) {
                throw new WalkRecordingException(recordLine, "a string without its closing quote");
            }
            char c = s.charAt(i);
            if (c == '\\') {
                char next = i + 1 < n ? s.charAt(i + 1) : 0;
                if (next != '"' && next != '\\') {
                    throw new WalkRecordingException(recordLine + lines, "a backslash that escapes neither \" nor \\");
                }
                sb.append(next);
                i += 2;
                continue;
            }
            i++;
            if (c == '"') {
                break;
            }
            if (c == '\n') {
                lines++;
            }
            sb.append(c);
        }
        line += lines;
        int end = lineEnd(i);
        String tail = s.substring(i, end);
        if (!(tail.isEmpty() || tail.equals("\r"))) {
            throw new WalkRecordingException(line, "text after a string's closing quote");
        }
        nextLine(end);
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The lines after an unquoted (display-hint) string up to the next binding, each with its
     * line break; blank and comment lines at the end of them are left to the caller.
     */
    private String unquotedContinuation() {
        int p = pos;
        int l = line;
        int keepPos = pos;
        int keepLine = line;
        while (p < n) {
            int end = lineEnd(p);
            String text = lineText(p, end);
            if (bindingStart(text) >= 0) {
                break;
            }
            p = end < n ? end + 1 : n;
            l++;
            if (!skippable(text)) {
                keepPos = p;
                keepLine = l;
            }
        }
        String continuation = keepPos == pos ? "" : "\n" + stripCr(s.substring(pos, keepPos));
        pos = keepPos;
        line = keepLine;
        return continuation;
    }

    private static String stripCr(String lines) {
        String t = lines.endsWith("\n") ? lines.substring(0, lines.length() - 1) : lines;
        return t.endsWith("\r") ? t.substring(0, t.length() - 1) : t;
    }

    /** Tokens of the first line and of the continuation lines that hold only such tokens. */
    private List<String> tokens(String first, boolean bits) {
        List<String> tokens = new ArrayList<>();
        split(first, tokens);
        while (pos < n) {
            int end = lineEnd(pos);
            String text = lineText(pos, end);
            if (skippable(text) || bindingStart(text) >= 0) {
                break;
            }
            List<String> more = new ArrayList<>();
            split(text, more);
            for (String t : more) {
                if (!(ValueText.hexOctet(t) || (bits && BitsText.bitToken(t)))) {
                    return tokens;
                }
            }
            tokens.addAll(more);
            nextLine(end);
        }
        return tokens;
    }

    private static void split(String text, List<String> into) {
        for (String t : text.split(" ")) {
            if (!t.isEmpty()) {
                into.add(t);
            }
        }
    }

    private static String unescape(String t) {
        if (t.indexOf('\\') < 0) {
            return t;
        }
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\\' && i + 1 < t.length() && (t.charAt(i + 1) == '"' || t.charAt(i + 1) == '\\')) {
                c = t.charAt(++i);
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Blank (white space only), a comment ({@code #} first), or the trailer {@code snmpwalk -v1} prints. */
    private static boolean skippable(String text) {
        return text.isBlank() || text.charAt(0) == '#' || text.strip().equals("End of MIB");
    }

    /**
     * What a line that starts no binding (and continues none) should have been, for the message.
     * A symbolic OID ({@code SNMPv2-MIB::sysDescr.0 = …}) gets its own: ksnmp reads no MIBs.
     */
    private static String notABinding(String text) {
        int eq = text.indexOf(" = ");
        if (eq > 0 && text.substring(0, eq).indexOf(' ') < 0) {
            String name = eq > 60 ? text.substring(0, 57) + "..." : text.substring(0, eq);
            return "the OID \"" + name + "\" is not numeric (ksnmp reads no MIBs: record the walk with snmpwalk -On)";
        }
        return "expected \"OID = TYPE: value\" with a numeric OID (as snmpwalk -On prints), the continuation of "
            + "a value, a blank line or a # comment";
    }

    /**
     * @return the index of {@code " = "} when the line starts with an OID (numeric, or with its
     *     first arc named: {@code iso.3.6…}, {@code .iso.3.6…}) and it, else -1
     */
    static int bindingStart(String text) {
        int len = text.length();
        int i = len > 0 && text.charAt(0) == '.' ? 1 : 0;
        int named = OidText.topNameLength(text, i);
        if (named > 0) {
            i += named + 1;
        }
        while (true) {
            int digits = i;
            while (i < len && ValueText.isDigit(text.charAt(i))) {
                i++;
            }
            if (i == digits) {
                return -1;
            }
            if (i < len && text.charAt(i) == '.') {
                i++;
                continue;
            }
            return text.startsWith(" = ", i) ? i : -1;
        }
    }

    private int lineEnd(int from) {
        int end = s.indexOf('\n', from);
        return end < 0 ? n : end;
    }

    /** The line without its {@code \n} and without one {@code \r} before it. */
    private String lineText(int from, int end) {
        return end > from && s.charAt(end - 1) == '\r' ? s.substring(from, end - 1) : s.substring(from, end);
    }

    private void nextLine(int end) {
        pos = end < n ? end + 1 : n;
        line++;
    }
}
