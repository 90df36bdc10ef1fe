package io.ksnmp.coroutines.agent.internal

import io.ksnmp.coroutines.internal.EngineRandom
import io.ksnmp.coroutines.agent.AgentStateException
import io.ksnmp.coroutines.agent.AgentStateMalformedException
import java.io.IOException
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption
import java.util.HexFormat

/** An agent's engine ID and the boots of this start. */
internal class EngineIdentity(val engineId: ByteArray, val boots: Int) {
    /** The state file's lock, held while the engine that owns this identity runs; null without a state file. */
    var lock: AutoCloseable? = null
}

/**
 * The agent's state file: `engineId=<hex>` and `engineBoots=<n>` lines. At each start the boots
 * are read, incremented (RFC 3414 §2.2.2: snmpEngineBoots counts restarts and never goes back)
 * and written back atomically (a temporary file in the same directory, then a rename) before
 * the agent answers anything. The caller holds the file's [StateFileLock] meanwhile.
 */
internal object EngineStateFile {
    private const val MAX_BOOTS = Int.MAX_VALUE

    /**
     * @param path the state file, or null to keep nothing (boots 1)
     * @param configured the configured engine ID, or null for the file's, else a new one
     */
    /**
     * [start] under the state file's lock ([StateFileLock]), which the returned identity holds
     * until its owner closes it: one engine (or agent) per state file at a time.
     *
     * @throws io.ksnmp.coroutines.agent.AgentStateInUseException if another one holds the file
     */
    fun startLocked(path: Path?, configured: ByteArray?): EngineIdentity {
        if (path == null) return start(null, configured)
        val lock = StateFileLock.acquire(path)
        try {
            return start(path, configured).also { it.lock = lock }
        } catch (e: Throwable) {
            lock.close()
            throw e
        }
    }

    fun start(path: Path?, configured: ByteArray?): EngineIdentity {
        if (path == null) return EngineIdentity(configured ?: generateEngineId(), 1)
        val saved = read(path)
        val engineId = configured ?: saved?.engineId ?: generateEngineId()
        // Boots belong to an engine ID: another ID starts over.
        val previous = if (saved != null && saved.engineId.contentEquals(engineId)) saved.boots else 0
        val boots = if (previous >= MAX_BOOTS - 1) MAX_BOOTS else previous + 1
        write(path, engineId, boots)
        return EngineIdentity(engineId, boots)
    }

    private fun read(path: Path): EngineIdentity? {
        if (!Files.exists(path)) return null
        val lines = try {
            Files.readAllLines(path)
        } catch (e: IOException) {
            throw AgentStateException(path, "cannot read the agent state file $path: ${e.reasonText()}", e)
        }
        val values = HashMap<String, Pair<Int, String>>()
        lines.forEachIndexed { i, raw ->
            val text = raw.trim()
            if (text.isEmpty() || text.startsWith("#")) return@forEachIndexed
            val at = text.indexOf('=')
            if (at < 0) throw AgentStateMalformedException(path, i + 1, "not NAME=VALUE")
            values[text.substring(0, at).trim()] = (i + 1) to text.substring(at + 1).trim()
        }
        if (values.isEmpty()) throw AgentStateMalformedException(path, null, "it is empty")
        val (idLine, idText) = values["engineId"] ?: throw AgentStateMalformedException(path, null, "it has no engineId line")
        val id = try {
            HexFormat.of().parseHex(idText)
        } catch (e: IllegalArgumentException) {
            throw AgentStateMalformedException(path, idLine, "engineId is not hexadecimal", e)
        }
        if (id.size !in 5..32) throw AgentStateMalformedException(path, idLine, "engineId has ${id.size} octets, not 5 to 32")
        val (bootsLine, bootsText) = values["engineBoots"] ?: throw AgentStateMalformedException(path, null, "it has no engineBoots line")
        val boots = bootsText.toIntOrNull()?.takeIf { it >= 0 }
            ?: throw AgentStateMalformedException(path, bootsLine, "engineBoots is not a number from 0 to ${Int.MAX_VALUE}")
        return EngineIdentity(id, boots)
    }

    private fun write(path: Path, engineId: ByteArray, boots: Int) {
        val text = "# ksnmp agent engine state: rewritten at every start\n" +
            "engineId=${HexFormat.of().formatHex(engineId)}\nengineBoots=$boots\n"
        try {
            val dir = path.toAbsolutePath().parent
            Files.createDirectories(dir)
            val temp = Files.createTempFile(dir, path.fileName.toString(), ".tmp")
            try {
                Files.writeString(temp, text)
                Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING)
            } finally {
                Files.deleteIfExists(temp)
            }
        } catch (e: IOException) {
            throw AgentStateException(path, "cannot write the agent state file $path: ${e.reasonText()}", e)
        }
    }

    /**
     * A new engine ID in the RFC 3411 format: enterprise 0 with the high bit set, format 5
     * (administratively assigned octets), 8 random octets.
     */
    fun generateEngineId(): ByteArray {
        val random = ByteArray(8).also { EngineRandom.secureRandom().nextBytes(it) }
        return byteArrayOf(0x80.toByte(), 0, 0, 0, 5) + random
    }
}
