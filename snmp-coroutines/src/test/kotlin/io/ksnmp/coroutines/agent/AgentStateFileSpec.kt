package io.ksnmp.coroutines.agent

import io.kotest.assertions.fail
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeInstanceOf
import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.message.SnmpVersion
import java.net.BindException
import java.nio.file.Files
import java.nio.file.Path
import java.util.concurrent.TimeUnit
import kotlin.io.path.readText
import kotlin.io.path.writeText
import kotlin.time.Duration.Companion.seconds

/**
 * One state file serves one agent at a time, in one JVM and across processes (a child JVM): the
 * second start fails with [AgentStateInUseException] and the first keeps serving; closing the
 * agent, or its engine, frees the file and the next agent's boots go up by one. A malformed
 * state file fails with [AgentStateMalformedException] naming the file and the line.
 */
class AgentStateFileSpec : FunSpec({
    timeout = 120_000L
    val demo = DemoMib()
    val dir = Files.createTempDirectory("ksnmp-state-lock-")
    afterSpec { dir.toFile().deleteRecursively() }
    var n = 0
    fun freshStateFile(): Path = dir.resolve("agent-${++n}.state")
    fun bootsIn(state: Path) = state.readText().lines().single { it.startsWith("engineBoots=") }.removePrefix("engineBoots=").toInt()

    test("a second agent in this JVM on the same file fails with AgentStateInUseException; the first keeps serving") {
        val state = freshStateFile()
        SnmpEngine().use { engine ->
            val first = engine.agent(AgentOptions(stateFile = state), demo.mib)
            val sameEngine = shouldThrow<AgentStateInUseException> { engine.agent(AgentOptions(stateFile = state), demo.mib) }
            sameEngine.stateFile shouldBe state
            sameEngine.holderPidOrNull shouldBe ProcessHandle.current().pid()
            SnmpEngine().use { other ->
                // another spelling of the same file is the same file
                val spelled = dir.resolve(".").resolve(state.fileName)
                shouldThrow<AgentStateInUseException> { other.agent(AgentOptions(stateFile = spelled), demo.mib) }.stateFile shouldBe spelled
            }
            bootsIn(state) shouldBe 1
            val manager = engine.manager(first.address, version = SnmpVersion.V2C, community = "public", timeout = 5.seconds)
            manager.get(DemoMib.SYS_DESCR).single().value() shouldBe demo.mib.get(DemoMib.SYS_DESCR)
            first.isClosed shouldBe false

            first.close()
            val next = engine.agent(AgentOptions(stateFile = state), demo.mib)
            next.engineBoots shouldBe 2
            next.engineId.toList() shouldBe first.engineId.toList()
        }
        // The engine's close closed `next` and freed the file.
        SnmpEngine().use { engine -> engine.agent(AgentOptions(stateFile = state), demo.mib).engineBoots shouldBe 3 }
    }

    test("a start that fails after locking (the port is taken) frees the file; the failed start counted as a boot") {
        val state = freshStateFile()
        SnmpEngine().use { engine ->
            val holder = engine.agent(AgentOptions(), demo.mib)
            val failed = shouldThrow<BindException> { engine.agent(AgentOptions(address = holder.address, stateFile = state), demo.mib) }
            failed.cause.shouldBeInstanceOf<BindException>()
            engine.agent(AgentOptions(stateFile = state), demo.mib).engineBoots shouldBe 2
        }
    }

    test("across processes: a child JVM's agent holds the file, this JVM's start fails; once it ends, boots go up by one") {
        val state = freshStateFile()
        val child = startChild(state)
        try {
            child.outputLine() shouldBe "started 1"
            SnmpEngine().use { engine ->
                val refused = shouldThrow<AgentStateInUseException> { engine.agent(AgentOptions(stateFile = state), demo.mib) }
                refused.holderPidOrNull shouldBe child.pid()
                refused.lockFile shouldBe dir.toRealPath().resolve("${state.fileName}.lock")
            }
        } finally {
            child.outputStream.close()
        }
        child.waitFor(60, TimeUnit.SECONDS) shouldBe true
        child.exitValue() shouldBe 0
        SnmpEngine().use { engine -> engine.agent(AgentOptions(stateFile = state), demo.mib).engineBoots shouldBe 2 }
    }

    test("across processes: this JVM's lock survives its own refused second start, and a child JVM is refused") {
        val state = freshStateFile()
        SnmpEngine().use { engine ->
            engine.agent(AgentOptions(stateFile = state), demo.mib)
            shouldThrow<AgentStateInUseException> { engine.agent(AgentOptions(stateFile = state), demo.mib) }
            val child = startChild(state)
            child.outputStream.close()
            child.outputLine() shouldBe "in-use ${ProcessHandle.current().pid()}"
            child.waitFor(60, TimeUnit.SECONDS) shouldBe true
        }
        bootsIn(state) shouldBe 1
    }

    context("a malformed state file: AgentStateMalformedException naming the file and the line, no agent, the file still free") {
        // name, text, the line that is wrong (null: the file as a whole)
        val cases = listOf(
            Triple("empty", "", null),
            Triple("comments only", "# nothing\n", null),
            Triple("no engineBoots", "engineId=8000000005aabbccdd\n", null),
            Triple("not NAME=VALUE", "engineId=8000000005aabbccdd\n\nengineBoots 3\n", 3),
            Triple("engineId not hex", "# saved\nengineId=zz\nengineBoots=3\n", 2),
            Triple("engineId too short", "engineId=80000000\nengineBoots=3\n", 1),
            Triple("engineBoots negative", "engineBoots=-1\n\nengineId=8000000005aabbccdd\n", 1),
        )
        for ((name, text, line) in cases) {
            test(name) {
                val state = freshStateFile().also { it.writeText(text) }
                SnmpEngine().use { engine ->
                    val e = shouldThrow<AgentStateMalformedException> { engine.agent(AgentOptions(stateFile = state), demo.mib) }
                    e.stateFile shouldBe state
                    e.lineOrNull shouldBe line
                    state.readText() shouldBe text
                    state.writeText("engineId=8000000005aabbccdd\nengineBoots=7\n")
                    engine.agent(AgentOptions(stateFile = state), demo.mib).engineBoots shouldBe 8
                }
            }
        }
    }
})

private fun startChild(state: Path): Process {
    val java = Path.of(System.getProperty("java.home"), "bin", "java").toString()
    return ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), StateFileAgentProcess::class.java.name, state.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start()
}

private fun Process.outputLine(): String = inputStream.bufferedReader().readLine() ?: fail("the child JVM printed nothing (exit ${waitFor()})")
