package io.ksnmp.benchmarks.notify;

import io.ksnmp.benchmarks.engine.Forks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which {@code java} runs the {@code sendmmsg} sender, which needs JDK 22 or later while the
 * module is built for Java 17: this JVM's own if it is recent enough, else the newest JDK 22+
 * in {@code /usr/lib/jvm} (where Debian and Temurin's packages install), told by the
 * {@code JAVA_VERSION} of its {@code release} file.
 */
final class SenderJava {
    private static final int NEEDED = 22;
    private static final Pattern VERSION = Pattern.compile("JAVA_VERSION=\"(\\d+)");

    private SenderJava() {
    }

    /** @return a {@code java} binary of JDK 22 or later, if one is found */
    static Optional<String> find() {
        if (Runtime.version().feature() >= NEEDED) {
            return Optional.of(Forks.javaBinary());
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        String best = null;
        int bestVersion = 0;
        try (Stream<Path> homes = Files.list(jvms)) {
            for (Path home : (Iterable<Path>) homes::iterator) {
                int version = featureVersion(home);
                Path java = home.resolve("bin").resolve("java");
                if (version >= NEEDED && version > bestVersion && Files.isExecutable(java)) {
                    best = java.toString();
                    bestVersion = version;
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(best);
    }

    /** @return the feature version in a JDK's {@code release} file, or 0 */
    static int featureVersion(Path home) {
        Path release = home.resolve("release");
        try {
            Matcher m = VERSION.matcher(Files.readString(release, StandardCharsets.UTF_8));
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
