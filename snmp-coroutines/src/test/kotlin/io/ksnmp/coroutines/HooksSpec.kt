package io.ksnmp.coroutines

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldNotContain
import io.kotest.matchers.types.shouldBeInstanceOf
import io.ksnmp.ber.BerDecodingException
import io.ksnmp.coroutines.testing.ScriptedPeer
import io.ksnmp.coroutines.testing.ScriptedV3Agent
import io.ksnmp.coroutines.testing.VirtualClock
import io.ksnmp.coroutines.testing.advance
import io.ksnmp.coroutines.testing.eventually
import io.ksnmp.coroutines.testing.onLoop
import io.ksnmp.coroutines.testing.virtualEngine
import io.ksnmp.errors.SnmpTimeoutException
import io.ksnmp.message.CommunityMessage
import io.ksnmp.message.MessageCodec
import io.ksnmp.message.SnmpVersion
import io.ksnmp.message.V3Message
import io.ksnmp.pdu.PduType
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.Oid
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.VarBindList
import io.ksnmp.testing.Patience
import io.ksnmp.usm.AuthProtocol
import io.ksnmp.usm.PrivProtocol
import io.ksnmp.usm.UsmFailure
import io.ksnmp.usm.UsmUser
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import java.net.InetAddress
import java.net.InetSocketAddress
import java.util.concurrent.CopyOnWriteArrayList
import kotlin.time.Duration.Companion.milliseconds

private val SYS_UPTIME = Oid.parse("1.3.6.1.2.1.1.3.0")
private const val SECRET_COMMUNITY = "s3cret-community"

/** The packet trace and the dropped-message hook: what they see, and that secrets stay out. */
class HooksSpec : FunSpec({
    test("the trace sees each datagram out and in, decoded, with the community masked in bytes and text") {
        val events = CopyOnWriteArrayList<PacketEvent>()
        ScriptedPeer().use { peer ->
            SnmpEngine(defaultVersion = SnmpVersion.V2C, packetTrace = { events += it }).use { engine ->
                val m = engine.manager(peer.address, community = SECRET_COMMUNITY, timeout = Patience.DURATION, refreshPeriod = Patience.DURATION)
                val call = async(Dispatchers.Default) { m.get(SYS_UPTIME) }
                val r = peer.next()!!
                peer.reply(r, VarBindList.of(VarBind.of(SYS_UPTIME, Integer32.of(1))))
                call.await()
                eventually { events.size == 2 } shouldBe true
                val (out, `in`) = events
                out.direction shouldBe PacketDirection.OUT
                out.peer shouldBe peer.address
                `in`.direction shouldBe PacketDirection.IN
                (out.messageOrNull as CommunityMessage).pdu().type() shouldBe PduType.GET
                (`in`.messageOrNull as CommunityMessage).pdu().type() shouldBe PduType.RESPONSE
                for (e in events) {
                    String(e.bytes, Charsets.ISO_8859_1) shouldNotContain SECRET_COMMUNITY
                    e.toString() shouldNotContain SECRET_COMMUNITY
                    // masked, not cut: the bytes still decode, with a community of stars
                    (MessageCodec.decode(e.bytes, 0, e.bytes.size) as CommunityMessage).community().toSet() shouldBe setOf('*'.code.toByte())
                }
                out.bytes.size shouldBe r.bytes.size
                m.options.toString() shouldNotContain SECRET_COMMUNITY
                RequestOptions(community = SECRET_COMMUNITY).toString() shouldNotContain SECRET_COMMUNITY
            }
        }
    }

    test("for SNMPv3 the trace shows the scoped PDU in plaintext (before encryption, after decryption), never a key or password") {
        val user = UsmUser.builder("tracer").auth(AuthProtocol.HMAC_SHA_256_192, "trace-auth-pass").priv(PrivProtocol.AES128, "trace-priv-pass").build()
        val events = CopyOnWriteArrayList<PacketEvent>()
        ScriptedV3Agent(listOf(user)).use { agent ->
            SnmpEngine(packetTrace = { events += it }).use { engine ->
                engine.addUser(user)
                engine.manager(agent.address, timeout = Patience.DURATION, refreshPeriod = Patience.DURATION).get(SYS_UPTIME)
                eventually { events.size == 4 } shouldBe true // probe, report, request, response
                val request = events[2]
                val response = events[3]
                (request.messageOrNull as V3Message).isEncrypted shouldBe true
                request.scopedPduOrNull!!.pdu().type() shouldBe PduType.GET
                response.scopedPduOrNull!!.pdu().type() shouldBe PduType.RESPONSE
                for (e in events) {
                    e.toString() shouldNotContain "trace-auth-pass"
                    e.toString() shouldNotContain "trace-priv-pass"
                }
            }
        }
    }

    test("the drop hook names the reason and the USM check that failed") {
        val drops = CopyOnWriteArrayList<DroppedMessage>()
        val user = UsmUser.builder("ops").auth(AuthProtocol.HMAC_SHA_96, "auth-password").build()
        ScriptedV3Agent(listOf(user)).use { agent ->
            val clock = VirtualClock()
            virtualEngine(clock, SnmpVersion.V3, droppedMessages = { drops += it }).use { engine ->
                engine.addUser(user)
                // On a virtual clock: the timeout strikes when the test says, not when a slow machine takes long.
                val m = engine.manager(agent.address, timeout = 400.milliseconds)
                m.get(SYS_UPTIME)
                val local = engine.onLoop { engine.core.transport.openSockets.single().localAddress }
                ScriptedPeer.sendFromElsewhere(byteArrayOf(0x30, 0x03, 0x02, 0x01), InetSocketAddress(InetAddress.getLoopbackAddress(), local.port))
                eventually { drops.size == 1 } shouldBe true
                drops[0].reason shouldBe DropReason.MALFORMED
                drops[0].causeOrNull.shouldBeInstanceOf<BerDecodingException>()

                agent.tamper = { bytes -> bytes[bytes.size - 1] = (bytes[bytes.size - 1].toInt() xor 1).toByte() }
                val call = async(Dispatchers.Default) { runCatching { m.get(SYS_UPTIME) } }
                eventually { drops.size == 2 } shouldBe true // the tampered reply
                engine.advance(clock, 400.milliseconds)
                call.await().exceptionOrNull().shouldBeInstanceOf<SnmpTimeoutException>()
                drops.drop(1).forEach {
                    it.reason shouldBe DropReason.SECURITY_CHECK_FAILED
                    it.usmFailureOrNull shouldBe UsmFailure.WRONG_DIGEST
                    it.peer shouldBe agent.address
                }
                drops.size shouldBe 2
                engine.counters.dropped(DropReason.SECURITY_CHECK_FAILED) shouldBe (drops.size - 1).toLong()
            }
        }
    }
})
