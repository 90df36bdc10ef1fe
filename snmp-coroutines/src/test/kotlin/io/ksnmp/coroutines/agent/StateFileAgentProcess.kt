package io.ksnmp.coroutines.agent

import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.Oid
import java.nio.file.Path

/**
 * A second process for [AgentStateFileSpec]: `java -cp <test classpath> …StateFileAgentProcess FILE`
 * starts an agent on the state file FILE and prints `started BOOTS`, or prints `in-use PID` when
 * another agent holds the file; a started agent runs until its standard input ends.
 */
object StateFileAgentProcess {
    @JvmStatic
    fun main(args: Array<String>) {
        SnmpEngine().use { engine ->
            val mib = MibRegistry().scalar(Oid.parse("1.3.6.1.2.1.1.1.0"), OctetString.of("state file holder"))
            val agent = try {
                engine.agent(AgentOptions(stateFile = Path.of(args[0])), mib)
            } catch (e: AgentStateInUseException) {
                println("in-use ${e.holderPidOrNull}")
                return
            }
            println("started ${agent.engineBoots}")
            System.out.flush()
            while (System.`in`.read() >= 0) {
                // runs until the parent closes our standard input (or dies)
            }
        }
    }
}
