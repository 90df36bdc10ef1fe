package io.ksnmp.text;

import java.util.List;

/**
 * Reads Net-SNMP's {@code BITS: 07 80 5 6 7 8 } form: the octets in hex, then each set bit (bit 0
 * is the top bit of the first octet) as its number or, with a MIB, as {@code label(number)}.
 * Both halves are made of tokens that can look alike ({@code 10} is an octet and a bit number),
 * so the split is the one where the listed bits are exactly the bits the octets set; at most one
 * split can be.
 */
final class BitsText {
    private BitsText() {
    }

    /** A token that can only stand in the bit list: a decimal number or {@code label(number)}. */
    static boolean bitToken(String t) {
        return bitNumber(t) >= 0;
    }

    static byte[] octets(List<String> tokens) {
        int hexPrefix = 0;
        while (hexPrefix < tokens.size() && ValueText.hexOctet(tokens.get(hexPrefix))) {
            hexPrefix++;
        }
        for (int k = hexPrefix; k >= 0; k--) {
            byte[] octets = ValueText.hexOctets(tokens.subList(0, k));
            if (bitsMatch(octets, tokens.subList(k, tokens.size()))) {
                return octets;
            }
        }
        throw new IllegalArgumentException("BITS whose listed bits are not the bits its octets set");
    }

    private static boolean bitsMatch(byte[] octets, List<String> listed) {
        int next = 0;
        for (int bit = 0; bit < octets.length * 8; bit++) {
            if ((octets[bit / 8] & (0x80 >> (bit % 8))) == 0) {
                continue;
            }
            if (next >= listed.size() || bitNumber(listed.get(next)) != bit) {
                return false;
            }
            next++;
        }
        return next == listed.size();
    }

    /** @return the bit number a token names, or -1 if it names none */
    private static int bitNumber(String t) {
        String number = t;
        int open = t.indexOf('(');
        if (open >= 0) {
            if (!t.endsWith(")") || !ValueText.label(t.substring(0, open))) {
                return -1;
            }
            number = t.substring(open + 1, t.length() - 1);
        }
        if (number.isEmpty() || number.length() > 6 || !ValueText.digits(number)) {
            return -1;
        }
        return Integer.parseInt(number);
    }
}
