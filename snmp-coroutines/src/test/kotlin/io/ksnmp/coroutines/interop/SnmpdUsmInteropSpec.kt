package io.ksnmp.coroutines.interop

import io.kotest.assertions.fail
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.datatest.withData
import io.kotest.matchers.ints.shouldBeGreaterThan
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeInstanceOf
import io.ksnmp.coroutines.RemoteEngineInfo
import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.coroutines.testing.VirtualClock
import io.ksnmp.coroutines.testing.advance
import io.ksnmp.coroutines.testing.eventually
import io.ksnmp.coroutines.testing.virtualEngine
import io.ksnmp.errors.SnmpTimeoutException
import io.ksnmp.errors.UnknownUserNameException
import io.ksnmp.errors.UnsupportedSecurityLevelException
import io.ksnmp.errors.WrongDigestException
import io.ksnmp.message.SnmpVersion
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.Oid
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.VarBindList
import io.ksnmp.testing.NetSnmpTools
import io.ksnmp.testing.Patience
import io.ksnmp.testing.Snmpd
import io.ksnmp.testing.withNetSnmpTools
import io.ksnmp.usm.PrivProtocol
import io.ksnmp.usm.SecurityLevel
import io.ksnmp.usm.interop.InteropUser
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.coroutineScope
import kotlin.time.Duration.Companion.milliseconds
import kotlin.time.Duration.Companion.seconds

/** Distinct values for the sets of one run (snmpd is fresh for each spec). */
private val stamps = java.util.concurrent.atomic.AtomicLong()

/**
 * [SnmpEngine] in SNMPv3 against Net-SNMP's snmpd: a get and a set with every user of
 * [InteropUser.matrix] (6 auth × (no priv + 6 priv) + noAuthNoPriv) from one engine holding all
 * 43 users, each at the user's own level; then what snmpd does with credentials that are wrong in
 * one way or another, as the engine reports it.
 *
 * One snmpd and one engine serve the whole spec.
 */
@OptIn(io.kotest.common.ExperimentalKotest::class)
class SnmpdUsmInteropSpec : FunSpec({
    timeout = Patience.MILLIS
    withNetSnmpTools("snmpd", "snmpget") { usmTests() }
})

private val sysDescr = Oid.parse("1.3.6.1.2.1.1.1.0")
private val sysLocation = Oid.parse("1.3.6.1.2.1.1.6.0")

/** The namespace of users whose credentials snmpd does not share: kept apart from the matrix users of the same name. */
private const val IMPOSTORS = "impostors"

@OptIn(io.kotest.common.ExperimentalKotest::class)
private fun FunSpec.usmTests() {
    var snmpdOrNull: Snmpd? = null
    var engineOrNull: SnmpEngine? = null
    fun snmpd(): Snmpd = snmpdOrNull ?: fail("snmpd was not started")
    fun engine(): SnmpEngine = engineOrNull ?: fail("the engine was not made")

    beforeSpec {
        snmpdOrNull = Snmpd.start()
        engineOrNull = SnmpEngine(defaultVersion = SnmpVersion.V3).also { engine ->
            for (u in InteropUser.matrix) engine.addUser(u.user)
        }
    }

    afterSpec {
        engineOrNull?.close()
        snmpdOrNull?.close()
    }

    var sysDescrLine: String? = null

    /** sysDescr.0 as Net-SNMP's snmpget reads it over v2c, `-On` (asked once). */
    fun sysDescrBySnmpget(): String = sysDescrLine ?: run {
        val result = NetSnmpTools.run("snmpget", listOf("-On", "-v2c", "-c", "public", "-r", "1", "-t", "30",
            "udp:127.0.0.1:${snmpd().port}", sysDescr.toDottedString()))
        withClue(result) { result.exitCode shouldBe 0 }
        result.stdoutLines.single().also { sysDescrLine = it }
    }

    context("get and set with every user of the matrix, each at its own level") {
        withData(nameFn = { it.toString() }, InteropUser.matrix) { u ->
            val m = engine().manager(snmpd().ipv4, user = u.name, securityLevel = u.level, timeout = Patience.DURATION)
            m.get(sysDescr).single().toString() shouldBe sysDescrBySnmpget()
            val location = VarBind.of(sysLocation, OctetString.of("set by ${u.name} at ${stamps.incrementAndGet()}"))
            m.set(location) shouldBe VarBindList.of(location)
            m.get(sysLocation) shouldBe VarBindList.of(location)
        }
    }

    test("all 43 users at once from a fresh engine: one discovery shared by every request, every get answered") {
        SnmpEngine().use { engine ->
            for (u in InteropUser.matrix) engine.addUser(u.user)
            val answers = coroutineScope {
                InteropUser.matrix.map { u ->
                    async { engine.manager(snmpd().ipv4, user = u.name, securityLevel = u.level, timeout = Patience.DURATION).get(sysDescr).single().toString() }
                }.awaitAll()
            }
            answers.toSet() shouldBe setOf(sysDescrBySnmpget())
            engine.counters.discoveries shouldBe 1
            engine.counters.succeeded shouldBe InteropUser.matrix.size.toLong()
            engine.counters.pendingRequests shouldBe 0
        }
    }

    test("v3 over IPv6: its own discovery, then an authPriv get and set") {
        val u = InteropUser.named("sha512-aes256c")
        val before = engine().counters.discoveries
        val m = engine().manager(snmpd().ipv6, user = u.name, timeout = Patience.DURATION)
        val location = VarBind.of(sysLocation, OctetString.of("set over IPv6 at ${stamps.incrementAndGet()}"))
        m.set(location) shouldBe VarBindList.of(location)
        m.get(sysLocation) shouldBe VarBindList.of(location)
        engine().counters.discoveries shouldBe before + 1
    }

    test("discover() learns snmpd's engine ID, boots and time; a manager given them sends its first get at once, with no probe") {
        val u = InteropUser.named("sha256-aes")
        SnmpEngine().use { engine ->
            engine.addUser(u.user)
            val found = engine.manager(snmpd().ipv4, user = u.name, timeout = Patience.DURATION).discover()
            found.engineId.contentEquals(snmpd().engineId) shouldBe true
            (found.boots >= 1) shouldBe true
            engine.counters.datagramsSent shouldBe 2L // the probe and the authenticated time step
            SnmpEngine().use { other ->
                other.addUser(u.user)
                val m = other.manager(snmpd().ipv4, user = u.name, timeout = Patience.DURATION, remoteEngine = found)
                m.get(sysDescr).single().toString() shouldBe sysDescrBySnmpget()
                other.counters.datagramsSent shouldBe 1L
                other.counters.discoveries shouldBe 0L
            }
            SnmpEngine().use { other ->
                // Only the ID (Net-SNMP's -e without -Z): snmpd's notInTimeWindow report resynchronises, then the get goes again.
                other.addUser(u.user)
                val m = other.manager(snmpd().ipv4, user = u.name, timeout = Patience.DURATION, remoteEngine = RemoteEngineInfo(found.engineId))
                m.get(sysDescr).single().toString() shouldBe sysDescrBySnmpget()
                other.counters.discoveries shouldBe 0L
                other.counters.resends shouldBe 1L
            }
        }
    }

    test("msgMaxSize 484 in every header: snmpd answers a large get with tooBig, the manager splits it, every answer within 484 octets") {
        val u = InteropUser.named("sha256-aes")
        val inbound = java.util.concurrent.CopyOnWriteArrayList<Int>()
        SnmpEngine(packetTrace = { e -> if (e.direction == io.ksnmp.coroutines.PacketDirection.IN) inbound += e.length }).use { engine ->
            engine.addUser(u.user)
            val m = engine.manager(snmpd().ipv4, user = u.name, timeout = Patience.DURATION, msgMaxSize = 484)
            val names = List(12) { sysDescr }
            val answer = m.get(names)
            answer.size shouldBe 12
            answer.values().toSet().single().toString() shouldBe engine().manager(snmpd().ipv4, user = u.name, timeout = Patience.DURATION).get(sysDescr).value(0).toString()
            inbound.all { it <= 484 } shouldBe true
            (inbound.size > 2) shouldBe true // the probe's report, a tooBig, then the halves
        }
    }

    test("contextEngineId goes out as given (snmpd's own by default) and snmpd's answer carries it back, even another engine's, which snmpd does not check") {
        val u = InteropUser.named("sha256-aes")
        val seen = java.util.concurrent.CopyOnWriteArrayList<Pair<io.ksnmp.coroutines.PacketDirection, List<Byte>>>()
        SnmpEngine(packetTrace = { e ->
            val scoped = e.scopedPduOrNull
            val type = scoped?.pdu()?.type()
            if (scoped != null && !scoped.pdu().varBinds().isEmpty() && (type == io.ksnmp.pdu.PduType.GET || type == io.ksnmp.pdu.PduType.RESPONSE)) seen += e.direction to scoped.contextEngineId().toList()
        }).use { traced ->
            traced.addUser(u.user)
            fun manager(contextEngineId: ByteArray?) =
                traced.manager(snmpd().ipv4, user = u.name, contextEngineId = contextEngineId, timeout = Patience.DURATION, refreshPeriod = Patience.DURATION)
            val foreign = byteArrayOf(0x80.toByte(), 0, 0, 0, 4, 1, 2, 3, 4)
            for (given in listOf(null, snmpd().engineId, foreign)) {
                seen.clear()
                manager(given).get(sysDescr).single().toString() shouldBe sysDescrBySnmpget()
                val expected = (given ?: snmpd().engineId).toList()
                seen shouldBe listOf(io.ksnmp.coroutines.PacketDirection.OUT to expected, io.ksnmp.coroutines.PacketDirection.IN to expected)
            }
        }
    }

    context("credentials snmpd does not accept") {
        val real = InteropUser.named("sha256-aes")

        test("a wrong auth password: snmpd reports wrongDigest (unauthenticated), which ends the request at the next resend") {
            val impostor = InteropUser(real.auth, real.priv, name = real.name, authPassword = "not-${real.authPassword}")
            engine().addUser(impostor.user, namespace = IMPOSTORS)
            val m = engine().manager(snmpd().ipv4, namespace = IMPOSTORS, user = impostor.name, timeout = Patience.DURATION, refreshPeriod = 200.milliseconds)
            shouldThrow<WrongDigestException> { m.get(sysDescr) }
            engine().removeUser(impostor.name, IMPOSTORS)
        }

        test("an unknown user: snmpd reports unknownUserName") {
            val stranger = InteropUser(real.auth, real.priv, name = "nobody-here")
            engine().addUser(stranger.user, namespace = IMPOSTORS)
            val m = engine().manager(snmpd().ipv4, namespace = IMPOSTORS, user = stranger.name, timeout = Patience.DURATION, refreshPeriod = 200.milliseconds)
            shouldThrow<UnknownUserNameException> { m.get(sysDescr) }
            engine().removeUser(stranger.name, IMPOSTORS)
        }

        test("authPriv for a user snmpd knows without privacy: snmpd reports unsupportedSecLevel") {
            val authOnly = InteropUser.named("md5-nopriv")
            val claimsPriv = InteropUser(authOnly.auth, PrivProtocol.AES128, name = authOnly.name, authPassword = authOnly.authPassword)
            engine().addUser(claimsPriv.user, namespace = IMPOSTORS)
            val m = engine().manager(snmpd().ipv4, namespace = IMPOSTORS, user = claimsPriv.name, securityLevel = SecurityLevel.AUTH_PRIV,
                timeout = Patience.DURATION, refreshPeriod = 200.milliseconds)
            shouldThrow<UnsupportedSecurityLevelException> { m.get(sysDescr) }
            engine().removeUser(claimsPriv.name, IMPOSTORS)
        }

        // MD5's and SHA-1's keys (16 and 20 octets) are shorter than AES-192's and AES-256's (24 and 32): the
        // Blumenthal and Reeder key extensions give different keys for these users.
        for ((name, wrongVariant) in listOf("sha-aes192" to PrivProtocol.AES192_REEDER, "md5-aes256c" to PrivProtocol.AES256)) {
            test("$name with ${wrongVariant.protocolName()} (the other key extension): snmpd drops it silently, so a timeout after resends") {
                val right = InteropUser.named(name)
                val wrong = InteropUser(right.auth, wrongVariant, name = right.name, authPassword = right.authPassword, privPassword = right.privPassword)
                // An engine of its own, so that no late reply to another test's request can arrive on its socket; on a
                // virtual clock, so that it sends again and times out when the test says, however slow the machine.
                val clock = VirtualClock()
                virtualEngine(clock, SnmpVersion.V3).use { engine ->
                    engine.addUser(right.user)
                    engine.addUser(wrong.user, namespace = IMPOSTORS)
                    // The right variant is answered (and the engine knows snmpd's engine from here on); no resend, so no late duplicate.
                    val rightOne = engine.manager(snmpd().ipv4, user = right.name)
                    rightOne.get(sysDescr).single().oid() shouldBe sysDescr
                    val m = engine.manager(snmpd().ipv4, namespace = IMPOSTORS, user = wrong.name, timeout = 1.seconds, refreshPeriod = 200.milliseconds)
                    val received = engine.counters.datagramsReceived
                    val sent = engine.counters.datagramsSent
                    val call = async(Dispatchers.Default) { runCatching { m.get(sysDescr) } }
                    eventually { engine.counters.datagramsSent == sent + 1 } shouldBe true
                    for (resend in 1..4) engine.advance(clock, (200 * resend).milliseconds)
                    engine.advance(clock, 1.seconds)
                    val e = call.await().exceptionOrNull().shouldBeInstanceOf<SnmpTimeoutException>()
                    e.sends() shouldBe 5
                    e.target() shouldBe snmpd().ipv4
                    // Not even a Report came back: snmpd answers in order, so once it has answered a later request,
                    // whatever it had to say about the five sends has come.
                    rightOne.get(sysDescr).single().oid() shouldBe sysDescr
                    engine.counters.datagramsReceived shouldBe received + 1
                    engine.counters.pendingRequests shouldBe 0
                }
            }
        }
    }

    test("no request is left pending") {
        withClue(engine().counters) { engine().counters.pendingRequests shouldBe 0 }
    }
}
