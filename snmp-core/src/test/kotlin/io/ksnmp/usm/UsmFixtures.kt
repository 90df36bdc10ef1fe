package io.ksnmp.usm

import io.ksnmp.ber.BerWriter
import io.ksnmp.message.MessageCodec
import io.ksnmp.message.ScopedPdu
import io.ksnmp.message.V3Message
import io.ksnmp.pdu.Pdu
import io.ksnmp.smi.Counter64
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.VarBindList

/** Users of every protocol combination and helpers to run messages through two USMs. */
object UsmFixtures {
    val crypto: UsmCrypto = JceUsmCrypto.create()
    val agentEngineId: ByteArray = byteArrayOf(0x80.toByte(), 0, 0x1f, 0x88.toByte(), 0x80.toByte(), 1, 2, 3, 4, 5, 6, 7)

    /** Every auth × priv combination, plus auth-only users and one noAuthNoPriv user. */
    val users: List<UsmUser> = buildList {
        add(UsmUser.builder("none").build())
        for (auth in AuthProtocol.entries) {
            add(UsmUser.builder("a-${auth.protocolName()}").auth(auth, "auth-password-1").build())
            for (priv in PrivProtocol.entries) {
                add(UsmUser.builder("p-${auth.protocolName()}-${priv.protocolName()}").auth(auth, "auth-password-1").priv(priv, "priv-password-1").build())
            }
        }
    }

    val keyCache = KeyCache(crypto, 1_000, 1_000)

    fun keys(user: UsmUser, engineId: ByteArray = agentEngineId): LocalizedKeys = keyCache.localizedKeys(user, engineId)

    fun scopedGet(requestId: Int = 4242): ScopedPdu = ScopedPdu.of(
        agentEngineId, ByteArray(0),
        Pdu.response(requestId, io.ksnmp.pdu.ErrorStatus.NO_ERROR, 0, VarBindList.of(
            VarBind.of("1.3.6.1.2.1.1.1.0", OctetString.of("a test agent with a longish description")),
            VarBind.of("1.3.6.1.2.1.31.1.1.1.6.3", Counter64.of(-1L)),
        )),
    )

    fun secure(usm: Usm, user: UsmUser, level: SecurityLevel, boots: Int = 3, time: Int = 1000, msgId: Int = 77,
               scoped: ScopedPdu = scopedGet()): ByteArray {
        val w = BerWriter()
        val keys = if (level.isAuth) keys(user) else null
        usm.secure(w, OutgoingParameters(msgId, 65507, true, level, user.name(), keys, agentEngineId, boots, time), scoped)
        return w.toByteArray()
    }

    fun decode(bytes: ByteArray): V3Message = MessageCodec.decode(bytes, 0, bytes.size) as V3Message

    /** Looks users up by name among [users], localized to whatever engine the message names. */
    val lookup = UserLookup { engineId, name ->
        users.firstOrNull { it.name().contentEquals(name) }?.let { keyCache.localizedKeys(it, engineId) }
    }
}
