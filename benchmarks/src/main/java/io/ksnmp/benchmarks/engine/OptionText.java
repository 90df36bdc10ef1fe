package io.ksnmp.benchmarks.engine;

import java.util.Arrays;
import java.util.List;

/** How the scenarios' command-line values are split: lists by commas, JVM options by white space. */
public final class OptionText {
    private OptionText() {
    }

    /** @return {@code "a, b,,c"} as {@code [a, b, c]} */
    public static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** @return {@code " -Xms1g  -Xmx1g"} as {@code [-Xms1g, -Xmx1g]} */
    public static List<String> words(String value) {
        return Arrays.stream(value.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * @return the value of the option at {@code args[i]}, the word after it
     * @throws IllegalArgumentException if the option is the last word
     */
    public static String valueOf(String[] args, int i) {
        if (i + 1 >= args.length) {
            throw new IllegalArgumentException(args[i] + " needs a value");
        }
        return args[i + 1];
    }

    /**
     * @param names client names given on the command line
     * @param known the scenario's clients
     * @throws IllegalArgumentException naming the first unknown one
     */
    public static void requireKnown(List<String> names, List<String> known) {
        for (String name : names) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown client " + name + "; known: " + known);
            }
        }
    }
}
