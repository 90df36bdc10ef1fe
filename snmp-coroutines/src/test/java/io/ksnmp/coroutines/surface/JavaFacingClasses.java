package io.ksnmp.coroutines.surface;

import io.ksnmp.coroutines.SnmpEngine;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The classes of snmp-coroutines a Java caller can name, read from the built classes as javac
 * reads them: public, not synthetic, outside the {@code internal} packages, inside public
 * classes only, and not compiler-made ({@code $$} in the name: an inlined lambda's class).
 *
 * <p>The constructor rule: a class's constructors are API only if it is in
 * {@link #CONSTRUCTORS_ARE_API}; every other Java-facing class has none that javac can call
 * (Kotlin's {@code internal constructor} is public in bytecode, so such classes have a private
 * constructor and an internal factory, which is {@code @JvmSynthetic}).
 */
final class JavaFacingClasses {
    /**
     * The classes Java callers construct: option and value types, the agent's MIB pieces, and
     * exceptions. Adding a class here is a decision about the API.
     */
    static final Set<String> CONSTRUCTORS_ARE_API = Set.of(
            "io.ksnmp.coroutines.RemoteEngineInfo",
            "io.ksnmp.coroutines.TableOptions",
            "io.ksnmp.coroutines.WalkOptions",
            "io.ksnmp.coroutines.agent.AgentOptions",
            "io.ksnmp.coroutines.agent.AgentStateException",
            "io.ksnmp.coroutines.agent.AgentStateInUseException",
            "io.ksnmp.coroutines.agent.AgentStateMalformedException",
            "io.ksnmp.coroutines.agent.AgentUser",
            "io.ksnmp.coroutines.agent.MibColumn",
            "io.ksnmp.coroutines.agent.MibRegistry",
            "io.ksnmp.coroutines.agent.MutableScalar",
            "io.ksnmp.coroutines.agent.ScalarHandler",
            "io.ksnmp.coroutines.notification.NotificationReceiverOptions",
            "io.ksnmp.coroutines.notification.SenderUser");

    private JavaFacingClasses() {
    }

    /** @return every Java-facing class of snmp-coroutines */
    static List<Class<?>> all() throws IOException, URISyntaxException, ClassNotFoundException {
        List<Class<?>> classes = new ArrayList<>();
        for (String name : classFileNames()) {
            if (!name.startsWith("io/ksnmp/coroutines/") || name.contains("/internal/") || name.endsWith("module-info.class")) {
                continue;
            }
            Class<?> c = Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.'), false,
                    JavaFacingClasses.class.getClassLoader());
            if (isJavaFacing(c)) {
                classes.add(c);
            }
        }
        return classes;
    }

    /** @return whether javac lets code in another package call {@code k}: public or protected, and not synthetic */
    static boolean callable(Constructor<?> k) {
        return (Modifier.isPublic(k.getModifiers()) || Modifier.isProtected(k.getModifiers())) && !k.isSynthetic();
    }

    private static boolean isJavaFacing(Class<?> c) {
        for (Class<?> at = c; at != null; at = at.getEnclosingClass()) {
            if (!Modifier.isPublic(at.getModifiers()) || at.isSynthetic() || at.isAnonymousClass()) {
                return false;
            }
        }
        return !c.getName().contains("$$");
    }

    private static List<String> classFileNames() throws IOException, URISyntaxException {
        Path location = Path.of(SnmpEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                files.filter(p -> p.toString().endsWith(".class"))
                        .forEach(p -> names.add(location.relativize(p).toString().replace('\\', '/')));
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class")).forEach(names::add);
            }
        }
        return names;
    }
}
