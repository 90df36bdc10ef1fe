package io.ksnmp.usm

import io.ksnmp.ber.BerWriter
import io.ksnmp.message.ScopedPdu
import io.ksnmp.pdu.Pdu
import io.ksnmp.pdu.PduType
import io.ksnmp.smi.Counter32
import io.ksnmp.smi.Oid
import io.ksnmp.smi.VarBindList
import io.ksnmp.usm.UsmFixtures.decode
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeInstanceOf

/**
 * A manager and an agent, each with its own [Usm], go through RFC 3414 §4 discovery, a request,
 * and an agent restart that makes the manager resynchronise from an authenticated report.
 */
class DiscoverySpec : FunSpec({
    val agentId = UsmFixtures.agentEngineId
    val user = UsmUser.builder("operator").auth(AuthProtocol.HMAC_SHA_256_192, "operator-auth").priv(PrivProtocol.AES128, "operator-priv").build()
    val keyCache = KeyCache(UsmFixtures.crypto, 10, 10)
    val agentUsers = UserLookup { engineId, name -> if (name.contentEquals(user.name())) keyCache.localizedKeys(user, engineId) else null }
    val managerUsm = Usm(UsmFixtures.crypto)
    val agentUsm = Usm(UsmFixtures.crypto)
    val w = BerWriter()

    test("discovery, an authenticated request, then resynchronisation after the agent restarts") {
        var now = 10_000_000L
        var agent = LocalEngine(agentId, 1, now - 5_000_000L) // up for 5000 s

        // 1. Probe: noAuthNoPriv, empty engine ID and user; the agent answers with a report.
        managerUsm.secure(w, OutgoingParameters.discovery(1, 65507), ScopedPdu.of(ByteArray(0), ByteArray(0), Pdu.get(11, VarBindList.empty())))
        val probe = w.toByteArray()
        val probeResult = agentUsm.unsecureAsAuthoritative(probe, 0, probe.size, decode(probe), agent, agentUsers, now)
        (probeResult as UsmIncoming.Rejected).failure() shouldBe UsmFailure.UNKNOWN_ENGINE_ID
        UsmReports.write(agentUsm, w, agent, probeResult, 65507, now) shouldBe true
        val report = decode(w.toByteArray())
        val reportParams = UsmSecurityParameters.decode(report.securityParameters())
        val reportPdu = report.scopedPduOrNull()!!.pdu()
        reportPdu.type() shouldBe PduType.REPORT
        reportPdu.requestId() shouldBe 11
        report.msgId() shouldBe 1
        UsmStats.fromReportOrNull(reportPdu.varBinds().oid(0)) shouldBe UsmStats.UNKNOWN_ENGINE_IDS
        reportPdu.varBinds().value(0) shouldBe Counter32.of(1)
        reportParams.engineId() shouldBe agentId
        reportParams.engineBoots() shouldBe 1
        reportParams.engineTime() shouldBe 5000

        // 2. The manager learns the engine (unauthenticated) and sends an authPriv request.
        val remote = RemoteEngine.discovered(reportParams.engineId(), reportParams.engineBoots(), reportParams.engineTime(), now)
        val keys = keyCache.localizedKeys(user, remote.engineId())
        fun request(msgId: Int, requestId: Int): ByteArray {
            managerUsm.secure(w, OutgoingParameters(msgId, 65507, true, SecurityLevel.AUTH_PRIV, user.name(), keys, remote.engineId(),
                remote.boots(), remote.estimatedTime(now)), ScopedPdu.of(agentId, ByteArray(0), Pdu.get(requestId, VarBindList.ofNames(Oid.parse("1.3.6.1.2.1.1.3.0")))))
            return w.toByteArray()
        }
        now += 30_000L
        val first = request(2, 12)
        val accepted = agentUsm.unsecureAsAuthoritative(first, 0, first.size, decode(first), agent, agentUsers, now)
        accepted.shouldBeInstanceOf<UsmIncoming.Accepted>()
        // The agent answers; the manager checks the response, which anchors the agent's clock.
        agentUsm.secure(w, OutgoingParameters(2, 65507, false, SecurityLevel.AUTH_PRIV, user.name(), accepted.keysOrNull(), agentId,
            agent.boots(), agent.engineTime(now)), ScopedPdu.of(agentId, ByteArray(0), Pdu.response(12, io.ksnmp.pdu.ErrorStatus.NO_ERROR, 0, VarBindList.empty())))
        val response = w.toByteArray()
        managerUsm.unsecureFromAuthoritative(response, 0, response.size, decode(response), remote, { _, _ -> keys }, now)
            .shouldBeInstanceOf<UsmIncoming.Accepted>()
        remote.isAuthenticated() shouldBe true

        // 3. The agent restarts with the same boots (as snmpd does) and its time back at 0.
        agent = LocalEngine(agentId, 1, now)
        now += 2_000L
        val stale = request(3, 13)
        val staleResult = agentUsm.unsecureAsAuthoritative(stale, 0, stale.size, decode(stale), agent, agentUsers, now)
        (staleResult as UsmIncoming.Rejected).failure() shouldBe UsmFailure.NOT_IN_TIME_WINDOW
        UsmReports.write(agentUsm, w, agent, staleResult, 65507, now) shouldBe true
        val timeReport = w.toByteArray()

        // 4. The report is authenticated with the user's key. Against the manager's notion of the
        //    agent's clock it is out of the window, but its MAC verified, so it is authentic and
        //    the manager resynchronises from it.
        val checked = managerUsm.unsecureFromAuthoritative(timeReport, 0, timeReport.size, decode(timeReport), remote,
            { _, _ -> keys }, now) as UsmIncoming.Rejected
        checked.failure() shouldBe UsmFailure.NOT_IN_TIME_WINDOW
        checked.message().msgFlags() shouldBe SecurityLevel.AUTH_NO_PRIV.flags()
        UsmStats.fromReportOrNull(checked.message().scopedPduOrNull()!!.pdu().varBinds().oid(0)) shouldBe UsmStats.NOT_IN_TIME_WINDOWS
        remote.resynchronize(checked.parametersOrNull()!!.engineBoots(), checked.parametersOrNull()!!.engineTime(), now)
        remote.estimatedTime(now) shouldBe 2
        // A forged copy with a broken MAC is a wrong digest, not a time-window failure.
        val forged = timeReport.copyOf().also { it[it.size - 1] = (it[it.size - 1].toInt() xor 1).toByte() }
        (managerUsm.unsecureFromAuthoritative(forged, 0, forged.size, decode(forged), remote, { _, _ -> keys }, now) as UsmIncoming.Rejected)
            .failure() shouldBe UsmFailure.WRONG_DIGEST

        val retried = request(4, 13)
        agentUsm.unsecureAsAuthoritative(retried, 0, retried.size, decode(retried), agent, agentUsers, now).shouldBeInstanceOf<UsmIncoming.Accepted>()
        agent.count(UsmStats.NOT_IN_TIME_WINDOWS) shouldBe 1
        agent.count(UsmStats.UNKNOWN_ENGINE_IDS) shouldBe 0 // the first agent counted that one
    }

    test("an unauthenticated report cannot pass for an authenticated one") {
        val now = 0L
        val agent = LocalEngine(agentId, 1, now)
        val stranger = UsmUser.builder("nobody").auth(AuthProtocol.HMAC_MD5_96, "nobody-password").build()
        managerUsm.secure(w, OutgoingParameters(5, 65507, true, SecurityLevel.AUTH_NO_PRIV, stranger.name(),
            keyCache.localizedKeys(stranger, agentId), agentId, 1, 0), ScopedPdu.of(agentId, ByteArray(0), Pdu.get(1, VarBindList.empty())))
        val bytes = w.toByteArray()
        val rejected = agentUsm.unsecureAsAuthoritative(bytes, 0, bytes.size, decode(bytes), agent, agentUsers, now) as UsmIncoming.Rejected
        rejected.failure() shouldBe UsmFailure.UNKNOWN_USER_NAME
        UsmReports.write(agentUsm, w, agent, rejected, 65507, now) shouldBe true
        val report = decode(w.toByteArray())
        report.msgFlags() shouldBe 0 // noAuthNoPriv, not reportable
        UsmStats.fromReportOrNull(report.scopedPduOrNull()!!.pdu().varBinds().oid(0)) shouldBe UsmStats.UNKNOWN_USER_NAMES
    }

    test("reports are not sent for unreportable messages, but still counted") {
        val agent = LocalEngine(agentId, 1, 0L)
        managerUsm.secure(w, OutgoingParameters(6, 65507, false, SecurityLevel.NO_AUTH_NO_PRIV, ByteArray(0), null, ByteArray(0), 0, 0),
            ScopedPdu.of(ByteArray(0), ByteArray(0), Pdu.trapV2(1, VarBindList.empty())))
        val bytes = w.toByteArray()
        val rejected = agentUsm.unsecureAsAuthoritative(bytes, 0, bytes.size, decode(bytes), agent, agentUsers, 0L) as UsmIncoming.Rejected
        UsmReports.write(agentUsm, w, agent, rejected, 65507, 0L) shouldBe false
        agent.count(UsmStats.UNKNOWN_ENGINE_IDS) shouldBe 1
    }
})
