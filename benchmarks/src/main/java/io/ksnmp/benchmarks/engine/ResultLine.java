package io.ksnmp.benchmarks.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/** How a child JVM reports to the parent: one line {@code RESULT key=value key=value …} on standard output. */
public final class ResultLine {
    /** What starts every result line. */
    public static final String PREFIX = "RESULT ";

    private ResultLine() {
    }

    /**
     * @param values the result, in the order to print
     * @return its line
     */
    public static String format(Map<String, ?> values) {
        StringBuilder b = new StringBuilder(PREFIX);
        for (Map.Entry<String, ?> e : values.entrySet()) {
            b.append(e.getKey()).append('=').append(String.valueOf(e.getValue()).replaceAll("\\s+", "_")).append(' ');
        }
        return b.toString().trim();
    }

    /** @return the values, or null if the line is not a result */
    public static Map<String, String> parse(String line) {
        if (!line.startsWith(PREFIX)) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : line.substring(PREFIX.length()).trim().split(" ")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return out;
    }
}
