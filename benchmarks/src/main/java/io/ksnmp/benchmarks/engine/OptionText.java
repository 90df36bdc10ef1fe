package io.ksnmp.benchmarks.engine;

import java.util.Arrays;
import java.util.List;

/** How the scenarios' command-line values are split: lists by commas, JVM options by white space. */
final class OptionText {
    private OptionText() {
    }

    /** @return {@code "a, b,,c"} as {@code [a, b, c]} */
    static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** @return {@code " -Xms1g  -Xmx1g"} as {@code [-Xms1g, -Xmx1g]} */
    static List<String> words(String value) {
        return Arrays.stream(value.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }
}
