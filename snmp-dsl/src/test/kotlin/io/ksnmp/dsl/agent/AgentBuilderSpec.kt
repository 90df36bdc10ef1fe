package io.ksnmp.dsl.agent

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeInstanceOf
import io.ksnmp.coroutines.agent.MibTable
import io.ksnmp.coroutines.agent.SmiType
import io.ksnmp.coroutines.agent.ValueCheck
import io.ksnmp.dsl.manager
import io.ksnmp.dsl.snmpEngine
import io.ksnmp.dsl.varBinds
import io.ksnmp.errors.ErrorResponseException
import io.ksnmp.message.SnmpVersion
import io.ksnmp.pdu.ErrorStatus
import io.ksnmp.smi.Gauge32
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.Oid
import io.ksnmp.smi.TimeTicks
import io.ksnmp.smi.VarBind
import io.ksnmp.testing.Patience
import kotlinx.coroutines.flow.toList
import io.ksnmp.dsl.io.writeWalkRecording
import kotlinx.io.Buffer
import kotlinx.io.buffered
import kotlinx.io.writeString
import kotlin.time.Duration.Companion.seconds

private val system = Oid.parse("1.3.6.1.2.1.1")
private val ifEntry = Oid.parse("1.3.6.1.2.1.2.2.1")
private val enterprise = Oid.parse("1.3.6.1.4.1.99999")

/**
 * The agent builder's MIB as a v2c manager sees it: fixed, computed and writable scalars with
 * their checks, a table whose rows change at run time, and a recorded walk replayed around them.
 */
class AgentBuilderSpec : FunSpec({
    timeout = Patience.MILLIS

    test("scalars: fixed, computed at each get, writable with checks, and a custom setter") {
        var reads = 0
        var level = 3
        snmpEngine { defaultVersion = SnmpVersion.V2C }.use { engine ->
            lateinit var contact: io.ksnmp.coroutines.agent.MutableScalar
            val agent = engine.agent {
                writeCommunity = "private"
                mib {
                    scalar(system.child(1).child(0), "router 1")
                    scalar(system.child(3).child(0), SmiType.TIME_TICKS) { get { reads++; 12.seconds } }
                    contact = writable(system.child(4).child(0), "ops@example.net", ValueCheck.length(1, 20))
                    scalar(enterprise.child(1).child(0), SmiType.INTEGER) {
                        get { level }
                        set { v -> level = (v as Integer32).value() }
                        check(ValueCheck.range(0, 7))
                        check { v -> if ((v as Integer32).value() == 5) ErrorStatus.INCONSISTENT_VALUE else ErrorStatus.NO_ERROR }
                    }
                    scalar(enterprise.child(2).child(0), SmiType.GAUGE32) { get { 7 } }
                }
            }
            val m = engine.manager(agent.address) { community = "private"; timeout = Patience.DURATION }
            m.get(system.child(1).child(0), system.child(3).child(0), enterprise.child(2).child(0)).values() shouldBe
                listOf(OctetString.of("router 1"), TimeTicks.of(1200), Gauge32.of(7))
            m.get(system.child(3).child(0))
            reads shouldBe 2

            m.set(varBinds { system.child(4).child(0) to "noc@example.net" })
            contact.value shouldBe OctetString.of("noc@example.net")
            shouldThrow<ErrorResponseException> { m.set(varBinds { system.child(4).child(0) to "" }) }.status() shouldBe ErrorStatus.WRONG_LENGTH
            shouldThrow<ErrorResponseException> { m.set(varBinds { system.child(4).child(0) to 5 }) }.status() shouldBe ErrorStatus.WRONG_TYPE
            shouldThrow<ErrorResponseException> { m.set(varBinds { system.child(1).child(0) to "x" }) }.status() shouldBe ErrorStatus.NOT_WRITABLE

            m.set(varBinds { enterprise.child(1).child(0) to 6 })
            level shouldBe 6
            shouldThrow<ErrorResponseException> { m.set(varBinds { enterprise.child(1).child(0) to 9 }) }.status() shouldBe ErrorStatus.WRONG_VALUE
            shouldThrow<ErrorResponseException> { m.set(varBinds { enterprise.child(1).child(0) to 5 }) }.status() shouldBe ErrorStatus.INCONSISTENT_VALUE
            level shouldBe 6
        }
    }

    test("a table: first rows, rows added, changed and removed at run time, a creatable column") {
        snmpEngine { defaultVersion = SnmpVersion.V2C }.use { engine ->
            lateinit var ifTable: MibTable
            val agent = engine.agent {
                writeCommunity = "private"
                mib {
                    ifTable = table(ifEntry) {
                        column(1, SmiType.INTEGER)
                        column(2, SmiType.OCTET_STRING)
                        column(5, SmiType.GAUGE32)
                        column(18, SmiType.OCTET_STRING, writable = true, check = ValueCheck.length(0, 8))
                        row(1) { it[1] = 1; it[2] = "eth0"; it[5] = 1_000_000_000 }
                        row(Oid.of(2)) { this[1] = 2; this[2] = "eth1" }
                    }
                }
            }
            val m = engine.manager(agent.address) { community = "private"; timeout = Patience.DURATION }
            suspend fun rows() = m.table(ifEntry, 1, 2, 5).toList().map { row -> row.index to listOf(1, 2, 5).map { row[ifEntry.child(it.toLong())] } }

            rows() shouldBe listOf(
                Oid.of(1) to listOf(Integer32.of(1), OctetString.of("eth0"), Gauge32.of(1_000_000_000)),
                Oid.of(2) to listOf(Integer32.of(2), OctetString.of("eth1"), null),
            )
            ifTable.row(3) { it[1] = 3; it[2] = "eth2"; it[5] = 10 }
            ifTable.removeRow(1) shouldBe true
            rows().map { it.first } shouldBe listOf(Oid.of(2), Oid.of(3))
            m.set(varBinds { ifEntry.child(18).child(3) to "uplink" })
            ifTable.getOrNull(Oid.of(3), 18) shouldBe OctetString.of("uplink")
            shouldThrow<ErrorResponseException> { m.set(varBinds { ifEntry.child(18).child(9) to "x" }) }.status() shouldBe ErrorStatus.NO_CREATION
        }
    }

    test("a row cell the column cannot hold is refused when the row is built") {
        lateinit var table: MibTable
        mibRegistry { table = table(ifEntry) { column(1, SmiType.INTEGER); column(2, SmiType.OCTET_STRING) } }
        shouldThrow<IllegalArgumentException> { table.row(1) { it[2] = 5 } }
        shouldThrow<IllegalArgumentException> { table.row(1) { it[3] = "no such column" } }
        shouldThrow<IllegalArgumentException> { table.row(1) { it[1] = 5_000_000_000L } }
        table.size shouldBe 0
    }

    test("a recorded walk replayed from a kotlinx-io source fills in around the registered objects") {
        val recording = Buffer().apply {
            writeString(
                """
                .1.3.6.1.2.1.1.1.0 = STRING: "recorded description"
                .1.3.6.1.2.1.1.5.0 = STRING: "recorded-name"
                .1.3.6.1.2.1.1.7.0 = INTEGER: 72
                """.trimIndent() + "\n",
            )
        }
        snmpEngine { defaultVersion = SnmpVersion.V2C }.use { engine ->
            val agent = engine.agent {
                mib {
                    scalar(system.child(1).child(0), "live description")
                    replay(recording)
                }
            }
            agent.mib.replayedSize shouldBe 3
            val m = engine.manager(agent.address) { timeout = Patience.DURATION }
            m.walk(system).toList() shouldBe listOf(
                VarBind.of(system.child(1).child(0), OctetString.of("live description")),
                VarBind.of(system.child(5).child(0), OctetString.of("recorded-name")),
                VarBind.of(system.child(7).child(0), Integer32.of(72)),
            )
        }
    }

    test("an agent recorded to a walk file through a kotlinx-io sink and replayed from the file serves the same walk") {
        val dir = kotlin.io.path.createTempDirectory("ksnmp-dsl-walk-")
        try {
            val file = dir.resolve("agent.walk")
            snmpEngine { defaultVersion = SnmpVersion.V2C }.use { engine ->
                val live = engine.agent {
                    mib {
                        scalar(system.child(1).child(0), "recorded agent")
                        scalar(system.child(3).child(0), SmiType.TIME_TICKS) { get { 1234 } }
                        table(ifEntry) {
                            column(1, SmiType.INTEGER); column(2, SmiType.OCTET_STRING); column(6, SmiType.OCTET_STRING)
                            row(1) { it[1] = 1; it[2] = "eth0"; it[6] = byteArrayOf(0, 0x1a, 0x2b, 0x3c, 0x4d, 0x5e) }
                        }
                    }
                }
                val recorded = engine.manager(live.address) { timeout = Patience.DURATION }.walk("1.3").toList()
                recorded.size shouldBe 5
                kotlinx.io.files.SystemFileSystem.sink(kotlinx.io.files.Path(file.toString())).buffered().use { it.writeWalkRecording(recorded) }

                val replayed = engine.agent { mib { replay(file) } }
                replayed.mib.replayedSize shouldBe 5
                engine.manager(replayed.address) { timeout = Patience.DURATION }.walk("1.3").toList() shouldBe recorded
            }
        } finally {
            dir.toFile().deleteRecursively()
        }
    }

    test("an existing registry can be served and extended") {
        val shared = mibRegistry { scalar("1.3.6.1.2.1.1.1.0", "shared") }
        snmpEngine { defaultVersion = SnmpVersion.V2C }.use { engine ->
            val agent = engine.agent { registry = shared; mib { scalar("1.3.6.1.2.1.1.5.0", "added") } }
            agent.mib shouldBe shared
            shared.get(Oid.parse("1.3.6.1.2.1.1.5.0")) shouldBe OctetString.of("added")
            engine.manager(agent.address) { timeout = Patience.DURATION }.get("1.3.6.1.2.1.1.1.0").value(0).shouldBeInstanceOf<OctetString>()
        }
    }
})
