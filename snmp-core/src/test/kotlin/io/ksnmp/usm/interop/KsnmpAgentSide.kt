package io.ksnmp.usm.interop

import io.kotest.assertions.fail
import io.kotest.assertions.withClue
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeInstanceOf
import io.ksnmp.ber.BerWriter
import io.ksnmp.message.MessageCodec
import io.ksnmp.message.ScopedPdu
import io.ksnmp.message.V3Message
import io.ksnmp.pdu.ErrorStatus
import io.ksnmp.pdu.Pdu
import io.ksnmp.smi.VarBindList
import io.ksnmp.testing.Patience
import io.ksnmp.testing.ToolProcess
import io.ksnmp.usm.AuthProtocol
import io.ksnmp.usm.JceUsmCrypto
import io.ksnmp.usm.KeyCache
import io.ksnmp.usm.LocalEngine
import io.ksnmp.usm.OutgoingParameters
import io.ksnmp.usm.PrivProtocol
import io.ksnmp.usm.SecurityLevel
import io.ksnmp.usm.UserLookup
import io.ksnmp.usm.Usm
import io.ksnmp.usm.UsmFailure
import io.ksnmp.usm.UsmIncoming
import io.ksnmp.usm.UsmReports
import io.ksnmp.usm.UsmUser
import java.net.DatagramPacket
import java.net.DatagramSocket
import java.net.InetAddress
import java.net.InetSocketAddress
import java.net.SocketAddress
import java.net.SocketTimeoutException

/**
 * A USM user of the interop matrix, with the Net-SNMP options that name the same user on the
 * other side. Names are distinct per combination (`sha256-aes192c`, `md5-nopriv`, `noauth`) and
 * so are the passwords, so a key looked up for the wrong user cannot pass.
 */
class InteropUser(
    val auth: AuthProtocol?,
    val priv: PrivProtocol?,
    val name: String = defaultName(auth, priv),
    val authPassword: String = "auth-pass-$name",
    val privPassword: String = "priv-pass-$name",
) {
    init {
        require(priv == null || auth != null) { "privacy needs authentication" }
    }

    val level: SecurityLevel = when {
        priv != null -> SecurityLevel.AUTH_PRIV
        auth != null -> SecurityLevel.AUTH_NO_PRIV
        else -> SecurityLevel.NO_AUTH_NO_PRIV
    }

    /** The same user as ksnmp knows it. */
    val user: UsmUser = UsmUser.builder(name).apply {
        if (auth != null) auth(auth, authPassword)
        if (priv != null) priv(priv, privPassword)
    }.build()

    /**
     * `-u … -l …` and, as the level needs, `-a -A -x -X` for snmpget; [authPassword] and the
     * protocols can be overridden to make snmpget disagree with ksnmp on purpose.
     */
    fun netSnmpOptions(
        authPassword: String = this.authPassword,
        privProtocol: PrivProtocol? = priv,
        userName: String = name,
    ): List<String> = buildList {
        addAll(listOf("-u", userName, "-l", level.toString()))
        if (auth != null) addAll(listOf("-a", auth.protocolName(), "-A", authPassword))
        if (privProtocol != null) addAll(listOf("-x", privProtocol.protocolName(), "-X", privPassword))
    }

    override fun toString(): String = "$name (${auth?.protocolName() ?: "-"}/${priv?.protocolName() ?: "-"}, $level)"

    companion object {
        /** The privacy protocols of Debian's Net-SNMP 5.9.3 build (it has no 3DES). */
        val netSnmpPrivProtocols: List<PrivProtocol> = listOf(
            PrivProtocol.DES, PrivProtocol.AES128, PrivProtocol.AES192, PrivProtocol.AES256,
            PrivProtocol.AES192_REEDER, PrivProtocol.AES256_REEDER,
        )

        /** Debian's Net-SNMP 5.9.3 matrix: 6 auth × (no priv + 6 priv) + noAuthNoPriv = 43 users. */
        val matrix: List<InteropUser> = buildList {
            add(InteropUser(null, null))
            for (auth in AuthProtocol.entries) {
                add(InteropUser(auth, null))
                for (priv in netSnmpPrivProtocols) add(InteropUser(auth, priv))
            }
        }

        fun named(name: String): InteropUser = matrix.single { it.name == name }

        private fun defaultName(auth: AuthProtocol?, priv: PrivProtocol?): String = if (auth == null) "noauth" else
            auth.protocolName().lowercase().replace("-", "") + "-" + (priv?.protocolName()?.lowercase() ?: "nopriv")
    }
}

/** One datagram as it arrived: its bytes, its sender and its decoding. */
class Datagram(val bytes: ByteArray, val from: SocketAddress) {
    val message: V3Message = MessageCodec.decode(bytes, 0, bytes.size).shouldBeInstanceOf<V3Message>()
}

/**
 * ksnmp in the authoritative role (an agent) on a UDP socket on 127.0.0.1: receives what a
 * Net-SNMP tool sends, runs it through [Usm.unsecureAsAuthoritative], and answers or reports.
 * Only the USM layer of ksnmp is under test here; the socket handling is the test's own.
 */
class KsnmpAgentSide(val engine: LocalEngine, users: Collection<UsmUser>) : AutoCloseable {
    val engineId: ByteArray = engine.engineId()
    val engineIdHex: String = "0x" + engineId.joinToString("") { "%02x".format(it) }
    private val byName = users.associateBy { it.nameAsText() }
    val keyCache = KeyCache(JceUsmCrypto.create(), 100, 1_000)
    val usm = Usm(JceUsmCrypto.create())
    private val socket = DatagramSocket(InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0)).apply { soTimeout = Patience.MILLIS.toInt() }

    /** Where the tool sends to: `127.0.0.1:PORT`. */
    val address: String = "127.0.0.1:${socket.localPort}"

    /** ksnmp's user table: by name, localized to whatever engine the message names. */
    val lookup = UserLookup { engineId, name ->
        byName[String(name, Charsets.UTF_8)]?.let { keyCache.localizedKeys(it, engineId) }
    }

    /** The next datagram (waiting at most [Patience]'s minutes); fails naming what [tool] printed if none comes. */
    fun receive(tool: ToolProcess): Datagram {
        val packet = DatagramPacket(ByteArray(65_535), 65_535)
        try {
            socket.receive(packet)
        } catch (e: SocketTimeoutException) {
            fail("$tool sent nothing to $address; so far it printed:\n${tool.stdout()}${tool.stderr()}")
        }
        return Datagram(packet.data.copyOfRange(packet.offset, packet.offset + packet.length), packet.socketAddress)
    }

    /** This engine's time now, in seconds, on its clock (the system's). */
    fun engineTimeNow(): Int = engine.engineTime(System.currentTimeMillis())

    /** USM's verdict on [request], with the clock now. */
    fun check(request: Datagram): UsmIncoming = usm.unsecureAsAuthoritative(
        request.bytes, 0, request.bytes.size, request.message, engine, lookup, System.currentTimeMillis(),
    )

    /**
     * Answers an accepted request: a Response with its request-id and [varBinds], in its
     * context, secured for [user] at the request's level with this engine's boots and time
     * and the request's msgID (not reportable), sent back to where the request came from.
     */
    fun answer(request: Datagram, accepted: UsmIncoming.Accepted, user: UsmUser, varBinds: VarBindList) {
        val scoped = accepted.scopedPdu()
        val response = ScopedPdu.of(
            scoped.contextEngineId(), scoped.contextName(),
            Pdu.response(scoped.pdu().requestId(), ErrorStatus.NO_ERROR, 0, varBinds),
        )
        val level = accepted.level()
        val keys = if (level.isAuth) keyCache.localizedKeys(user, engineId) else null
        val now = System.currentTimeMillis()
        val w = BerWriter()
        usm.secure(
            w,
            OutgoingParameters(request.message.msgId(), 65_507, false, level, user.name(), keys,
                engineId, engine.boots(), engine.engineTime(now)),
            response,
        )
        send(w, request.from)
    }

    /** Writes the Report RFC 3414 asks for with [UsmReports.write] and sends it; false if none was due. */
    fun report(request: Datagram, rejected: UsmIncoming.Rejected): Boolean {
        val w = BerWriter()
        val written = UsmReports.write(usm, w, engine, rejected, 65_507, System.currentTimeMillis())
        if (written) send(w, request.from)
        return written
    }

    private fun send(w: BerWriter, to: SocketAddress) {
        socket.send(DatagramPacket(w.array(), w.offset(), w.size(), to))
    }

    override fun close() {
        socket.close()
    }
}

/** Asserts USM accepted the message, naming the failure if it did not. */
fun UsmIncoming.shouldBeAccepted(): UsmIncoming.Accepted {
    if (this is UsmIncoming.Rejected) {
        fail("USM rejected the message: ${failure()} (${message()})")
    }
    return this as UsmIncoming.Accepted
}

/** Asserts USM rejected the message for [failure]. */
fun UsmIncoming.shouldBeRejectedFor(failure: UsmFailure): UsmIncoming.Rejected {
    val rejected = withClue("USM's verdict") { shouldBeInstanceOf<UsmIncoming.Rejected>() }
    rejected.failure() shouldBe failure
    return rejected
}
