package io.ksnmp.coroutines.agent

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.nulls.shouldNotBeNull
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeInstanceOf
import io.kotest.matchers.types.shouldBeSameInstanceAs
import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.coroutines.testing.VirtualClock
import io.ksnmp.coroutines.testing.advance
import io.ksnmp.coroutines.testing.eventually
import io.ksnmp.coroutines.testing.virtualEngine
import io.ksnmp.errors.ErrorResponseException
import io.ksnmp.errors.NoSuchNameException
import io.ksnmp.errors.SnmpTimeoutException
import io.ksnmp.message.CommunityMessage
import io.ksnmp.message.MessageCodec
import io.ksnmp.message.SnmpVersion
import io.ksnmp.pdu.ErrorStatus
import io.ksnmp.pdu.Pdu
import io.ksnmp.smi.Counter64
import io.ksnmp.smi.EndOfMibView
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.IpAddress
import io.ksnmp.smi.NoSuchInstance
import io.ksnmp.smi.NoSuchObject
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.Oid
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.VarBindList
import io.ksnmp.smi.Variable
import io.ksnmp.testing.Patience
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlinx.coroutines.flow.toList
import kotlin.time.Duration.Companion.milliseconds
import kotlin.time.Duration.Companion.seconds

/** ksnmp's own managers, and hand-made datagrams, against the embedded agent over SNMPv1 and v2c. */
class AgentSpec : FunSpec({
    timeout = Patience.MILLIS
    val demo = DemoMib()
    val engine = SnmpEngine()
    val agent = engine.agent(AgentOptions(readCommunity = "public", writeCommunity = "private"), demo.mib)
    afterSpec { engine.close() }

    fun v2(community: String = "public") = engine.manager(agent.address, version = SnmpVersion.V2C, community = community, timeout = Patience.DURATION)
    fun v1(community: String = "public") = engine.manager(agent.address, version = SnmpVersion.V1, community = community, timeout = Patience.DURATION)
    val missingColumn = DemoMib.IF_ENTRY.child(3).child(1)
    val missingRow = DemoMib.IF_ENTRY.child(2).child(99)
    val hc1 = DemoMib.IF_X_ENTRY.child(6).child(1)

    test("the agent is bound to an ephemeral port of the loopback address and has a generated engine ID") {
        (agent.address.port > 0) shouldBe true
        agent.address.address.isLoopbackAddress shouldBe true
        agent.engineId.size shouldBe 13
        agent.engineBoots shouldBe 1
    }

    test("v2c get: values, noSuchObject and noSuchInstance, each where the registry says") {
        val names = listOf(DemoMib.SYS_DESCR, missingColumn, missingRow, hc1, DemoMib.SYS_DESCR.parent().child(1))
        val answer = v2().get(names)
        answer.values() shouldBe names.map { demo.mib.get(it) }
        answer.value(1) shouldBeSameInstanceAs NoSuchObject.INSTANCE
        answer.value(2) shouldBeSameInstanceAs NoSuchInstance.INSTANCE
        (answer.value(3) is Counter64) shouldBe true
    }

    test("v2c get-next follows the registry and ends with endOfMibView") {
        val names = listOf(Oid.parse("1.3"), DemoMib.SYS_DESCR, DemoMib.IF_ENTRY.child(2).child(3), Oid.parse("2.0"))
        val answer = v2().getNext(names)
        answer.toList().take(3) shouldBe names.take(3).map { demo.mib.nextOrNull(it) }
        answer[3] shouldBe VarBind.of(Oid.parse("2.0"), EndOfMibView.INSTANCE)
    }

    test("v2c walk and bulk walk of the whole MIB see exactly what the registry holds") {
        v2().walk(Oid.parse("1")).toList() shouldBe demo.mib.snapshot()
        v2().bulkWalk(Oid.parse("1"), maxRepetitions = 7).toList() shouldBe demo.mib.snapshot()
    }

    test("v1 get: noSuchName with the index of the first missing or Counter64 binding") {
        for ((name, index) in listOf(missingColumn to 2, missingRow to 2, hc1 to 2)) {
            val e = shouldThrow<NoSuchNameException> { v1().get(DemoMib.SYS_DESCR, name, DemoMib.SYS_CONTACT) }
            e.index() shouldBe index
        }
    }

    test("v1 get-next skips Counter64 values; a v1 walk sees every non-Counter64 binding, then noSuchName ends it") {
        val afterHc = v1().getNext(DemoMib.IF_X_ENTRY.child(1).child(3)).single()
        afterHc.oid() shouldBe DemoMib.IF_X_ENTRY.child(15).child(1)
        v1().walk(Oid.parse("1")).toList() shouldBe demo.mib.snapshot().filter { it.value() !is Counter64 }
        val e = shouldThrow<NoSuchNameException> { v1().getNext(DemoMib.SYS_DESCR, Oid.parse("2")) }
        e.index() shouldBe 2
    }

    test("v2c get-bulk: non-repeaters once each, then whole repetitions, stopping early when every repeater reached endOfMibView") {
        RawClient(agent.address).use { raw ->
            val asked = VarBindList.ofNames(DemoMib.SYS_DESCR, DemoMib.CREATABLE_ENTRY.child(2), DemoMib.CREATABLE_ENTRY.child(3))
            val response = raw.request(SnmpVersion.V2C, "public", Pdu.getBulk(5, 1, 10, asked))!!
            response.errorStatus() shouldBe ErrorStatus.NO_ERROR
            val got = response.varBinds()
            got[0] shouldBe demo.mib.nextOrNull(DemoMib.SYS_DESCR)
            // both repeaters run past the end of the MIB within a few repetitions
            var a = asked.oid(1)
            var b = asked.oid(2)
            val expected = ArrayList<VarBind>()
            for (r in 0 until 10) {
                val na = demo.mib.nextOrNull(a) ?: VarBind.of(a, EndOfMibView.INSTANCE)
                val nb = demo.mib.nextOrNull(b) ?: VarBind.of(b, EndOfMibView.INSTANCE)
                expected += na
                expected += nb
                a = na.oid(); b = nb.oid()
                if (na.value() === EndOfMibView.INSTANCE && nb.value() === EndOfMibView.INSTANCE) break
            }
            got.drop(1) shouldBe expected
            (expected.size < 20) shouldBe true
        }
    }

    test("v2c get-bulk is cut to the agent's message size, never answered tooBig, and keeps its non-repeaters") {
        val big = MibRegistry().apply {
            replay((1..5000).map { VarBind.of(Oid.parse("1.3.6.1.4.1.99999.9").child(it.toLong()), OctetString.of("x".repeat(40))) })
        }
        val small = engine.agent(AgentOptions(maxMessageSize = 1472), big)
        try {
            RawClient(small.address).use { raw ->
                val request = Pdu.getBulk(9, 2, 1000, VarBindList.ofNames(Oid.parse("1.3.6.1.4.1.99999.9.1"), Oid.parse("1.3.6.1.4.1.99999.9.2"), Oid.parse("1.3.6.1.4.1.99999.9")))
                raw.send(io.ksnmp.message.MessageCodec.encode(io.ksnmp.message.CommunityMessage.of(SnmpVersion.V2C, "public", request)))
                val bytes = raw.receiveOrNull()!!
                (bytes.size <= 1472) shouldBe true
                val response = (io.ksnmp.message.MessageCodec.decode(bytes, 0, bytes.size) as io.ksnmp.message.CommunityMessage).pdu() as Pdu
                response.errorStatus() shouldBe ErrorStatus.NO_ERROR
                val got = response.varBinds()
                got.oid(0) shouldBe Oid.parse("1.3.6.1.4.1.99999.9.2")
                got.oid(1) shouldBe Oid.parse("1.3.6.1.4.1.99999.9.3")
                got.oids().drop(2) shouldBe (1..got.size - 2).map { Oid.parse("1.3.6.1.4.1.99999.9").child(it.toLong()) }
                // a few more would not have fitted
                (got.size in 20..40) shouldBe true
                // a get asking for more than fits is tooBig, with no bindings
                val names = (1..60).map { Oid.parse("1.3.6.1.4.1.99999.9").child(it.toLong()) }
                val tooBig = raw.request(SnmpVersion.V2C, "public", Pdu.get(10, VarBindList.ofNames(names)))!!
                tooBig.errorStatus() shouldBe ErrorStatus.TOO_BIG
                tooBig.varBinds().size shouldBe 0
                small.counters.tooBig shouldBe 1
            }
        } finally {
            small.close()
        }
    }

    test("a wrong community gets no reply at all, and is counted") {
        val before = agent.counters.badCommunity
        RawClient(agent.address).use { raw ->
            raw.send(MessageCodec.encode(CommunityMessage.of(SnmpVersion.V2C, "not-the-community", Pdu.get(1, VarBindList.ofNames(DemoMib.SYS_DESCR)))))
            // The agent handles datagrams in order: had it answered the wrong community, that answer would come first.
            raw.request(SnmpVersion.V2C, "public", Pdu.get(2, VarBindList.ofNames(DemoMib.SYS_DESCR))).shouldNotBeNull().requestId() shouldBe 2
        }
        agent.counters.badCommunity shouldBe before + 1
        // A manager on a virtual clock: three sends, at 0, 200 and 400 ms, however slow the machine.
        val clock = VirtualClock()
        virtualEngine(clock, SnmpVersion.V1).use { manager ->
            val m = manager.manager(agent.address, community = "wrong", timeout = 600.milliseconds, refreshPeriod = 200.milliseconds)
            val call = async(Dispatchers.Default) { runCatching { m.get(DemoMib.SYS_DESCR) } }
            for (send in 1..3) {
                eventually { agent.counters.badCommunity == before + 1 + send } shouldBe true
                manager.advance(clock, (200 * send).milliseconds)
            }
            call.await().exceptionOrNull().shouldBeInstanceOf<SnmpTimeoutException>()
        }
        agent.counters.badCommunity shouldBe before + 1 + 3
    }

    test("a set through the read-only community: noAccess in v2c, noSuchName in v1, nothing written") {
        val vb = VarBind.of(DemoMib.SYS_CONTACT, OctetString.of("intruder"))
        shouldThrow<ErrorResponseException> { v2().set(vb) }.status() shouldBe ErrorStatus.NO_ACCESS
        shouldThrow<NoSuchNameException> { v1().set(vb) }.index() shouldBe 1
        demo.sysContact.value shouldBe OctetString.of("ops@example.net")
    }

    test("set errors of the check phase, with their index, in v2c and as RFC 2576 maps them in v1") {
        val ok = VarBind.of(DemoMib.SYS_LOCATION, OctetString.of("never written"))
        val cases: List<Pair<VarBind, ErrorStatus>> = listOf(
            VarBind.of(DemoMib.SYS_DESCR, OctetString.of("x")) to ErrorStatus.NOT_WRITABLE,
            VarBind.of(DemoMib.SYS_CONTACT, Integer32.of(1)) to ErrorStatus.WRONG_TYPE,
            VarBind.of(DemoMib.SYS_CONTACT, OctetString.of("x".repeat(256))) to ErrorStatus.WRONG_LENGTH,
            VarBind.of(DemoMib.IF_ENTRY.child(7).child(1), Integer32.of(9)) to ErrorStatus.WRONG_VALUE,
            VarBind.of(DemoMib.IF_ENTRY.child(7).child(42), Integer32.of(2)) to ErrorStatus.NO_CREATION,
            VarBind.of(DemoMib.IF_ENTRY.child(2).child(1), OctetString.of("x")) to ErrorStatus.NOT_WRITABLE,
            VarBind.of(DemoMib.CREATABLE_ENTRY.child(2).child(500), OctetString.of("x")) to ErrorStatus.NO_CREATION,
            VarBind.of(DemoMib.SYS_CONTACT.parent().child(1), OctetString.of("x")) to ErrorStatus.NO_CREATION,
            VarBind.of(DemoMib.IF_X_ENTRY.child(1).child(1), OctetString.of("x")) to ErrorStatus.NOT_WRITABLE,
        )
        for ((vb, status) in cases) {
            val e = shouldThrow<ErrorResponseException> { v2("private").set(ok, vb) }
            e.status() shouldBe status
            e.index() shouldBe 2
            val e1 = shouldThrow<ErrorResponseException> { v1("private").set(ok, vb) }
            val v1Status = if (status == ErrorStatus.WRONG_TYPE || status == ErrorStatus.WRONG_LENGTH || status == ErrorStatus.WRONG_VALUE) ErrorStatus.BAD_VALUE else ErrorStatus.NO_SUCH_NAME
            e1.status() shouldBe v1Status
            e1.index() shouldBe 2
        }
        demo.mib.get(DemoMib.SYS_LOCATION) shouldBe OctetString.of("rack 1")
    }

    test("a set writes every binding, creates a row in a creatable table, and the walk shows it") {
        val vbs = listOf(
            VarBind.of(DemoMib.SYS_NAME, OctetString.of("renamed")),
            VarBind.of(DemoMib.IF_ENTRY.child(7).child(2), Integer32.of(2)),
            VarBind.of(DemoMib.CREATABLE_ENTRY.child(3).child(5), IpAddress.parse("192.0.2.5")),
        )
        v2("private").set(vbs) shouldBe VarBindList.copyOf(vbs)
        v2().get(vbs.map { it.oid() }).toList() shouldBe vbs
        demo.sysName.value shouldBe OctetString.of("renamed")
        demo.creatable.contains(Oid.of(5)) shouldBe true
        v1("private").set(VarBind.of(DemoMib.SYS_NAME, OctetString.of("demo"))).single().value() shouldBe OctetString.of("demo")
    }

    test("a commit failing midway undoes what was written: commitFailed; an undo failing too: undoFailed") {
        val mib = MibRegistry()
        val a = mib.writableScalar(Oid.parse("1.3.6.1.4.1.99999.5.1.0"), Integer32.of(1))
        val failing = object : ScalarHandler(SmiType.INTEGER, writable = true) {
            var failNext = true
            override fun get(): Variable = Integer32.of(0)
            override fun set(value: Variable) {
                if (failNext) throw IllegalStateException("the device refused")
            }
        }
        mib.scalar(Oid.parse("1.3.6.1.4.1.99999.5.2.0"), failing)
        var undoFails = false
        var c = 10
        mib.scalar(Oid.parse("1.3.6.1.4.1.99999.5.3.0"), SmiType.INTEGER, { Integer32.of(c) }, { v ->
            if (undoFails && (v as Integer32).value() == 10) throw IllegalStateException("cannot go back")
            c = (v as Integer32).value()
        })
        val second = engine.agent(AgentOptions(writeCommunity = "private"), mib)
        try {
            val m = engine.manager(second.address, version = SnmpVersion.V2C, community = "private", timeout = Patience.DURATION)
            val request = listOf(
                VarBind.of(Oid.parse("1.3.6.1.4.1.99999.5.1.0"), Integer32.of(5)),
                VarBind.of(Oid.parse("1.3.6.1.4.1.99999.5.3.0"), Integer32.of(11)),
                VarBind.of(Oid.parse("1.3.6.1.4.1.99999.5.2.0"), Integer32.of(7)),
            )
            val e = shouldThrow<ErrorResponseException> { m.set(request) }
            e.status() shouldBe ErrorStatus.COMMIT_FAILED
            e.index() shouldBe 3
            a.value shouldBe Integer32.of(1)
            c shouldBe 10
            undoFails = true
            val u = shouldThrow<ErrorResponseException> { m.set(request) }
            u.status() shouldBe ErrorStatus.UNDO_FAILED
            u.index() shouldBe 3
            a.value shouldBe Integer32.of(1)
            c shouldBe 11
            val v1 = shouldThrow<ErrorResponseException> {
                engine.manager(second.address, version = SnmpVersion.V1, community = "private", timeout = Patience.DURATION).set(request)
            }
            v1.status() shouldBe ErrorStatus.GEN_ERR
            failing.failNext = false
            m.set(request).size shouldBe 3
            a.value shouldBe Integer32.of(5)
        } finally {
            second.close()
        }
    }

    test("closing the agent frees its port; closing the engine closes its agents") {
        SnmpEngine().use { other ->
            val first = other.agent(AgentOptions(), demo.mib)
            val port = first.address.port
            first.close()
            first.isClosed shouldBe true
            val again = other.agent(AgentOptions(address = java.net.InetSocketAddress("127.0.0.1", port)), demo.mib)
            again.address.port shouldBe port
            other.close()
            again.isClosed shouldBe true
        }
    }
})
