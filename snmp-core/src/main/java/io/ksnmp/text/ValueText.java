package io.ksnmp.text;

import io.ksnmp.smi.Counter32;
import io.ksnmp.smi.Counter64;
import io.ksnmp.smi.EndOfMibView;
import io.ksnmp.smi.Gauge32;
import io.ksnmp.smi.Integer32;
import io.ksnmp.smi.IpAddress;
import io.ksnmp.smi.NoSuchInstance;
import io.ksnmp.smi.NoSuchObject;
import io.ksnmp.smi.NsapAddress;
import io.ksnmp.smi.Null;
import io.ksnmp.smi.ObjectIdentifier;
import io.ksnmp.smi.OctetString;
import io.ksnmp.smi.Opaque;
import io.ksnmp.smi.TimeTicks;
import io.ksnmp.smi.UInteger32;
import io.ksnmp.smi.Variable;
import java.util.List;

/**
 * Reads the one-line value forms Net-SNMP prints after {@code OID = }. Every failure is an
 * {@link IllegalArgumentException}, which the reader turns into a {@link WalkRecordingException}
 * with the line number.
 */
final class ValueText {
    static final String NO_SUCH_OBJECT = "No Such Object available on this agent at this OID";
    static final String NO_SUCH_INSTANCE = "No Such Instance currently exists at this OID";
    static final String END_OF_MIB_VIEW = "No more variables left in this MIB View (It is past the end of the MIB tree)";

    private ValueText() {
    }

    static Variable parse(String v) {
        switch (v) {
            case "NULL":
                return Null.INSTANCE;
            case "\"\"":
                return OctetString.empty();
            case NO_SUCH_OBJECT:
                return NoSuchObject.INSTANCE;
            case NO_SUCH_INSTANCE:
                return NoSuchInstance.INSTANCE;
            case END_OF_MIB_VIEW:
                return EndOfMibView.INSTANCE;
            default:
                break;
        }
        if (v.startsWith("INTEGER: ")) {
            return Integer32.of(integer(v.substring(9)));
        }
        if (v.startsWith("Gauge32: ")) {
            return Gauge32.of(unsigned(withoutUnits(v.substring(9)), 10));
        }
        if (v.startsWith("Counter32: ")) {
            return Counter32.of(unsigned(withoutUnits(v.substring(11)), 10));
        }
        if (v.startsWith("UInteger32: ")) {
            return UInteger32.of(unsigned(withoutUnits(v.substring(12)), 10));
        }
        if (v.startsWith("NsapAddress:")) {
            String octets = v.substring(12).trim();
            return NsapAddress.of(hexOctets(octets.isEmpty() ? List.of() : List.of(octets.split(" "))));
        }
        if (v.startsWith("Counter64: ")) {
            return Counter64.of(unsigned64(withoutUnits(v.substring(11))));
        }
        if (v.startsWith("Timeticks: (")) {
            return timeTicks(v.substring(12));
        }
        if (v.startsWith("IpAddress: ")) {
            return IpAddress.parse(v.substring(11));
        }
        if (v.startsWith("Network Address: ")) {
            return networkAddress(v.substring(17));
        }
        if (v.startsWith("OID: ")) {
            return ObjectIdentifier.of(OidText.parse(v.substring(5)));
        }
        if (v.startsWith("Opaque: ")) {
            return OpaqueText.parse(v.substring(8));
        }
        if (!v.isEmpty() && digits(v)) {
            // Net-SNMP 5.9 prints the obsolete UInteger32 (tag 0x47) as a bare number, and nothing else so.
            return UInteger32.of(unsigned(v, 10));
        }
        throw new IllegalArgumentException("not a value Net-SNMP prints");
    }

    /** {@code 5}, {@code -5}, {@code up(1)} (an enum label), each optionally followed by units. */
    private static int integer(String text) {
        String t = withoutUnits(text);
        if (!t.isEmpty() && (t.charAt(0) == '-' || isDigit(t.charAt(0)))) {
            return signed32(t);
        }
        int open = t.indexOf('(');
        if (open <= 0 || !t.endsWith(")") || !label(t.substring(0, open))) {
            throw new IllegalArgumentException("INTEGER is neither a number nor label(number)");
        }
        return signed32(t.substring(open + 1, t.length() - 1));
    }

    private static int signed32(String t) {
        String magnitude = t.startsWith("-") ? t.substring(1) : t;
        if (magnitude.isEmpty() || !digits(magnitude) || magnitude.length() > 11) {
            throw new IllegalArgumentException("not a decimal integer");
        }
        long n = Long.parseLong(t);
        if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("INTEGER out of 32-bit range");
        }
        return (int) n;
    }

    static long unsigned(String t, int radix) {
        if (t.isEmpty() || t.length() > 10 || !(radix == 10 ? digits(t) : hexDigits(t))) {
            throw new IllegalArgumentException("not an unsigned 32-bit number");
        }
        long n = Long.parseLong(t, radix);
        if (n > 0xffff_ffffL) {
            throw new IllegalArgumentException("above 4294967295");
        }
        return n;
    }

    static long unsigned64(String t) {
        if (t.isEmpty() || t.length() > 20 || !digits(t)) {
            throw new IllegalArgumentException("not an unsigned 64-bit number");
        }
        return Long.parseUnsignedLong(t);
    }

    /** What follows the first space is a MIB's UNITS clause, which ksnmp does not keep. */
    private static String withoutUnits(String t) {
        int space = t.indexOf(' ');
        return space < 0 ? t : t.substring(0, space);
    }

    /** After {@code Timeticks: (}: {@code 123) 0:00:01.23}; the human form is not checked. */
    private static TimeTicks timeTicks(String t) {
        int close = t.indexOf(')');
        if (close < 0 || (close + 1 < t.length() && t.charAt(close + 1) != ' ')) {
            throw new IllegalArgumentException("Timeticks without (n)");
        }
        return TimeTicks.of(unsigned(t.substring(0, close), 10));
    }

    /** {@code C0:A8:01:01}: a v1 NetworkAddress, an IpAddress on the wire. */
    private static IpAddress networkAddress(String t) {
        String[] parts = t.split(":", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("a Network Address of 4 octets");
        }
        byte[] b = new byte[4];
        for (int i = 0; i < 4; i++) {
            if (parts[i].length() != 2) {
                throw new IllegalArgumentException("octets as two hex digits");
            }
            b[i] = (byte) unsigned(parts[i], 16);
        }
        return IpAddress.of(b);
    }

    /** Tokens of two hex digits each, as Hex-STRING, OPAQUE and BITS print octets. */
    static byte[] hexOctets(List<String> tokens) {
        byte[] b = new byte[tokens.size()];
        for (int i = 0; i < b.length; i++) {
            if (!hexOctet(tokens.get(i))) {
                throw new IllegalArgumentException("not an octet as two hex digits");
            }
            b[i] = (byte) Integer.parseInt(tokens.get(i), 16);
        }
        return b;
    }

    static boolean hexOctet(String token) {
        return token.length() == 2 && hexDigits(token);
    }

    static boolean label(String t) {
        if (t.isEmpty() || !Character.isLetter(t.charAt(0))) {
            return false;
        }
        for (int i = 1; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_'))) {
                return false;
            }
        }
        return true;
    }

    static boolean digits(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (!isDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hexDigits(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(isDigit(c) || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
