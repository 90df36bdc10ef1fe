package io.ksnmp.coroutines.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ksnmp.coroutines.PollResult;
import io.ksnmp.coroutines.WalkOptions;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * What a Java caller of snmp-coroutines can see ({@link JavaFacingClasses}): every public,
 * non-synthetic constructor, method and field. None may mention a {@code kotlin.} or
 * {@code kotlinx.} type (Kotlin's own API is hidden from Java with {@code @JvmSynthetic}; Java has
 * the futures view) or carry a Kotlin-mangled name ({@code -} or {@code $} in it), and only the
 * classes in {@link JavaFacingClasses#CONSTRUCTORS_ARE_API} have a constructor javac can call.
 * Kotlin's own enum member {@code getEntries()} (Java has {@code values()}) is left out.
 */
class JavaSurfaceTest {
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

    /** @return why {@code c}'s constructors break the constructor rule, if they do */
    private static List<String> constructorProblems(Class<?> c, Set<String> constructorsAreApi) {
        List<String> problems = new ArrayList<>();
        if (constructorsAreApi.contains(c.getName())) {
            return problems;
        }
        for (Constructor<?> k : c.getDeclaredConstructors()) {
            if (JavaFacingClasses.callable(k)) {
                problems.add(c.getName() + " constructor " + k.toGenericString() + ": callable from Java, not API");
            }
        }
        return problems;
    }

    @Test
    void javaSeesOnlyJavaTypesAndNoMangledNames() throws Exception {
        List<String> problems = new ArrayList<>();
        List<Class<?>> classes = JavaFacingClasses.all();
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

    @Test
    void onlyTheApiClassesHaveConstructorsJavaCanCall() throws Exception {
        List<String> problems = new ArrayList<>();
        Set<String> withCallableConstructors = new TreeSet<>();
        for (Class<?> c : JavaFacingClasses.all()) {
            problems.addAll(constructorProblems(c, JavaFacingClasses.CONSTRUCTORS_ARE_API));
            for (Constructor<?> k : c.getDeclaredConstructors()) {
                if (JavaFacingClasses.callable(k)) {
                    withCallableConstructors.add(c.getName());
                }
            }
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
        // Every allowed class exists and has a constructor: the list says what the API is, nothing stale.
        assertEquals(new TreeSet<>(JavaFacingClasses.CONSTRUCTORS_ARE_API), withCallableConstructors);
    }

    /** The checks find what they must: a mangled name, a Kotlin type, a constructor that is not API. */
    @Test
    void theChecksRecogniseWhatTheyReject() {
        assertNotNull(problem(Object.class, "method", "manager-abc", "x"));
        assertNotNull(problem(Object.class, "method", "get$snmp_coroutines", "x"));
        assertNotNull(problem(Object.class, "method", "f", "public final kotlinx.coroutines.flow.Flow f()"));
        assertNull(problem(Object.class, "method", "f", "public final java.util.List<java.lang.String> f()"));

        assertFalse(constructorProblems(WalkOptions.class, Set.of()).isEmpty(), "WalkOptions' constructors, were they not API");
        assertEquals(List.of(), constructorProblems(WalkOptions.class, Set.of(WalkOptions.class.getName())));
        assertEquals(List.of(), constructorProblems(PollResult.Success.class, Set.of()), "a private constructor and a synthetic one");
    }
}
