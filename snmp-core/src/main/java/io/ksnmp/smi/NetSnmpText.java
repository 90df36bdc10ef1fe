package io.ksnmp.smi;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Net-SNMP's textual forms of octets, shared by the types that print them. */
final class NetSnmpText {
    /** Net-SNMP breaks hex dumps into lines of this many octets. */
    static final int HEX_LINE_OCTETS = 16;

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private NetSnmpText() {
    }

    /** C-locale {@code isprint(b) || isspace(b)}: what Net-SNMP prints as text. */
    static boolean isText(byte b) {
        return (b >= 0x20 && b <= 0x7e) || (b >= 0x09 && b <= 0x0d);
    }

    static boolean allText(byte[] bytes) {
        for (byte b : bytes) {
            if (!isText(b)) {
                return false;
            }
        }
        return true;
    }

    /** Each octet as two upper-case hex digits and a space, a new line after every 16. */
    static void appendHex(StringBuilder sb, byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (i > 0 && i % HEX_LINE_OCTETS == 0) {
                sb.append('\n');
            }
            sb.append(HEX[(bytes[i] >> 4) & 0xf]).append(HEX[bytes[i] & 0xf]).append(' ');
        }
    }

    /** The octets between double quotes, with {@code \} and {@code "} escaped, others as '.'. */
    static void appendQuoted(StringBuilder sb, byte[] bytes) {
        sb.append('"');
        for (byte b : bytes) {
            if (isText(b)) {
                if (b == '\\' || b == '"') {
                    sb.append('\\');
                }
                sb.append((char) b);
            } else {
                sb.append('.');
            }
        }
        sb.append('"');
    }

    /**
     * Net-SNMP 5.9 prints a float or double with {@code %f} into a 128-byte buffer: a number
     * longer than this many characters (a double from about 1e120 up) is cut there.
     */
    static final int PRINTF_F_MAX = 127;

    /**
     * C's {@code printf("%f")} as glibc does it: the exact binary value rounded half-even to six
     * decimals, the sign kept on zero, {@code nan}/{@code -nan} by the sign bit, {@code inf}/{@code -inf};
     * cut at {@link #PRINTF_F_MAX} characters as Net-SNMP does.
     *
     * @param value the number (a float widens exactly, as C's varargs promotion does)
     * @param negative the sign bit of the original bits (NaN payloads do not survive widening)
     */
    static void appendPrintfF(StringBuilder sb, double value, boolean negative) {
        int start = sb.length();
        if (negative) {
            sb.append('-');
        }
        if (Double.isNaN(value)) {
            sb.append("nan");
        } else if (Double.isInfinite(value)) {
            sb.append("inf");
        } else {
            sb.append(new BigDecimal(Math.abs(value)).setScale(6, RoundingMode.HALF_EVEN).toPlainString());
        }
        if (sb.length() - start > PRINTF_F_MAX) {
            sb.setLength(start + PRINTF_F_MAX);
        }
    }
}
