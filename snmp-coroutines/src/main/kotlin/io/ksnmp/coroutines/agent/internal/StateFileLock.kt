package io.ksnmp.coroutines.agent.internal

import io.ksnmp.coroutines.agent.AgentStateException
import io.ksnmp.coroutines.agent.AgentStateInUseException
import java.io.IOException
import java.nio.ByteBuffer
import java.nio.channels.FileChannel
import java.nio.channels.FileLock
import java.nio.channels.OverlappingFileLockException
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardOpenOption
import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.atomic.AtomicBoolean

/**
 * One agent's exclusive hold on its state file, from before the file is read until the agent
 * closes: an operating-system lock (`FileChannel.tryLock`, a POSIX record lock on Linux) on the
 * sibling file `<state file>.lock`, which holds the holder's process ID for the error message.
 *
 * Why a sibling file: the state file is replaced by a rename at every start, and a lock on the
 * replaced file would guard nothing. The lock file stays when the agent closes (deleting it
 * would race with the next agent taking it); an unlocked lock file means nothing.
 *
 * Why also [heldInThisProcess]: POSIX record locks belong to the process, and closing *any*
 * descriptor of the file drops all of them. A second agent in the same JVM must therefore not
 * open the lock file at all (the JVM would refuse its `tryLock` with
 * [OverlappingFileLockException], and closing its channel would then silently free the first
 * agent's lock for other processes), so the process remembers which lock files it holds.
 */
internal class StateFileLock private constructor(
    private val lockFile: Path,
    private val channel: FileChannel,
    private val lock: FileLock,
) : AutoCloseable {
    private val released = AtomicBoolean()

    /** Frees the lock for the next agent, here or in another process; idempotent, any thread. */
    override fun close() {
        if (!released.compareAndSet(false, true)) return
        runCatching { lock.release() }
        runCatching { channel.close() }
        heldInThisProcess.remove(lockFile)
    }

    companion object {
        /** The lock files this process holds: the kernel's view of its own record locks. */
        private val heldInThisProcess: MutableSet<Path> = ConcurrentHashMap.newKeySet()

        /**
         * Locks [stateFile] for one agent (creating its directory and lock file if needed).
         *
         * @throws AgentStateInUseException if another agent, in this process or another, holds it
         * @throws AgentStateException if the lock file cannot be created or locked
         */
        fun acquire(stateFile: Path): StateFileLock {
            val lockFile = lockFileOf(stateFile)
            if (!heldInThisProcess.add(lockFile)) {
                throw AgentStateInUseException(stateFile, lockFile, ProcessHandle.current().pid())
            }
            var channel: FileChannel? = null
            try {
                channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)
                val lock = try {
                    channel.tryLock()
                } catch (e: OverlappingFileLockException) {
                    null // held through a channel ksnmp did not open; in use all the same
                }
                if (lock == null) {
                    val holder = holderPid(channel)
                    throw AgentStateInUseException(stateFile, lockFile, holder)
                }
                writeHolderPid(channel)
                return StateFileLock(lockFile, channel, lock)
            } catch (e: Throwable) {
                if (channel != null) runCatching { channel.close() }
                heldInThisProcess.remove(lockFile)
                if (e is IOException) {
                    throw AgentStateException(stateFile, "cannot lock the agent state file $stateFile (lock file $lockFile): ${e.reasonText()}", e)
                }
                throw e
            }
        }

        /** `<dir>/<name>.lock`, with the directory's real path so that two spellings of one file meet. */
        private fun lockFileOf(stateFile: Path): Path {
            val absolute = stateFile.toAbsolutePath()
            val dir = try {
                Files.createDirectories(absolute.parent).toRealPath()
            } catch (e: IOException) {
                throw AgentStateException(stateFile, "cannot create the directory of the agent state file $stateFile: ${e.reasonText()}", e)
            }
            return dir.resolve("${absolute.fileName}.lock")
        }

        private fun holderPid(channel: FileChannel): Long? = runCatching {
            val buffer = ByteBuffer.allocate(MAX_PID_TEXT)
            channel.read(buffer, 0)
            String(buffer.array(), 0, buffer.position(), Charsets.US_ASCII).trim().toLongOrNull()
        }.getOrNull()

        private fun writeHolderPid(channel: FileChannel) {
            runCatching {
                channel.truncate(0)
                channel.write(ByteBuffer.wrap("${ProcessHandle.current().pid()}\n".toByteArray(Charsets.US_ASCII)), 0)
            }
        }

        private const val MAX_PID_TEXT = 32
    }
}
