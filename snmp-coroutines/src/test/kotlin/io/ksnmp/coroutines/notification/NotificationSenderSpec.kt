package io.ksnmp.coroutines.notification

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.nulls.shouldNotBeNull
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeInstanceOf
import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.coroutines.agent.AgentOptions
import io.ksnmp.coroutines.agent.AgentStateInUseException
import io.ksnmp.coroutines.agent.MibRegistry
import io.ksnmp.coroutines.testing.EngineTables
import io.ksnmp.coroutines.testing.ScriptedPeer
import io.ksnmp.coroutines.testing.VirtualClock
import io.ksnmp.coroutines.testing.advance
import io.ksnmp.coroutines.testing.tables
import io.ksnmp.coroutines.testing.virtualEngine
import io.ksnmp.errors.ErrorResponseException
import io.ksnmp.errors.ImproperResponseException
import io.ksnmp.errors.SnmpClosedException
import io.ksnmp.errors.SnmpTimeoutException
import io.ksnmp.errors.TooBigException
import io.ksnmp.message.MessageCodec
import io.ksnmp.message.SnmpVersion
import io.ksnmp.message.V3Message
import io.ksnmp.notification.NotificationOids
import io.ksnmp.notification.UntranslatableNotificationException
import io.ksnmp.notification.V2Notification
import io.ksnmp.message.CommunityMessage
import io.ksnmp.pdu.TrapV1Pdu
import io.ksnmp.smi.Counter64
import io.ksnmp.smi.IpAddress
import io.ksnmp.pdu.ErrorStatus
import io.ksnmp.pdu.PduType
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.ObjectIdentifier
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.Oid
import io.ksnmp.smi.TimeTicks
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.VarBindList
import io.ksnmp.testing.Patience
import io.ksnmp.usm.AuthProtocol
import io.ksnmp.usm.UsmSecurityParameters
import io.ksnmp.usm.UsmUser
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlin.io.path.createTempDirectory
import kotlin.time.Duration.Companion.milliseconds
import kotlin.time.Duration.Companion.seconds

private val coldStart = Oid.parse("1.3.6.1.6.3.1.1.5.1")
private val detail = VarBind.of("1.3.6.1.4.1.8072.9999.5.0", Integer32.of(5))

/**
 * Traps and informs as a notification originator sends them, against scripted receivers: what
 * goes on the wire, the inform's resend schedule and typed failures, and the engine's own
 * identity (state file, shared with the agent, authoritative for v3 traps).
 */
class NotificationSenderSpec : FunSpec({
    timeout = Patience.MILLIS

    test("an inform is sent again each refresh period with the same request-id until the receiver answers") {
        // On a virtual clock: the inform is sent again when the test says a refresh period has passed, and only then.
        val clock = VirtualClock()
        ScriptedPeer().use { peer ->
            virtualEngine(clock).use { engine ->
                val m = engine.manager(peer.address, timeout = 10.seconds, refreshPeriod = 100.milliseconds)
                val sending = async(Dispatchers.Default) { m.inform(coldStart, detail, upTime = TimeTicks.of(9)) }
                val first = peer.next().shouldNotBeNull()
                engine.advance(clock, 99.milliseconds)
                engine.counters.datagramsSent shouldBe 1L
                engine.advance(clock, 100.milliseconds)
                val second = peer.next().shouldNotBeNull()
                first.pdu.type() shouldBe PduType.INFORM
                second.pdu.requestId() shouldBe first.pdu.requestId()
                first.pdu.varBinds() shouldBe VarBindList.of(
                    VarBind.of(NotificationOids.SYS_UP_TIME_0, TimeTicks.of(9)),
                    VarBind.of(NotificationOids.SNMP_TRAP_OID_0, ObjectIdentifier.of(coldStart)),
                    detail,
                )
                peer.reply(second, second.pdu.varBinds())
                sending.await() shouldBe second.pdu.varBinds()
                engine.counters.succeeded shouldBe 1L
                engine.counters.resends shouldBe 1L
            }
        }
    }

    test("an inform nobody answers times out; an error-status or other bindings in the answer are typed failures") {
        ScriptedPeer().use { peer ->
            val clock = VirtualClock()
            virtualEngine(clock).use { engine ->
                val m = engine.manager(peer.address, timeout = 300.milliseconds, refreshPeriod = 100.milliseconds)
                val unanswered = async(Dispatchers.Default) { runCatching { m.inform(coldStart) } }
                peer.next().shouldNotBeNull()
                for (at in listOf(100, 200)) {
                    engine.advance(clock, at.milliseconds)
                    peer.next().shouldNotBeNull() // sent again
                }
                engine.advance(clock, 300.milliseconds)
                unanswered.await().exceptionOrNull().shouldBeInstanceOf<SnmpTimeoutException>().sends() shouldBe 3
                peer.queued shouldBe 0
                peer.autoReply = { r -> listOf(ScriptedPeer.responseTo(r, r.pdu.varBinds(), ErrorStatus.RESOURCE_UNAVAILABLE, 0)) }
                shouldThrow<ErrorResponseException> { m.inform(coldStart) }.status() shouldBe ErrorStatus.RESOURCE_UNAVAILABLE
                peer.autoReply = { r -> listOf(ScriptedPeer.responseTo(r, VarBindList.of(detail))) }
                shouldThrow<ImproperResponseException> { m.inform(coldStart) }
            }
        }
    }

    test("a trap goes once, never resent; one too large for a datagram fails as TooBig; after close, SnmpClosedException") {
        ScriptedPeer().use { peer ->
            val engine = SnmpEngine(defaultVersion = SnmpVersion.V2C)
            val m = engine.manager(peer.address, community = "traps")
            m.trap(coldStart, detail)
            val got = peer.next().shouldNotBeNull()
            got.pdu.type() shouldBe PduType.TRAP_V2
            got.pdu.varBinds().size shouldBe 3
            // Sent once, and nothing left behind to send it again: no request, no timer.
            engine.counters.datagramsSent shouldBe 1L
            engine.tables() shouldBe EngineTables.EMPTY
            val large = (1..2).map { VarBind.of("1.3.6.1.4.1.8072.9999.6.$it", OctetString.of(ByteArray(40_000))) }
            shouldThrow<TooBigException> { m.trap(coldStart, large) }
            engine.counters.trapsSent shouldBe 1L
            engine.close()
            shouldThrow<SnmpClosedException> { m.trap(coldStart) }
        }
    }

    test("a trap goes in the form of the manager's version, translated as RFC 3584 says; an inform has no SNMPv1 form") {
        ScriptedPeer().use { peer ->
            SnmpEngine().use { engine ->
                val v1 = engine.manager(peer.address, version = SnmpVersion.V1)
                val enterpriseTrap = Oid.parse("1.3.6.1.4.1.8072.2.3.0.17")
                v1.trap(enterpriseTrap, detail, upTime = TimeTicks.of(77))
                val asV1 = (peer.next().shouldNotBeNull().message as CommunityMessage).pdu().shouldBeInstanceOf<TrapV1Pdu>()
                asV1 shouldBe TrapV1Pdu(Oid.parse("1.3.6.1.4.1.8072.2.3"), IpAddress.parse("0.0.0.0"), TrapV1Pdu.ENTERPRISE_SPECIFIC, 17,
                    TimeTicks.of(77), VarBindList.of(detail))
                shouldThrow<UntranslatableNotificationException> { v1.trap(coldStart, VarBind.of("1.3.6.1.4.1.8072.9999.7.0", Counter64.of(1))) }
                shouldThrow<IllegalArgumentException> { v1.inform(coldStart) }

                engine.manager(peer.address, version = SnmpVersion.V2C).trap(asV1)
                val asV2 = peer.next().shouldNotBeNull().pdu
                asV2.type() shouldBe PduType.TRAP_V2
                V2Notification.parse(asV2.varBinds()).toTrapV1() shouldBe asV1
            }
        }
    }

    test("the engine's identity: boots counted in the state file, shared by the agent, authoritative in its v3 traps") {
        val dir = createTempDirectory("ksnmp-identity-")
        try {
            val state = dir.resolve("engine.state")
            val firstId = SnmpEngine(stateFile = state).use { it.engineBoots shouldBe 1; it.engineId }
            SnmpEngine(stateFile = state).use { engine ->
                engine.engineBoots shouldBe 2
                shouldThrow<AgentStateInUseException> { SnmpEngine(stateFile = state) }
                engine.engineId shouldBe firstId
                engine.agent(AgentOptions(), MibRegistry()).engineId shouldBe firstId
                val user = UsmUser.builder("notifier").auth(AuthProtocol.HMAC_SHA_96, "notifier-pass").build()
                engine.addUser(user)
                ScriptedPeer().use { peer ->
                    engine.manager(peer.address, version = SnmpVersion.V3, user = "notifier").trap(coldStart)
                    val bytes = peer.next().shouldNotBeNull().bytes
                    val message = MessageCodec.decode(bytes, 0, bytes.size).shouldBeInstanceOf<V3Message>()
                    val params = UsmSecurityParameters.decode(message.securityParameters())
                    params.engineId() shouldBe firstId
                    params.engineBoots() shouldBe 2
                    (message.msgFlags() and 0x04) shouldBe 0 // not reportable
                }
            }
        } finally {
            dir.toFile().deleteRecursively()
        }
    }
})
