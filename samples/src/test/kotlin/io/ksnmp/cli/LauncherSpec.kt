package io.ksnmp.cli

import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContain
import io.kotest.matchers.collections.shouldContainInOrder
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldEndWith
import io.kotest.matchers.string.shouldNotContain
import io.kotest.matchers.string.shouldStartWith
import java.nio.file.Files
import java.nio.file.Path
import java.util.concurrent.TimeUnit
import kotlin.io.path.createDirectories
import kotlin.io.path.createTempDirectory
import kotlin.io.path.exists
import kotlin.io.path.readText
import kotlin.io.path.writeText

/**
 * The `./ksnmp` launcher, run on a copy of itself in an empty tree (so the tool is stale) with a
 * scripted `mvn` and `java` first on the PATH: while it builds it shows each module as Maven
 * starts it, and Maven's warnings and errors, without colour escapes; a failed build says so and
 * keeps Maven's output; a built tool is run without building again.
 */
class LauncherSpec : FunSpec({
    timeout = 60_000L
    val launcher = generateSequence(Path.of("").toAbsolutePath()) { it.parent }
        .map { it.resolve("ksnmp") }
        .first { Files.isRegularFile(it) && it.resolveSibling("samples").resolve("pom.xml").exists() }
    val dir = createTempDirectory("ksnmp-launcher-")
    afterSpec { dir.toFile().deleteRecursively() }
    var n = 0

    /** A tree holding only the launcher, and a bin directory with [mvn] and a `java` that says what it ran. */
    fun tree(mvn: String): Path {
        val root = dir.resolve("tree-${++n}").createDirectories()
        Files.copy(launcher, root.resolve("ksnmp"))
        val bin = root.resolve("bin").createDirectories()
        bin.resolve("mvn").writeText("#!/usr/bin/env bash\n$mvn")
        bin.resolve("java").writeText("#!/usr/bin/env bash\necho \"java ran: $*\"\n")
        // A JDK 21 as the launcher sees one (its release file): it is run, with a CDS archive kept by the JVM.
        root.resolve("release").writeText("JAVA_VERSION=\"21.0.2\"\n")
        bin.toFile().listFiles()!!.forEach { it.setExecutable(true) }
        return root
    }

    fun runWith(root: Path, environment: Map<String, String>, vararg args: String): KsnmpRun {
        val builder = ProcessBuilder(listOf("bash", root.resolve("ksnmp").toString()) + args)
        builder.environment().remove("JAVA_HOME")
        builder.environment().remove("KSNMP_JAVA")
        builder.environment().putAll(environment)
        builder.environment()["PATH"] = "${root.resolve("bin")}:${System.getenv("PATH")}"
        builder.environment()["TMPDIR"] = root.toString()
        val process = builder.start()
        process.outputStream.close()
        val stdout = process.inputStream.bufferedReader().readText()
        val stderr = process.errorStream.bufferedReader().readText()
        process.waitFor(30, TimeUnit.SECONDS) shouldBe true
        return KsnmpRun(process.exitValue(), stdout, stderr)
    }

    fun run(root: Path, vararg args: String): KsnmpRun = runWith(root, emptyMap(), *args)

    // What Maven 3.8.7 prints, colour resets and all, cut down to the lines that matter here.
    val maven = """
        |printf '\e[0m\e[0m[INFO] Scanning for projects...\n'
        |printf '[INFO] Building ksnmp 0.1.0-SNAPSHOT                                      [1/2]\n'
        |printf '[INFO] --- maven-enforcer-plugin:3.5.0:enforce (enforce-build-environment) @ ksnmp-parent ---\n'
        |printf '[INFO] Building ksnmp samples and the ksnmp tool 0.1.0-SNAPSHOT          [2/2]\n'
        |printf '[INFO] --- kotlin-maven-plugin:2.2.21:compile (compile) @ samples ---\n'
        |printf '\e[1;33m[WARNING]\e[m a warning from the build\n'
        |""".trimMargin()

    test("a build shows each module and Maven's warnings, without escapes; then the tool runs, and the next run builds nothing") {
        val root = tree(maven + "mkdir -p samples/target && touch samples/target/ksnmp.jar\nprintf '[INFO] BUILD SUCCESS\\n'\n")
        val first = run(root, "get", "-v2c")
        withClue(first) {
            first.exitCode shouldBe 0
            first.stdout shouldStartWith "java ran: "
            first.stdout shouldEndWith " -jar ${root.resolve("samples/target/ksnmp.jar")} get -v2c\n"
            first.stdout shouldContain "-XX:SharedArchiveFile=${root.resolve("samples/target/ksnmp-jdk21.jsa")} -XX:+AutoCreateSharedArchive"
            first.stderr shouldNotContain "\u001b"
            val lines = first.stderr.lines()
            lines shouldContainInOrder listOf("ksnmp:   [1/2] ksnmp", "ksnmp:   [2/2] ksnmp samples and the ksnmp tool")
            lines shouldContain "ksnmp:   [WARNING] a warning from the build"
            lines.none { it.contains("Scanning for projects") } shouldBe true
        }
        val second = run(root, "demo")
        withClue(second) {
            second.exitCode shouldBe 0
            second.stderr shouldBe ""
            second.stdout shouldStartWith "java ran: "
            second.stdout shouldEndWith " -jar ${root.resolve("samples/target/ksnmp.jar")} demo\n"
        }
    }

    test("KSNMP_JAVA names the JVM") {
        val root = tree(maven + "mkdir -p samples/target && touch samples/target/ksnmp.jar\nprintf '[INFO] BUILD SUCCESS\\n'\n")
        val other = root.resolve("other-java")
        other.writeText("#!/usr/bin/env bash\necho \"other java ran: $*\"\n")
        other.toFile().setExecutable(true)
        val ran = runWith(root, mapOf("KSNMP_JAVA" to other.toString()), "-V")
        withClue(ran) { ran.stdout shouldStartWith "other java ran: " }
    }

    test("a failed build shows Maven's errors, keeps its whole output in a file it names, runs nothing and exits 1") {
        val root = tree(maven + "printf '\\e[1;31m[ERROR]\\e[m COMPILATION ERROR\\n'\nprintf '[INFO] BUILD FAILURE\\n'\nexit 1\n")
        val failed = run(root, "demo")
        withClue(failed) {
            failed.exitCode shouldBe 1
            failed.stdout shouldBe ""
            failed.stderr shouldNotContain "\u001b"
            val lines = failed.stderr.lines()
            lines shouldContain "ksnmp:   [ERROR] COMPILATION ERROR"
            val log = Files.list(root).use { files -> files.filter { it.fileName.toString().startsWith("ksnmp-build.") }.toList() }.single()
            lines.last { it.isNotEmpty() }.endsWith(log.toString()) shouldBe true
            log.readText().lines() shouldContain "[INFO] BUILD FAILURE"
        }
    }
})
