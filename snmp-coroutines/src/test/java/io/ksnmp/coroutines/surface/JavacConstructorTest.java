package io.ksnmp.coroutines.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ksnmp.coroutines.SnmpEngine;
import io.ksnmp.smi.Oid;
import java.io.File;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The constructor rule as javac applies it: for every constructor of every concrete Java-facing
 * class ({@link JavaFacingClasses}), private and synthetic ones included, a snippet calls it with
 * arguments of its exact parameter types. Those of the classes whose constructors are API must
 * compile (which also shows the snippets are sound); every other one must not.
 */
class JavacConstructorTest {
    private record Snippet(String name, String what, String source, boolean api) {
    }

    private static String argument(Class<?> type) {
        if (type == boolean.class) {
            return "false";
        }
        if (type.isPrimitive()) {
            return "(" + type.getName() + ") 0";
        }
        return "(" + type.getCanonicalName() + ") null";
    }

    private static List<Snippet> snippets() throws Exception {
        List<Snippet> snippets = new ArrayList<>();
        for (Class<?> c : JavaFacingClasses.all()) {
            if (c.isInterface() || c.isEnum() || Modifier.isAbstract(c.getModifiers())) {
                continue; // nothing to call "new" on; the reflection check covers abstract classes
            }
            boolean api = JavaFacingClasses.CONSTRUCTORS_ARE_API.contains(c.getName());
            for (Constructor<?> k : c.getDeclaredConstructors()) {
                if (api && !JavaFacingClasses.callable(k)) {
                    continue; // an API class may keep some constructors to itself
                }
                String name = "Probe" + snippets.size();
                String arguments = Stream.of(k.getParameterTypes()).map(JavacConstructorTest::argument).collect(Collectors.joining(", "));
                String source = "package probe;\nclass " + name + " {\n    Object make() {\n        return new "
                        + c.getCanonicalName() + "(" + arguments + ");\n    }\n}\n";
                snippets.add(new Snippet(name, k.toGenericString() + (k.isSynthetic() ? " (synthetic)" : ""), source, api));
            }
        }
        return snippets;
    }

    /** @return the errors javac gives each snippet, by snippet name */
    private static Map<String, List<String>> compile(List<Snippet> snippets, Path out) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String classPath = Stream.of(SnmpEngine.class, Oid.class, kotlin.Unit.class, kotlinx.coroutines.Job.class)
                .map(c -> {
                    try {
                        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .collect(Collectors.joining(File.pathSeparator));
        List<JavaFileObject> files = new ArrayList<>();
        for (Snippet s : snippets) {
            files.add(new SimpleJavaFileObject(URI.create("string:///probe/" + s.name() + ".java"), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return s.source();
                }
            });
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, null, null)) {
            javac.getTask(null, fileManager, diagnostics, List.of("-proc:none", "-nowarn", "-Xmaxerrs", "1000000", "-cp", classPath, "-d", out.toString()), null, files).call();
        }
        Map<String, List<String>> errors = new TreeMap<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                String file = d.getSource() == null ? "(no file)" : Path.of(d.getSource().toUri().getPath()).getFileName().toString();
                errors.computeIfAbsent(file.replace(".java", ""), f -> new ArrayList<>()).add(d.getMessage(null));
            }
        }
        return errors;
    }

    @Test
    void javacCallsTheApiConstructorsAndNoOther(@TempDir Path out) throws Exception {
        List<Snippet> snippets = snippets();
        assertTrue(snippets.stream().anyMatch(Snippet::api), "some constructors are API");
        assertTrue(snippets.stream().anyMatch(s -> !s.api()), "some constructors are hidden");
        Map<String, List<String>> errors = compile(snippets, out);
        Map<String, List<String>> outside = new TreeMap<>(errors);
        outside.keySet().removeIf(n -> n.startsWith("Probe"));
        assertEquals(Map.of(), outside, "no error outside the snippets");

        Map<String, String> wrong = new LinkedHashMap<>();
        for (Snippet s : snippets) {
            boolean compiled = !errors.containsKey(s.name());
            if (compiled != s.api()) {
                wrong.put(s.what(), s.api() ? "an API constructor javac rejects: " + errors.get(s.name()) : "javac accepts it, and it is not API");
            }
        }
        assertEquals(Map.of(), wrong, wrong.toString());
    }
}
