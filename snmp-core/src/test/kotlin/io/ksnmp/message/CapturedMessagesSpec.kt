package io.ksnmp.message

import io.ksnmp.pdu.Pdu
import io.ksnmp.pdu.PduType
import io.ksnmp.pdu.TrapV1Pdu
import io.ksnmp.testing.hex
import io.kotest.core.spec.style.FunSpec
import io.kotest.datatest.withData
import io.kotest.matchers.collections.shouldHaveAtLeastSize
import io.kotest.matchers.shouldBe

/**
 * Real datagrams from Net-SNMP 5.9 (snmpget, snmpgetnext, snmpbulkget, snmpset, snmptrap,
 * snmpinform and the replies of snmpd and snmptrapd): each decodes to what its headers say,
 * Net-SNMP's printed lines included, and re-encodes byte for byte.
 */
class CapturedMessagesSpec : FunSpec({
    val captures = CapturedMessage.all()

    test("the capture set covers every tool, version and direction") {
        captures shouldHaveAtLeastSize 40
        val tools = captures.map { it.name.substringBefore('-') }.toSet()
        tools shouldBe setOf("snmpget", "snmpgetnext", "snmpbulkget", "snmpset", "snmptrap", "snmpinform")
        captures.map { it.header("version") }.toSet() shouldBe setOf("1", "2c", "3")
        captures.map { it.header("direction") }.toSet() shouldBe setOf("request", "response")
    }

    val pduTypes = mapOf(
        "get" to PduType.GET, "getnext" to PduType.GET_NEXT, "getbulk" to PduType.GET_BULK, "set" to PduType.SET,
        "response" to PduType.RESPONSE, "trap" to PduType.TRAP_V1, "trap2" to PduType.TRAP_V2,
        "inform" to PduType.INFORM, "report" to PduType.REPORT,
    )

    context("decoded as Net-SNMP describes it, re-encoded byte for byte") {
        withData(nameFn = { it.name }, captures) { capture ->
            val message = MessageCodec.decode(capture.bytes, 0, capture.bytes.size)
            message.version() shouldBe mapOf("1" to SnmpVersion.V1, "2c" to SnmpVersion.V2C, "3" to SnmpVersion.V3)[capture.header("version")]

            val pdu = when (message) {
                is CommunityMessage -> {
                    String(message.community()) shouldBe capture.header("community")
                    message.pdu()
                }
                is V3Message -> {
                    message.msgId().toString() shouldBe capture.header("msg-id")
                    message.msgMaxSize().toString() shouldBe capture.header("msg-max-size")
                    message.msgFlags() shouldBe capture.header("msg-flags")!!.toInt(16)
                    message.securityModel().toString() shouldBe capture.header("security-model")
                    message.securityParameters() shouldBe capture.header("security-parameters")!!.hex()
                    val offset = message.securityParametersOffset()
                    capture.bytes.copyOfRange(offset, offset + message.securityParameters().size) shouldBe message.securityParameters()
                    message.isEncrypted() shouldBe false
                    val scoped = message.scopedPduOrNull()!!
                    scoped.contextEngineId() shouldBe capture.header("context-engine-id")!!.hex()
                    String(scoped.contextName()) shouldBe capture.header("context-name")
                    scoped.pdu()
                }
            }

            pdu.type() shouldBe pduTypes[capture.header("pdu")]
            when (pdu) {
                is Pdu -> {
                    pdu.requestId().toString() shouldBe capture.header("request-id")
                    if (pdu.type() == PduType.GET_BULK) {
                        pdu.nonRepeaters().toString() shouldBe capture.header("non-repeaters")
                        pdu.maxRepetitions().toString() shouldBe capture.header("max-repetitions")
                    } else {
                        pdu.errorStatus().code().toString() shouldBe capture.header("error-status")
                        pdu.errorIndex().toString() shouldBe capture.header("error-index")
                    }
                }
                is TrapV1Pdu -> {
                    pdu.enterprise().toDottedString() shouldBe capture.header("enterprise")
                    pdu.agentAddress().toDottedString() shouldBe capture.header("agent-addr")
                    pdu.genericTrap().toString() shouldBe capture.header("generic-trap")
                    pdu.specificTrap().toString() shouldBe capture.header("specific-trap")
                    pdu.timeStamp().value().toString() shouldBe capture.header("time-stamp")
                }
            }
            pdu.varBinds().map { it.toString() } shouldBe capture.varBindLines()

            val reencoded = when (message) {
                is CommunityMessage -> MessageCodec.encode(message)
                is V3Message -> MessageCodec.encode(message)
            }
            reencoded shouldBe capture.bytes
        }
    }

    test("re-encoding rebuilds a v3 message from its parts, security parameters at the same offset") {
        captures.filter { it.header("version") == "3" }.forEach { capture ->
            val decoded = MessageCodec.decode(capture.bytes, 0, capture.bytes.size) as V3Message
            val rebuilt = V3Message.plaintext(
                decoded.msgId(), decoded.msgMaxSize(), decoded.msgFlags(), decoded.securityModel(),
                decoded.securityParameters(), decoded.scopedPduOrNull()!!,
            )
            val w = io.ksnmp.ber.BerWriter()
            val offset = MessageCodec.encode(rebuilt, w)
            w.toByteArray() shouldBe capture.bytes
            offset shouldBe decoded.securityParametersOffset()
        }
    }
})
