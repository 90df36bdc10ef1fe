package io.ksnmp.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What {@code mvn -B verify} leaves for publishing, read as Maven Central reads it: for every
 * library module (the modules the BOM pins, which must be every module but the non-library ones)
 * the main, sources and javadoc jars, and the POM that would be published (the flattened one:
 * no parent, the version resolved) carrying name, description, URL, licence, developers and SCM.
 * It runs at verify, after the modules it reads were packaged.
 */
class ReleaseCheckTest {
    /** Modules that are built but never published. */
    private static final Set<String> NOT_PUBLISHED = Set.of("samples", "benchmarks", "release-check", "ksnmp-bom");

    private final Path root = Path.of(System.getProperty("ksnmp.root")).normalize();
    private final String version = System.getProperty("ksnmp.version");

    @Test
    void theBomPinsEveryLibraryModuleAndNothingElse() throws Exception {
        Document bom = publishedPom("ksnmp-bom");
        assertEquals("pom", text(bom.getDocumentElement(), "packaging"), "the BOM's packaging");
        List<String> pinned = new ArrayList<>();
        Element management = child(bom.getDocumentElement(), "dependencyManagement");
        for (Element dependency : children(child(management, "dependencies"), "dependency")) {
            assertEquals("io.ksnmp", text(dependency, "groupId"), "a BOM entry's groupId");
            assertEquals(version, text(dependency, "version"), "the version the BOM pins for " + text(dependency, "artifactId"));
            pinned.add(text(dependency, "artifactId"));
        }
        assertEquals(libraryModules(), Set.copyOf(pinned), "the BOM pins every library module, each once, and nothing else");
        assertEquals(pinned.size(), Set.copyOf(pinned).size(), "each module once in the BOM");
        assertCentralMetadata("ksnmp-bom", bom);
    }

    @Test
    void everyLibraryModuleHasItsJarsAndACentralReadyPom() throws Exception {
        Set<String> moduleNames = new HashSet<>();
        for (String module : libraryModules()) {
            Path target = root.resolve(module).resolve("target");
            String base = module + "-" + version;

            Path main = target.resolve(base + ".jar");
            assertTrue(Files.isRegularFile(main), module + ": the main jar " + main.getFileName());
            try (JarFile jar = new JarFile(main.toFile())) {
                Manifest manifest = jar.getManifest();
                String name = manifest == null ? null : manifest.getMainAttributes().getValue("Automatic-Module-Name");
                assertTrue(name != null && name.matches("io\\.ksnmp(\\.[a-z]+)*"), module + ": Automatic-Module-Name, was " + name);
                assertTrue(moduleNames.add(name), module + ": Automatic-Module-Name " + name + " is another module's");
                assertTrue(jar.stream().anyMatch(e -> e.getName().endsWith(".class")), module + ": classes in the main jar");
            }

            Path sources = target.resolve(base + "-sources.jar");
            assertTrue(Files.isRegularFile(sources), module + ": the sources jar " + sources.getFileName());
            try (JarFile jar = new JarFile(sources.toFile())) {
                assertTrue(jar.stream().anyMatch(e -> e.getName().endsWith(".java") || e.getName().endsWith(".kt")),
                        module + ": sources in the sources jar");
                assertFalse(jar.stream().anyMatch(e -> e.getName().endsWith(".class")), module + ": no classes in the sources jar");
            }

            Path javadoc = target.resolve(base + "-javadoc.jar");
            assertTrue(Files.isRegularFile(javadoc), module + ": the javadoc jar " + javadoc.getFileName());
            try (JarFile jar = new JarFile(javadoc.toFile())) {
                assertTrue(jar.getEntry("index.html") != null, module + ": index.html in the javadoc jar");
                assertFalse(jar.stream().anyMatch(e -> e.getName().contains("/internal/")),
                        module + ": internal packages are not documented");
            }

            Document pom = publishedPom(module);
            assertEquals("jar", textOr(pom.getDocumentElement(), "packaging", "jar"), module + ": packaging");
            assertCentralMetadata(module, pom);
            Element dependencies = child(pom.getDocumentElement(), "dependencies");
            if (dependencies != null) {
                for (Element dependency : children(dependencies, "dependency")) {
                    String coordinates = text(dependency, "groupId") + ":" + text(dependency, "artifactId");
                    assertFalse(text(dependency, "version").isBlank(), module + ": a version for " + coordinates);
                    assertFalse(text(dependency, "version").endsWith("-SNAPSHOT") && !coordinates.startsWith("io.ksnmp:"),
                            module + ": no snapshot of another project: " + coordinates);
                }
            }
        }
    }

    /** Every module of the root POM that is published. */
    private Set<String> libraryModules() throws Exception {
        Document parent = parse(root.resolve("pom.xml"));
        Set<String> modules = new HashSet<>();
        for (Element module : children(child(parent.getDocumentElement(), "modules"), "module")) {
            String name = module.getTextContent().trim();
            if (!NOT_PUBLISHED.contains(name)) {
                modules.add(name);
            }
        }
        assertFalse(modules.isEmpty(), "library modules in the root POM");
        return modules;
    }

    /** Maven Central's rules for a published POM (central.sonatype.org, "Requirements"). */
    private void assertCentralMetadata(String module, Document pom) throws IOException {
        Element project = pom.getDocumentElement();
        String raw = Files.readString(publishedPomPath(module));
        assertFalse(raw.contains("${"), module + ": no unresolved ${...} in the published POM");
        assertEquals(null, child(project, "parent"), module + ": the published POM stands alone (no parent)");
        assertEquals(null, child(project, "repositories"), module + ": no repositories in the published POM");
        assertEquals("io.ksnmp", text(project, "groupId"), module + ": groupId");
        assertEquals(module, text(project, "artifactId"), module + ": artifactId");
        assertEquals(version, text(project, "version"), module + ": version");
        for (String element : List.of("name", "description", "url")) {
            assertFalse(text(project, element).isBlank(), module + ": <" + element + ">");
        }
        assertTrue(text(project, "url").startsWith("https://"), module + ": <url> is https");

        List<Element> licenses = children(child(project, "licenses"), "license");
        assertFalse(licenses.isEmpty(), module + ": a licence");
        for (Element license : licenses) {
            assertFalse(text(license, "name").isBlank(), module + ": a licence's name");
            assertTrue(text(license, "url").startsWith("https://"), module + ": a licence's URL");
        }
        List<Element> developers = children(child(project, "developers"), "developer");
        assertFalse(developers.isEmpty(), module + ": a developer");
        for (Element developer : developers) {
            assertFalse(text(developer, "name").isBlank(), module + ": a developer's name");
        }
        Element scm = child(project, "scm");
        if (scm == null) {
            fail(module + ": <scm>");
        }
        assertTrue(text(scm, "url").startsWith("https://"), module + ": <scm><url>");
        assertTrue(text(scm, "connection").startsWith("scm:git:"), module + ": <scm><connection>");
        assertTrue(text(scm, "developerConnection").startsWith("scm:git:"), module + ": <scm><developerConnection>");
        assertEquals(text(project, "url"), text(scm, "url"), module + ": the project and SCM URLs (no module path appended)");
    }

    private Path publishedPomPath(String module) {
        Path pom = root.resolve(module).resolve("target").resolve("published-pom.xml");
        assertTrue(Files.isRegularFile(pom), module + ": the published (flattened) POM " + pom.getFileName());
        return pom;
    }

    private Document publishedPom(String module) throws Exception {
        return parse(publishedPomPath(module));
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent != null) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && name.equals(e.getLocalName())) {
                    found.add(e);
                }
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        return textOr(parent, name, "");
    }

    private static String textOr(Element parent, String name, String otherwise) {
        Element e = child(parent, name);
        return e == null ? otherwise : e.getTextContent().trim();
    }
}
