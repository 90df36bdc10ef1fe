package io.ksnmp.usm.interop

import io.kotest.assertions.fail
import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.datatest.withData
import io.kotest.matchers.ints.shouldBeInRange
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeInstanceOf
import io.ksnmp.ber.BerWriter
import io.ksnmp.message.MsgFlags
import io.ksnmp.message.ScopedPdu
import io.ksnmp.pdu.ErrorStatus
import io.ksnmp.pdu.Pdu
import io.ksnmp.pdu.PduType
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.Oid
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.VarBindList
import io.ksnmp.testing.Patience
import io.ksnmp.testing.Snmpd
import io.ksnmp.testing.withNetSnmpTools
import io.ksnmp.usm.JceUsmCrypto
import io.ksnmp.usm.KeyCache
import io.ksnmp.usm.OutgoingParameters
import io.ksnmp.usm.RemoteEngine
import io.ksnmp.usm.SecurityLevel
import io.ksnmp.usm.UserLookup
import io.ksnmp.usm.Usm
import io.ksnmp.usm.UsmSecurityParameters
import io.ksnmp.usm.UsmStats
import io.ksnmp.usm.UsmUser
import java.net.DatagramPacket
import java.net.DatagramSocket
import java.net.InetAddress
import java.net.InetSocketAddress
import java.net.SocketTimeoutException

/**
 * ksnmp's USM in the non-authoritative role (a manager) against Net-SNMP's `snmpd`, for every
 * user of the matrix: ksnmp discovers snmpd's engine, secures a GET with the user's keys
 * localized to that engine, and checks snmpd's Response with [Usm.unsecureFromAuthoritative];
 * then the Reports snmpd sends for bad requests, as ksnmp classifies them.
 *
 * One snmpd serves the whole spec: started in `beforeSpec` (its configuration holds all 43
 * users), stopped in `afterSpec`.
 */
@OptIn(io.kotest.common.ExperimentalKotest::class)
class UsmSnmpdInteropSpec : FunSpec({
    timeout = Patience.MILLIS
    withNetSnmpTools("snmpd", "snmpget") { snmpdTests() }
})

private const val SYS_NAME_VALUE = "ksnmp-snmpd-peer"

private fun FunSpec.snmpdTests() {
    val sysName = Oid.parse("1.3.6.1.2.1.1.5.0")
    // snmpd's `engineID ksnmp-snmpd`: enterprise 8072 (80 00 1f 88), text format (04), the text.
    val expectedEngineId = byteArrayOf(0x80.toByte(), 0x00, 0x1f, 0x88.toByte(), 0x04) + "ksnmp-snmpd".toByteArray()
    var snmpdOrNull: Snmpd? = null
    var managerOrNull: KsnmpManagerSide? = null
    fun manager(): KsnmpManagerSide = managerOrNull ?: fail("snmpd was not started")

    beforeSpec {
        val snmpd = Snmpd.start(extraConfig = "sysName $SYS_NAME_VALUE\n")
        snmpdOrNull = snmpd
        val manager = KsnmpManagerSide(snmpd.ipv4, InteropUser.matrix.map { it.user })
        managerOrNull = manager
        manager.awaitReady(snmpd)
    }

    afterSpec {
        managerOrNull?.close()
        snmpdOrNull?.close()
    }

    context("ksnmp makes a request, snmpd checks it; snmpd answers, ksnmp checks") {
        withData(nameFn = { it.toString() }, InteropUser.matrix) { user ->
            val remote = manager().discover()
            remote.engineId() shouldBe expectedEngineId
            val level = user.level
            val (msgId, requestId) = manager().send(user.user, level, remote, Pdu.get(0, VarBindList.ofNames(sysName)))
            val reply = manager().receive()
            val result = manager().usm.unsecureFromAuthoritative(reply.bytes, 0, reply.bytes.size, reply.message, remote,
                manager().lookup, System.currentTimeMillis())
            val accepted = result.shouldBeAccepted()
            reply.message.msgId() shouldBe msgId
            accepted.level() shouldBe level
            reply.message.isEncrypted() shouldBe level.isPriv
            MsgFlags.isReportable(reply.message.msgFlags()) shouldBe false
            accepted.parameters().engineId() shouldBe expectedEngineId
            accepted.parameters().userName() shouldBe user.user.name()
            val pdu = accepted.scopedPdu().pdu()
            withClue("snmpd's response ${accepted.scopedPdu()}") {
                accepted.scopedPdu().contextEngineId() shouldBe expectedEngineId
                pdu.type() shouldBe PduType.RESPONSE
                pdu.requestId() shouldBe requestId
                pdu.errorStatus() shouldBe ErrorStatus.NO_ERROR
                pdu.varBinds() shouldBe VarBindList.of(VarBind.of(sysName, OctetString.of(SYS_NAME_VALUE)))
            }
            remote.isAuthenticated() shouldBe level.isAuth
        }
    }

    context("snmpd's reports, as ksnmp reads them") {
        val user = InteropUser.named("sha256-aes")

        test("unknownUserName") {
            val remote = manager().discover()
            val stranger = InteropUser(user.auth, user.priv, name = "nobody-here")
            manager().send(stranger.user, SecurityLevel.AUTH_PRIV, remote, Pdu.get(0, VarBindList.ofNames(sysName)))
            manager().reportKind(manager().receive(), remote, listOf(stranger.user)) shouldBe UsmStats.UNKNOWN_USER_NAMES
        }

        test("wrongDigest") {
            val remote = manager().discover()
            val impostor = InteropUser(user.auth, user.priv, name = user.name, authPassword = "not-the-auth-password")
            manager().send(impostor.user, SecurityLevel.AUTH_PRIV, remote, Pdu.get(0, VarBindList.ofNames(sysName)))
            manager().reportKind(manager().receive(), remote, listOf(impostor.user)) shouldBe UsmStats.WRONG_DIGESTS
        }

        test("unsupportedSecLevel") {
            val remote = manager().discover()
            // snmpd knows md5-nopriv without privacy; ksnmp claims authPriv for it.
            val authOnly = InteropUser.named("md5-nopriv")
            val claimsPriv = InteropUser(authOnly.auth, io.ksnmp.usm.PrivProtocol.AES128, name = authOnly.name,
                authPassword = authOnly.authPassword)
            manager().send(claimsPriv.user, SecurityLevel.AUTH_PRIV, remote, Pdu.get(0, VarBindList.ofNames(sysName)))
            manager().reportKind(manager().receive(), remote, listOf(claimsPriv.user)) shouldBe UsmStats.UNSUPPORTED_SEC_LEVELS
        }

        test("notInTimeWindow, authenticated: ksnmp takes snmpd's time from it and the retry is answered") {
            val discovered = manager().discover()
            // A manager whose idea of snmpd's clock is 500 s ahead (snmpd has only just started).
            val remote = RemoteEngine.discovered(discovered.engineId(), discovered.boots(),
                discovered.estimatedTime(System.currentTimeMillis()) + 500, System.currentTimeMillis())
            manager().send(user.user, SecurityLevel.AUTH_PRIV, remote, Pdu.get(0, VarBindList.ofNames(sysName)))
            val report = manager().receive()
            report.message.msgFlags() and 0x03 shouldBe SecurityLevel.AUTH_NO_PRIV.flags()
            val checked = manager().usm.unsecureFromAuthoritative(report.bytes, 0, report.bytes.size, report.message, remote,
                manager().lookup, System.currentTimeMillis())
            // The report is the first authenticated message from snmpd: it anchors ksnmp's idea of its clock.
            val accepted = checked.shouldBeAccepted()
            UsmStats.fromReportOrNull(accepted.scopedPdu().pdu().varBinds().oid(0)) shouldBe UsmStats.NOT_IN_TIME_WINDOWS
            remote.isAuthenticated() shouldBe true
            remote.boots() shouldBe discovered.boots()
            val now = System.currentTimeMillis()
            remote.estimatedTime(now) shouldBeInRange discovered.estimatedTime(now) - 1..discovered.estimatedTime(now) + 1

            val (_, requestId) = manager().send(user.user, SecurityLevel.AUTH_PRIV, remote, Pdu.get(0, VarBindList.ofNames(sysName)))
            val reply = manager().receive()
            val answered = manager().usm.unsecureFromAuthoritative(reply.bytes, 0, reply.bytes.size, reply.message, remote,
                manager().lookup, System.currentTimeMillis()).shouldBeAccepted()
            answered.scopedPdu().pdu().type() shouldBe PduType.RESPONSE
            answered.scopedPdu().pdu().requestId() shouldBe requestId
        }
    }
}

/**
 * ksnmp as a manager on a UDP socket on 127.0.0.1, talking to one agent: discovery, secured
 * requests, and the datagrams that come back.
 */
private class KsnmpManagerSide(private val agent: InetSocketAddress, users: List<UsmUser>) : AutoCloseable {
    val usm = Usm(JceUsmCrypto.create())
    private val keyCache = KeyCache(JceUsmCrypto.create(), 100, 1_000)
    private val byName = users.associateBy { it.nameAsText() }
    private val socket = DatagramSocket(InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0)).apply { soTimeout = Patience.MILLIS.toInt() }
    private var nextId = 1_000

    /** The manager's users, localized to the engine a message names. */
    val lookup = UserLookup { engineId, name -> byName[String(name, Charsets.UTF_8)]?.let { keyCache.localizedKeys(it, engineId) } }

    private fun sendDatagram(w: BerWriter) = socket.send(DatagramPacket(w.array(), w.offset(), w.size(), agent))

    /**
     * Sends discovery probes until the agent reports its engine, naming what it logged if it never
     * does: at most [Patience]'s minutes worth of probes 0.2 s apart, a bound counted in probes.
     */
    fun awaitReady(snmpd: Snmpd) {
        socket.soTimeout = 200
        try {
            repeat((Patience.MILLIS / 200).toInt()) {
                sendProbe()
                if (receiveOrNull() != null) return
            }
        } finally {
            socket.soTimeout = Patience.MILLIS.toInt()
        }
        fail("snmpd did not answer a discovery probe:\n${snmpd.log()}")
    }

    private fun sendProbe(): Int {
        val msgId = nextId++
        val w = BerWriter()
        usm.secure(w, OutgoingParameters.discovery(msgId, 65_507), ScopedPdu.of(ByteArray(0), ByteArray(0), Pdu.get(msgId, VarBindList.empty())))
        sendDatagram(w)
        return msgId
    }

    /**
     * RFC 3414 §4 discovery: a probe, and the usmStatsUnknownEngineIDs report it draws (read as
     * sent, unauthenticated: its msgUserName is empty, which no user lookup knows).
     */
    fun discover(): RemoteEngine {
        val msgId = sendProbe()
        val report = receive()
        report.message.msgId() shouldBe msgId
        report.message.msgFlags() and 0x03 shouldBe SecurityLevel.NO_AUTH_NO_PRIV.flags()
        val pdu = report.message.scopedPduOrNull().shouldBeInstanceOf<ScopedPdu>().pdu()
        pdu.type() shouldBe PduType.REPORT
        UsmStats.fromReportOrNull(pdu.varBinds().oid(0)) shouldBe UsmStats.UNKNOWN_ENGINE_IDS
        val params = UsmSecurityParameters.decode(report.message.securityParameters())
        return RemoteEngine.discovered(params.engineId(), params.engineBoots(), params.engineTime(), System.currentTimeMillis())
    }

    /** Secures [pdu] (its request-id replaced) for [user] at [level] and sends it; returns its msgID and request-id. */
    fun send(user: UsmUser, level: SecurityLevel, remote: RemoteEngine, pdu: Pdu): Pair<Int, Int> {
        val msgId = nextId++
        val requestId = nextId++
        val engineId = remote.engineId()
        val keys = if (level.isAuth) keyCache.localizedKeys(user, engineId) else null
        val w = BerWriter()
        usm.secure(w, OutgoingParameters(msgId, 65_507, true, level, user.name(), keys, engineId, remote.boots(),
            remote.estimatedTime(System.currentTimeMillis())), ScopedPdu.of(engineId, ByteArray(0), pdu.withRequestId(requestId)))
        sendDatagram(w)
        return msgId to requestId
    }

    /** Reads a Report through USM with [users] as the manager's table; returns the counter it names. */
    fun reportKind(report: Datagram, remote: RemoteEngine, users: List<UsmUser>): UsmStats? {
        val table = users.associateBy { it.nameAsText() }
        val result = usm.unsecureFromAuthoritative(report.bytes, 0, report.bytes.size, report.message, remote,
            { engineId, name -> table[String(name, Charsets.UTF_8)]?.let { keyCache.localizedKeys(it, engineId) } },
            System.currentTimeMillis())
        val pdu = result.shouldBeAccepted().scopedPdu().pdu()
        pdu.type() shouldBe PduType.REPORT
        return UsmStats.fromReportOrNull(pdu.varBinds().oid(0))
    }

    private fun receiveOrNull(): Datagram? {
        val packet = DatagramPacket(ByteArray(65_535), 65_535)
        return try {
            socket.receive(packet)
            Datagram(packet.data.copyOfRange(packet.offset, packet.offset + packet.length), packet.socketAddress)
        } catch (e: SocketTimeoutException) {
            null
        }
    }

    /** The next datagram from the agent (waiting at most 5 s). */
    fun receive(): Datagram = receiveOrNull() ?: fail("snmpd sent nothing to ksnmp")

    override fun close() = socket.close()
}
