package io.ksnmp.text;

import io.ksnmp.smi.Opaque;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Reads Net-SNMP's forms of the types wrapped in an Opaque (after {@code Opaque: }):
 * {@code Float: 4.551270}, {@code Double: …} (printed by other tools; Net-SNMP 5.9 prints a
 * double as {@code Float:} as well), {@code Int64: -1}, {@code UInt64: …}, {@code Counter64: …}.
 *
 * <p>The floating-point text is C's {@code %f}: six decimals. A float is chosen when the float
 * nearest the text prints the same as the double nearest it; otherwise (more digits than a float
 * holds, or beyond its range) a double. Either way printing the result gives the text back, for
 * every text {@code %f} printed from a float or a double.
 */
final class OpaqueText {
    private OpaqueText() {
    }

    static Opaque parse(String t) {
        if (t.startsWith("Float: ")) {
            return floating(t.substring(7), false);
        }
        if (t.startsWith("Double: ")) {
            return floating(t.substring(8), true);
        }
        if (t.startsWith("Int64: ")) {
            String n = t.substring(7);
            String magnitude = n.startsWith("-") ? n.substring(1) : n;
            if (magnitude.isEmpty() || magnitude.length() > 19 || !ValueText.digits(magnitude)) {
                throw new IllegalArgumentException("not a signed 64-bit number");
            }
            return Opaque.ofInt64(Long.parseLong(n));
        }
        if (t.startsWith("UInt64: ")) {
            return Opaque.ofUnsigned64(ValueText.unsigned64(t.substring(8)));
        }
        if (t.startsWith("Counter64: ")) {
            return Opaque.ofCounter64(ValueText.unsigned64(t.substring(11)));
        }
        throw new IllegalArgumentException("not an Opaque type Net-SNMP prints");
    }

    private static Opaque floating(String t, boolean isDouble) {
        switch (t) {
            case "nan":
                return isDouble ? Opaque.ofDouble(Double.NaN) : Opaque.ofFloat(Float.NaN);
            case "-nan":
                return isDouble
                        ? Opaque.ofDouble(Double.longBitsToDouble(0xfff8_0000_0000_0000L))
                        : Opaque.ofFloat(Float.intBitsToFloat(0xffc0_0000));
            case "inf":
                return isDouble ? Opaque.ofDouble(Double.POSITIVE_INFINITY) : Opaque.ofFloat(Float.POSITIVE_INFINITY);
            case "-inf":
                return isDouble ? Opaque.ofDouble(Double.NEGATIVE_INFINITY) : Opaque.ofFloat(Float.NEGATIVE_INFINITY);
            default:
                break;
        }
        checkDecimal(t);
        double d = t.length() >= TRUNCATED_LENGTH ? untruncated(t) : Double.parseDouble(t);
        if (isDouble) {
            return Opaque.ofDouble(d);
        }
        Opaque asFloat = Opaque.ofFloat(Float.parseFloat(t));
        Opaque asDouble = Opaque.ofDouble(d);
        return printed(asFloat).equals(printed(asDouble)) ? asFloat : asDouble;
    }

    /** Net-SNMP cuts {@code %f} output at 127 characters (a double from about 1e120 up). */
    private static final int TRUNCATED_LENGTH = 127;

    /**
     * The double whose {@code %f} text, cut at 127 characters, is {@code t}. With a decimal point
     * in {@code t} the integer part is whole (and a double that large has no fraction); without one,
     * some of its digits were cut: the double is found by trying each count of missing digits.
     */
    private static double untruncated(String t) {
        if (t.indexOf('.') >= 0) {
            return Double.parseDouble(t);
        }
        boolean negative = t.startsWith("-");
        BigInteger prefix = new BigInteger(negative ? t.substring(1) : t);
        for (int missing = 0; missing <= 310; missing++) {
            double d = Double.parseDouble(t + "0".repeat(missing));
            if (Double.isInfinite(d)) {
                break;
            }
            BigInteger scale = BigInteger.TEN.pow(missing);
            for (double candidate : new double[] {d, Math.nextUp(d), Math.nextDown(d)}) {
                // Doubles this large are integers: compare the exact value's leading digits.
                BigInteger exact = new BigDecimal(Math.abs(candidate)).toBigInteger();
                if (exact.divide(scale).equals(prefix)) {
                    return candidate;
                }
            }
        }
        return Double.parseDouble(t);
    }

    private static String printed(Opaque o) {
        return o.toString();
    }

    /** {@code -?digits[.digits]}: what {@code %f} prints for a finite number (no exponent, no hex). */
    private static void checkDecimal(String t) {
        String u = t.startsWith("-") ? t.substring(1) : t;
        int dot = u.indexOf('.');
        String whole = dot < 0 ? u : u.substring(0, dot);
        String fraction = dot < 0 ? "0" : u.substring(dot + 1);
        boolean cut = t.length() >= TRUNCATED_LENGTH;
        if (whole.isEmpty() || (fraction.isEmpty() && !cut) || !ValueText.digits(whole) || !ValueText.digits(fraction)) {
            throw new IllegalArgumentException("not a decimal number as %f prints it");
        }
        if (whole.length() > 400) {
            // No double has more integer digits than 309; keep the work bounded.
            throw new IllegalArgumentException("a number beyond any double");
        }
    }
}
