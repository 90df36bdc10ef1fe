package io.ksnmp.coroutines.interop

import io.kotest.assertions.fail
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeStrictlyIncreasing
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeInstanceOf
import io.ksnmp.coroutines.PacketDirection
import io.ksnmp.coroutines.RequestOptions
import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.coroutines.SnmpManager
import io.ksnmp.errors.ErrorResponseException
import io.ksnmp.errors.NoSuchNameException
import io.ksnmp.message.SnmpVersion
import io.ksnmp.pdu.ErrorStatus
import io.ksnmp.smi.Counter64
import io.ksnmp.smi.EndOfMibView
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.Oid
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.VarBindList
import io.ksnmp.testing.NetSnmpTools
import io.ksnmp.testing.Patience
import io.ksnmp.testing.Snmpd
import io.ksnmp.testing.withNetSnmpTools
import java.net.Inet6Address
import java.net.InetSocketAddress
import java.util.concurrent.ConcurrentLinkedQueue

/** Distinct values for the sets of one run (snmpd is fresh for each spec). */
private val stamps = java.util.concurrent.atomic.AtomicLong()

/**
 * [SnmpEngine] against Net-SNMP's snmpd with communities: get, getNext, getBulk and set in
 * SNMPv1 and SNMPv2c over IPv4 and IPv6, the values compared with what snmpd holds (and with
 * what Net-SNMP's own `snmpget`/`snmpgetnext`/`snmpbulkget` print), then the error statuses
 * snmpd answers in each version, with their index.
 *
 * One snmpd and one engine serve the whole spec.
 */
class SnmpdCommunityInteropSpec : FunSpec({
    timeout = Patience.MILLIS
    withNetSnmpTools("snmpd", "snmpget", "snmpgetnext", "snmpbulkget") { communityTests() }
})

private val system = Oid.parse("1.3.6.1.2.1.1")
private val sysDescr = Oid.parse("1.3.6.1.2.1.1.1.0")
private val sysObjectId = Oid.parse("1.3.6.1.2.1.1.2.0")
private val sysUpTime = Oid.parse("1.3.6.1.2.1.1.3.0")
private val sysContact = Oid.parse("1.3.6.1.2.1.1.4.0")
private val sysLocation = Oid.parse("1.3.6.1.2.1.1.6.0")
private val ifDescr = Oid.parse("1.3.6.1.2.1.2.2.1.2")

/** ifHCInOctets of interface 1 (the loopback interface): a Counter64, which SNMPv1 cannot carry. */
private val ifHcInOctets1 = Oid.parse("1.3.6.1.2.1.31.1.1.1.6.1")

private fun FunSpec.communityTests() {
    var snmpdOrNull: Snmpd? = null
    var engineOrNull: SnmpEngine? = null
    fun snmpd(): Snmpd = snmpdOrNull ?: fail("snmpd was not started")
    fun engine(): SnmpEngine = engineOrNull ?: fail("the engine was not made")

    /** Where each datagram the engine received came from, and on which local address. */
    val received = ConcurrentLinkedQueue<Pair<InetSocketAddress, InetSocketAddress>>()

    beforeSpec {
        snmpdOrNull = Snmpd.start()
        engineOrNull = SnmpEngine(packetTrace = { e -> if (e.direction == PacketDirection.IN) received.add(e.peer to e.local) })
    }

    afterSpec {
        engineOrNull?.close()
        snmpdOrNull?.close()
    }

    /** A v1 or v2c manager for snmpd over IPv4 or IPv6, with a community, and the matching Net-SNMP tool arguments. */
    class Target(val version: SnmpVersion, val ipv6: Boolean) {
        val label = "${if (version == SnmpVersion.V1) "v1" else "v2c"} over ${if (ipv6) "IPv6" else "IPv4"}"

        fun address(): InetSocketAddress = if (ipv6) snmpd().ipv6 else snmpd().ipv4

        fun manager(community: String = "public"): SnmpManager =
            engine().manager(address(), version = version, community = community, timeout = Patience.DURATION, refreshPeriod = Patience.DURATION)

        /** Runs a Net-SNMP tool against snmpd with this version and transport (`-On`, then [options]); returns what it printed. */
        fun tool(tool: String, names: List<Oid>, options: List<String> = emptyList()): List<String> {
            val agent = if (ipv6) "udp6:[::1]:${snmpd().port}" else "udp:127.0.0.1:${snmpd().port}"
            val v = if (version == SnmpVersion.V1) "1" else "2c"
            val result = NetSnmpTools.run(tool, listOf("-On", "-v", v, "-c", "public", "-r", "1", "-t", "30") + options + agent + names.map { it.toDottedString() })
            withClue("$tool: $result") { result.exitCode shouldBe 0 }
            return result.stdoutLines
        }
    }

    val targets = listOf(
        Target(SnmpVersion.V1, ipv6 = false),
        Target(SnmpVersion.V1, ipv6 = true),
        Target(SnmpVersion.V2C, ipv6 = false),
        Target(SnmpVersion.V2C, ipv6 = true),
    )

    for (t in targets) {
        context(t.label) {
            test("the request goes over the family asked for, and snmpd answers from where it was sent") {
                received.clear()
                t.manager().get(sysUpTime).oids() shouldBe listOf(sysUpTime)
                val (peer, local) = received.single()
                peer shouldBe t.address()
                (local.address is Inet6Address) shouldBe t.ipv6
            }

            test("get: sysDescr.0 and sysObjectID.0, as snmpget prints them") {
                val got = t.manager().get(sysDescr, sysObjectId)
                got.oids() shouldBe listOf(sysDescr, sysObjectId)
                got.value(0).shouldBeInstanceOf<OctetString>()
                got.map { it.toString() } shouldBe t.tool("snmpget", listOf(sysDescr, sysObjectId))
            }

            test("getNext: the system group's first instance is sysDescr.0; ifDescr's is ifDescr.1; as snmpgetnext prints them") {
                val next = t.manager().getNext(system, ifDescr)
                next.oids() shouldBe listOf(sysDescr, ifDescr.child(1))
                next.value(0) shouldBe t.manager().get(sysDescr).value(0)
                next.map { it.toString() } shouldBe t.tool("snmpgetnext", listOf(system, ifDescr))
            }

            test("getNext past the end of the MIB view") {
                val pastTheEnd = Oid.parse("1.9")
                if (t.version == SnmpVersion.V1) {
                    // SNMPv1 has no endOfMibView: snmpd answers noSuchName for the binding.
                    val e = shouldThrow<NoSuchNameException> { t.manager().getNext(sysDescr, pastTheEnd) }
                    e.status() shouldBe ErrorStatus.NO_SUCH_NAME
                    e.index() shouldBe 2
                    e.oidOrNull() shouldBe pastTheEnd
                } else {
                    val next = t.manager().getNext(sysDescr, pastTheEnd)
                    next.oids() shouldBe listOf(sysObjectId, pastTheEnd)
                    next.value(1) shouldBe EndOfMibView.INSTANCE
                }
            }

            test("getBulk: one non-repeater, then rows increasing and inside the system group, as snmpbulkget prints them") {
                val sysUpTimeColumn = sysUpTime.parent()
                val bulk = t.manager().getBulk(1, 4, sysUpTimeColumn, system)
                if (t.version == SnmpVersion.V1) {
                    // SNMPv1 has no GetBulk: the manager sends a GetNext, one binding per name.
                    bulk.oids() shouldBe listOf(sysUpTime, sysDescr)
                    bulk.value(1) shouldBe t.manager().getNext(system).value(0)
                } else {
                    bulk.size shouldBe 5
                    bulk.oid(0) shouldBe sysUpTime
                    val rows = bulk.oids().drop(1)
                    rows.shouldBeStrictlyIncreasing()
                    rows.all { it.startsWith(system) } shouldBe true
                    rows.first() shouldBe sysDescr
                    val printed = t.tool("snmpbulkget", listOf(sysUpTimeColumn, system), listOf("-Cn1", "-Cr4"))
                    printed.map { it.substringBefore(" = ") } shouldBe bulk.oids().map { it.toDottedString() }
                    // sysUpTime moves on between the two requests; the other values do not.
                    bulk.map { it.toString() }.filter { !it.startsWith("${sysUpTime.toDottedString()} ") } shouldBe
                        printed.filter { !it.startsWith("${sysUpTime.toDottedString()} ") }
                }
            }

            test("set with the read-write community, then get reads the values back (and snmpget sees them)") {
                val stamp = "${t.label.replace(' ', '-')}-${stamps.incrementAndGet()}"
                val contact = VarBind.of(sysContact, OctetString.of("contact-$stamp"))
                val location = VarBind.of(sysLocation, OctetString.of("location-$stamp"))
                t.manager(community = "private").set(contact, location) shouldBe VarBindList.of(contact, location)
                t.manager().get(sysContact, sysLocation) shouldBe VarBindList.of(contact, location)
                t.tool("snmpget", listOf(sysContact, sysLocation)) shouldBe listOf(contact.toString(), location.toString())
            }
        }
    }

    context("error statuses, as snmpd answers them") {
        val v1 = targets.first { it.version == SnmpVersion.V1 && !it.ipv6 }
        val v2c = targets.first { it.version == SnmpVersion.V2C && !it.ipv6 }
        val newContact = VarBind.of(sysContact, OctetString.of("never-written"))

        test("v2c set with the read-only community: noAccess at index 1") {
            val e = shouldThrow<ErrorResponseException> { v2c.manager().set(newContact) }
            e.status() shouldBe ErrorStatus.NO_ACCESS
            e.index() shouldBe 1
            e.oidOrNull() shouldBe sysContact
        }

        test("v1 set with the read-only community: noSuchName at index 1 (RFC 2576's mapping of noAccess)") {
            val e = shouldThrow<NoSuchNameException> { v1.manager().set(newContact) }
            e.status() shouldBe ErrorStatus.NO_SUCH_NAME
            e.index() shouldBe 1
            e.oidOrNull() shouldBe sysContact
        }

        test("a per-request community override makes the same set succeed") {
            val written = VarBind.of(sysContact, OctetString.of("override-${stamps.incrementAndGet()}"))
            v2c.manager().set(written, options = RequestOptions(community = "private")) shouldBe VarBindList.of(written)
            v2c.manager().get(sysContact).get(0) shouldBe written
        }

        for ((read, label) in listOf(sysDescr to "sysDescr.0", sysUpTime to "sysUpTime.0")) {
            test("v2c set of the read-only $label: notWritable at index 1") {
                val e = shouldThrow<ErrorResponseException> { v2c.manager("private").set(VarBind.of(read, v2c.manager().get(read).value(0))) }
                e.status() shouldBe ErrorStatus.NOT_WRITABLE
                e.index() shouldBe 1
                e.oidOrNull() shouldBe read
            }

            test("v1 set of the read-only $label: noSuchName at index 1") {
                val e = shouldThrow<NoSuchNameException> { v1.manager("private").set(VarBind.of(read, v1.manager().get(read).value(0))) }
                e.index() shouldBe 1
                e.oidOrNull() shouldBe read
            }
        }

        test("v2c set of sysContact.0 to an Integer32: wrongType at index 1") {
            val e = shouldThrow<ErrorResponseException> { v2c.manager("private").set(VarBind.of(sysContact, Integer32.of(5))) }
            e.status() shouldBe ErrorStatus.WRONG_TYPE
            e.index() shouldBe 1
            e.oidOrNull() shouldBe sysContact
        }

        test("v1 set of sysContact.0 to an Integer32: badValue at index 1") {
            val e = shouldThrow<ErrorResponseException> { v1.manager("private").set(VarBind.of(sysContact, Integer32.of(5))) }
            e.status() shouldBe ErrorStatus.BAD_VALUE
            e.index() shouldBe 1
            e.oidOrNull() shouldBe sysContact
        }

        for (t in listOf(v1, v2c)) {
            test("${t.label}: a set whose second binding has the wrong type fails at index 2 and writes nothing") {
                val before = t.manager().get(sysContact, sysLocation)
                val e = shouldThrow<ErrorResponseException> {
                    t.manager("private").set(VarBind.of(sysContact, OctetString.of("half-${stamps.incrementAndGet()}")), VarBind.of(sysLocation, Integer32.of(5)))
                }
                e.status() shouldBe if (t.version == SnmpVersion.V1) ErrorStatus.BAD_VALUE else ErrorStatus.WRONG_TYPE
                e.index() shouldBe 2
                e.oidOrNull() shouldBe sysLocation
                t.manager().get(sysContact, sysLocation) shouldBe before
            }
        }

        test("v1 get of a Counter64 object: noSuchName at its index (snmpd serves it over v2c)") {
            v2c.manager().get(ifHcInOctets1).value(0).shouldBeInstanceOf<Counter64>()
            val alone = shouldThrow<NoSuchNameException> { v1.manager().get(ifHcInOctets1) }
            alone.index() shouldBe 1
            alone.oidOrNull() shouldBe ifHcInOctets1
            val second = shouldThrow<NoSuchNameException> { v1.manager().get(sysDescr, ifHcInOctets1) }
            second.index() shouldBe 2
            second.oidOrNull() shouldBe ifHcInOctets1
        }
    }

    test("no request is left pending") {
        withClue(engine().counters) {
            engine().counters.pendingRequests shouldBe 0
            engine().counters.timeouts shouldBe 0
        }
    }
}
