package io.ksnmp.coroutines.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ksnmp.coroutines.SnmpEngine;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a Java caller of snmp-coroutines can see, read from the built classes as javac reads them:
 * every public, non-synthetic constructor, method and field of every public class outside the
 * {@code internal} packages. None may mention a {@code kotlin.} or {@code kotlinx.} type (Kotlin's
 * own API is hidden from Java with {@code @JvmSynthetic}; Java has the futures view) or carry a
 * Kotlin-mangled name ({@code -} or {@code $} in it). Kotlin's own enum member {@code getEntries()}
 * (Java has {@code values()}) is left out. Classes Kotlin declares internal live in the internal
 * packages, so every public class outside them is one a Java caller may use.
 */
class JavaSurfaceTest {
    private static List<Class<?>> publicClasses() throws IOException, URISyntaxException, ClassNotFoundException {
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
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            if (!name.startsWith("io/ksnmp/coroutines/") || name.contains("/internal/") || name.endsWith("module-info.class")) {
                continue;
            }
            Class<?> c = Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.'), false,
                    JavaSurfaceTest.class.getClassLoader());
            if (Modifier.isPublic(c.getModifiers()) && !c.isSynthetic() && !c.isAnonymousClass() && !c.getName().contains("$$")
                    && (c.getEnclosingClass() == null || Modifier.isPublic(c.getEnclosingClass().getModifiers()))) {
                classes.add(c);
            }
        }
        return classes;
    }

    private static boolean visible(Member m) {
        return Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !(m instanceof Method method && method.isBridge());
    }

    private static String problem(Class<?> owner, String what, String name, String signature) {
        if (name.contains("-") || name.contains("$")) {
            return owner.getName() + " " + what + " " + name + ": a mangled name";
        }
        if (signature.contains("kotlin.") || signature.contains("kotlinx.")) {
            return owner.getName() + " " + what + " " + signature + ": a Kotlin type";
        }
        return null;
    }

    @Test
    void javaSeesOnlyJavaTypesAndNoMangledNames() throws Exception {
        List<String> problems = new ArrayList<>();
        List<Class<?>> classes = publicClasses();
        assertTrue(classes.size() > 30, "the classes were found: " + classes.size());
        for (Class<?> c : classes) {
            for (Method m : c.getDeclaredMethods()) {
                if (visible(m) && !(c.isEnum() && m.getName().equals("getEntries"))) {
                    String p = problem(c, "method", m.getName(), m.toGenericString());
                    if (p != null) {
                        problems.add(p);
                    }
                }
            }
            for (Field f : c.getDeclaredFields()) {
                if (visible(f)) {
                    String p = problem(c, "field", f.getName(), f.toGenericString());
                    if (p != null) {
                        problems.add(p);
                    }
                }
            }
            for (Constructor<?> k : c.getDeclaredConstructors()) {
                if (visible(k)) {
                    String p = problem(c, "constructor", "init", k.toGenericString());
                    if (p != null) {
                        problems.add(p);
                    }
                }
            }
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    /** The check itself finds what it must: a mangled name, a Kotlin type. */
    @Test
    void theCheckRecognisesWhatItRejects() {
        assertTrue(problem(Object.class, "method", "manager-abc", "x") != null);
        assertTrue(problem(Object.class, "method", "get$snmp_coroutines", "x") != null);
        assertTrue(problem(Object.class, "method", "f", "public final kotlinx.coroutines.flow.Flow f()") != null);
        assertTrue(problem(Object.class, "method", "f", "public final java.util.List<java.lang.String> f()") == null);
    }
}
