package io.ksnmp.coroutines.agent

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.datatest.withData
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeInstanceOf
import io.ksnmp.ber.BerWriter
import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.errors.ErrorResponseException
import io.ksnmp.errors.UnknownUserNameException
import io.ksnmp.errors.UnsupportedSecurityLevelException
import io.ksnmp.errors.WrongDigestException
import io.ksnmp.message.MessageCodec
import io.ksnmp.message.ScopedPdu
import io.ksnmp.message.V3Message
import io.ksnmp.pdu.ErrorStatus
import io.ksnmp.pdu.Pdu
import io.ksnmp.pdu.PduType
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.Oid
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.VarBindList
import io.ksnmp.testing.Patience
import io.ksnmp.usm.AuthProtocol
import io.ksnmp.usm.JceUsmCrypto
import io.ksnmp.usm.KeyCache
import io.ksnmp.usm.OutgoingParameters
import io.ksnmp.usm.PrivProtocol
import io.ksnmp.usm.SecurityLevel
import io.ksnmp.usm.Usm
import io.ksnmp.usm.UsmIncoming
import io.ksnmp.usm.UsmSecurityParameters
import io.ksnmp.usm.UsmStats
import io.ksnmp.usm.UsmUser
import io.ksnmp.usm.interop.InteropUser
import kotlinx.coroutines.flow.toList
import java.nio.file.Files
import kotlin.io.path.readText
import kotlin.time.Duration.Companion.milliseconds
import kotlin.time.Duration.Companion.seconds

/** ksnmp's managers and hand-made SNMPv3 messages against the agent as the authoritative engine. */
@OptIn(io.kotest.common.ExperimentalKotest::class)
class AgentV3Spec : FunSpec({
    timeout = 2 * Patience.MILLIS
    val demo = DemoMib()
    val readOnly = UsmUser.builder("reader").auth(AuthProtocol.HMAC_SHA_96, "reader-auth").priv(PrivProtocol.AES128, "reader-priv").build()
    val strict = UsmUser.builder("strict").auth(AuthProtocol.HMAC_SHA_256_192, "strict-auth").priv(PrivProtocol.AES128, "strict-priv").build()
    val users = InteropUser.matrix.map { AgentUser(it.user, it.level, AgentAccess.READ_WRITE) } +
        AgentUser(readOnly) + AgentUser(strict, SecurityLevel.AUTH_PRIV, AgentAccess.READ_WRITE)
    val engine = SnmpEngine()
    val agent = engine.agent(AgentOptions(users = users, readCommunity = null), demo.mib)
    for (u in InteropUser.matrix) engine.addUser(u.user)
    engine.addUser(readOnly)
    engine.addUser(strict)
    afterSpec { engine.close() }

    fun m(user: String, level: SecurityLevel? = null, namespace: String = "") =
        engine.manager(agent.address, user = user, securityLevel = level, namespace = namespace, timeout = Patience.DURATION, refreshPeriod = 300.milliseconds)

    context("every user of the matrix at its own level: get, bulk walk, set") {
        withData(nameFn = { it.toString() }, InteropUser.matrix) { u ->
            val manager = m(u.name, u.level)
            manager.get(DemoMib.SYS_DESCR, DemoMib.IF_ENTRY.child(2).child(1)).toList() shouldBe
                listOf(DemoMib.SYS_DESCR, DemoMib.IF_ENTRY.child(2).child(1)).map { VarBind.of(it, demo.mib.get(it)) }
            manager.bulkWalk(DemoMib.IF_ENTRY, maxRepetitions = 5).toList() shouldBe demo.mib.snapshot().filter { it.oid().startsWith(DemoMib.IF_ENTRY) }
            val index = Oid.of(InteropUser.matrix.indexOf(u) + 1L)
            val vb = VarBind.of(DemoMib.CREATABLE_ENTRY.child(2).append(index), OctetString.of("set by ${u.name}"))
            manager.set(vb) shouldBe VarBindList.of(vb)
            demo.creatable.getOrNull(index, 2) shouldBe vb.value()
        }
    }

    test("a read-only user's set is answered noAccess and writes nothing") {
        val e = shouldThrow<ErrorResponseException> { m("reader").set(VarBind.of(DemoMib.SYS_CONTACT, OctetString.of("x"))) }
        e.status() shouldBe ErrorStatus.NO_ACCESS
        demo.sysContact.value shouldBe OctetString.of("ops@example.net")
        m("reader").get(DemoMib.SYS_CONTACT).single().value() shouldBe demo.sysContact.value
    }

    test("below the user's minimum level: authorizationError; a level the user cannot reach: unsupportedSecLevel report") {
        val e = shouldThrow<ErrorResponseException> { m("strict", SecurityLevel.AUTH_NO_PRIV).get(DemoMib.SYS_DESCR) }
        e.status() shouldBe ErrorStatus.AUTHORIZATION_ERROR
        m("strict", SecurityLevel.AUTH_PRIV).get(DemoMib.SYS_DESCR).single().value() shouldBe demo.mib.get(DemoMib.SYS_DESCR)
        val authOnly = InteropUser.named("md5-nopriv")
        engine.addUser(InteropUser(authOnly.auth, PrivProtocol.AES128, name = authOnly.name, authPassword = authOnly.authPassword).user, namespace = "claims-priv")
        shouldThrow<UnsupportedSecurityLevelException> { m(authOnly.name, SecurityLevel.AUTH_PRIV, "claims-priv").get(DemoMib.SYS_DESCR) }
    }

    test("an unknown user and a wrong password are reported (usmStatsUnknownUserNames, usmStatsWrongDigests) and counted") {
        val before = agent.counters.usmRejected
        engine.addUser(UsmUser.builder("nobody").auth(AuthProtocol.HMAC_SHA_96, "nobody-auth").build(), namespace = "impostors")
        shouldThrow<UnknownUserNameException> { m("nobody", namespace = "impostors").get(DemoMib.SYS_DESCR) }
        val real = InteropUser.named("sha256-aes")
        engine.addUser(InteropUser(real.auth, real.priv, name = real.name, authPassword = "not-${real.authPassword}").user, namespace = "impostors")
        shouldThrow<WrongDigestException> { m(real.name, namespace = "impostors").get(DemoMib.SYS_DESCR) }
        (agent.counters.usmRejected >= before + 2) shouldBe true
        (agent.counters.reports >= 2) shouldBe true
    }

    test("discovery: a probe is answered by an unauthenticated usmStatsUnknownEngineIDs report carrying engine ID and boots") {
        RawClient(agent.address).use { raw ->
            val w = BerWriter()
            Usm(JceUsmCrypto.create()).secure(w, OutgoingParameters.discovery(4711, 65_507), ScopedPdu.of(ByteArray(0), ByteArray(0), Pdu.get(9, VarBindList.empty())))
            raw.send(w.toByteArray())
            val reply = raw.receiveOrNull()!!
            val message = MessageCodec.decode(reply, 0, reply.size).shouldBeInstanceOf<V3Message>()
            message.msgId() shouldBe 4711
            SecurityLevel.fromFlags(message.msgFlags()) shouldBe SecurityLevel.NO_AUTH_NO_PRIV
            val params = UsmSecurityParameters.decode(message.securityParameters())
            params.engineId().toList() shouldBe agent.engineId.toList()
            params.engineBoots() shouldBe agent.engineBoots
            val report = message.scopedPduOrNull()!!.pdu()
            report.type() shouldBe PduType.REPORT
            report.varBinds().oid(0) shouldBe UsmStats.UNKNOWN_ENGINE_IDS.oid()
        }
    }

    test("an authNoPriv message outside the time window: an authenticated usmStatsNotInTimeWindows report with the agent's boots and time") {
        val u = InteropUser.named("sha-aes")
        val keys = KeyCache(JceUsmCrypto.create(), 10, 10).localizedKeys(u.user, agent.engineId)
        val usm = Usm(JceUsmCrypto.create())
        RawClient(agent.address).use { raw ->
            val w = BerWriter()
            usm.secure(
                w,
                OutgoingParameters(99, 65_507, true, SecurityLevel.AUTH_NO_PRIV, u.user.name(), keys, agent.engineId, agent.engineBoots + 1, 5),
                ScopedPdu.of(agent.engineId, ByteArray(0), Pdu.get(12, VarBindList.ofNames(DemoMib.SYS_DESCR))),
            )
            raw.send(w.toByteArray())
            val reply = raw.receiveOrNull()!!
            val message = MessageCodec.decode(reply, 0, reply.size).shouldBeInstanceOf<V3Message>()
            SecurityLevel.fromFlags(message.msgFlags()) shouldBe SecurityLevel.AUTH_NO_PRIV
            val checked = usm.unsecureFromAuthoritative(reply, 0, reply.size, message, null, { _, _ -> keys }, System.currentTimeMillis())
            val accepted = checked.shouldBeInstanceOf<UsmIncoming.Accepted>()
            accepted.parameters().engineBoots() shouldBe agent.engineBoots
            (kotlin.math.abs(accepted.parameters().engineTime() - agent.engineTime()) <= 1) shouldBe true
            accepted.scopedPdu().pdu().varBinds().oid(0) shouldBe UsmStats.NOT_IN_TIME_WINDOWS.oid()
            accepted.scopedPdu().pdu().requestId() shouldBe 12
        }
    }

    test("a context the agent does not serve: usmStats… snmpUnknownContexts report") {
        val manager = engine.manager(agent.address, user = "sha-nopriv", contextName = "elsewhere", timeout = Patience.DURATION, refreshPeriod = 300.milliseconds)
        val before = agent.counters.unknownContext
        shouldThrow<io.ksnmp.errors.ReportException> { manager.get(DemoMib.SYS_DESCR) }
        (agent.counters.unknownContext > before) shouldBe true
    }

    test("contextEngineId: the agent's own, given explicitly, is served and goes out in the scoped PDU; another engine's is unknownPDUHandlers") {
        val sent = java.util.concurrent.CopyOnWriteArrayList<ByteArray>()
        SnmpEngine(packetTrace = { e ->
            val scoped = e.scopedPduOrNull
            if (e.direction == io.ksnmp.coroutines.PacketDirection.OUT && scoped != null && scoped.pdu().type() == io.ksnmp.pdu.PduType.GET && !scoped.pdu().varBinds().isEmpty()) sent += scoped.contextEngineId()
        }).use { own ->
            own.addUser(InteropUser.named("sha-nopriv").user)
            fun manager(contextEngineId: ByteArray?) = own.manager(
                agent.address, user = "sha-nopriv", contextEngineId = contextEngineId, timeout = Patience.DURATION, refreshPeriod = 300.milliseconds,
            )
            val expected = VarBind.of(DemoMib.SYS_DESCR, demo.mib.get(DemoMib.SYS_DESCR))
            manager(null).get(DemoMib.SYS_DESCR).single() shouldBe expected
            manager(agent.engineId).get(DemoMib.SYS_DESCR).single() shouldBe expected
            sent.map { it.toList() } shouldBe listOf(agent.engineId.toList(), agent.engineId.toList()) // the default is the agent's too; the probe is left out
            val before = agent.counters.unknownContext
            val foreign = byteArrayOf(0x80.toByte(), 0, 0, 0, 4, 1, 2, 3, 4)
            val e = shouldThrow<io.ksnmp.errors.ReportException> { manager(foreign).get(DemoMib.SYS_DESCR) }
            e.counterOrNull() shouldBe io.ksnmp.usm.UsmStats.UNKNOWN_PDU_HANDLERS
            agent.counters.unknownContext shouldBe before + 1
            sent.last().toList() shouldBe foreign.toList()
        }
    }

    test("the state file keeps engine ID and boots across restarts; a manager resynchronises after the notInTimeWindow report") {
        val dir = Files.createTempDirectory("ksnmp-agent-state")
        val state = dir.resolve("agent.state")
        val u = InteropUser.named("sha512-aes256c")
        SnmpEngine().use { agentEngine ->
            val options = AgentOptions(users = listOf(AgentUser(u.user)), stateFile = state)
            val first = agentEngine.agent(options, demo.mib)
            first.engineBoots shouldBe 1
            val manager = engine.manager(first.address, user = u.name, timeout = Patience.DURATION, refreshPeriod = 500.milliseconds)
            manager.get(DemoMib.SYS_DESCR).single().value() shouldBe demo.mib.get(DemoMib.SYS_DESCR)
            val id = first.engineId
            first.close()
            val second = agentEngine.agent(AgentOptions(address = first.address, users = listOf(AgentUser(u.user)), stateFile = state), demo.mib)
            second.engineBoots shouldBe 2
            second.engineId.toList() shouldBe id.toList()
            state.readText().lines().filter { it.startsWith("engineBoots=") } shouldBe listOf("engineBoots=2")
            manager.get(DemoMib.SYS_DESCR).single().value() shouldBe demo.mib.get(DemoMib.SYS_DESCR)
            (second.counters.usmRejected >= 1) shouldBe true
            second.close()
            agentEngine.agent(options, demo.mib).engineBoots shouldBe 3
        }
        // a configured engine ID other than the file's starts its boots over
        SnmpEngine().use { agentEngine ->
            val other = byteArrayOf(0x80.toByte(), 0, 0, 0, 4, 1, 2, 3, 4)
            agentEngine.agent(AgentOptions(engineId = other, stateFile = state), demo.mib).engineBoots shouldBe 1
        }
        dir.toFile().deleteRecursively()
    }
})
