package io.ksnmp.dsl.io

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.property.Arb
import io.kotest.property.arbitrary.list
import io.kotest.property.checkAll
import io.ksnmp.ber.BerDecodingException
import io.ksnmp.message.CapturedMessage
import io.ksnmp.message.MessageCodec
import io.ksnmp.smi.VarBind
import io.ksnmp.testing.Generators
import io.ksnmp.text.WalkRecording
import kotlinx.io.Buffer
import kotlinx.io.readByteArray
import kotlinx.io.readString
import kotlinx.io.writeString
import java.io.EOFException
import java.nio.file.FileSystems
import java.nio.file.Files
import java.nio.file.Path

/** snmp-core's annotated captures, from its test classes or its test jar. */
private fun capturedMessages(): List<CapturedMessage> {
    val uri = requireNotNull(KotlinxIoSpec::class.java.getResource("/captures")) { "no captures on the test class path" }.toURI()
    fun read(dir: Path) = Files.list(dir).use { files ->
        files.filter { it.fileName.toString().endsWith(".hex") }.sorted().map { CapturedMessage.parse(it.fileName.toString(), Files.readString(it)) }.toList()
    }
    if (uri.scheme != "jar") return read(Path.of(uri))
    return FileSystems.newFileSystem(uri, emptyMap<String, Any>()).use { read(it.provider().getPath(uri)) }
}

private fun resourceText(path: String): String =
    requireNotNull(KotlinxIoSpec::class.java.getResource(path)) { "no $path on the test class path" }.readText(Charsets.UTF_8)

/**
 * Recorded walks and SNMP messages through kotlinx-io: a walk written and read back is equal;
 * a message encoded to a [Buffer] decodes equal, for Net-SNMP's captured datagrams (their octets
 * exactly) and for generated messages; a stream of messages reads back one by one; malformed
 * or forged framing fails with [BerDecodingException].
 */
class KotlinxIoSpec : FunSpec({
    test("Net-SNMP's recorded walk read from a source, written to a sink and read back equal, the text unchanged") {
        // netsnmp-forms.walk is printed without MIBs, so it round-trips exactly (see WalkRecording)
        val text = resourceText("/walks/netsnmp-forms.walk")
        val read = Buffer().apply { writeString(text) }.readWalkRecording()
        read shouldBe WalkRecording.parse(text)
        val written = Buffer().apply { writeWalkRecording(read) }
        written.copy().readString() shouldBe WalkRecording.format(read)
        written.readWalkRecording() shouldBe read
    }

    test("a walk printed with MIB forms reads from a source as the text parser reads it") {
        val text = resourceText("/walks/mib-forms.walk")
        Buffer().apply { writeString(text) }.readWalkRecording() shouldBe WalkRecording.parse(text)
    }

    test("generated bindings written as a walk read back equal") {
        checkAll(200, Arb.list(Generators.shortOid, 0..20), Arb.list(Generators.variable, 20..20)) { oids, values ->
            val bindings = oids.mapIndexed { i, oid -> VarBind.of(oid, values[i]) }
            Buffer().apply { writeWalkRecording(bindings) }.readWalkRecording() shouldBe bindings
        }
    }

    test("every captured Net-SNMP datagram: read from a buffer it equals the codec's decoding, and encodes back to the same octets") {
        val captures = capturedMessages()
        captures.size shouldBe 45
        for (c in captures) withClue(c.name) {
            val message = Buffer().apply { write(c.bytes) }.readSnmpMessage()
            message shouldBe MessageCodec.decode(c.bytes, 0, c.bytes.size)
            message.toBuffer().readByteArray().toList() shouldBe c.bytes.toList()
        }
    }

    test("generated messages: encoded to a buffer, decoded equal; a stream of them read back in order") {
        checkAll(300, Arb.list(Generators.message, 1..5)) { messages ->
            val stream = Buffer()
            for (m in messages) stream.writeSnmpMessage(m)
            stream.size shouldBe messages.sumOf { MessageCodec.encode(it).size.toLong() }
            stream.readSnmpMessages(maxSize = Int.MAX_VALUE) shouldBe messages
            stream.exhausted() shouldBe true
        }
    }

    test("octets after a message stay in the source") {
        val bytes = MessageCodec.encode(Generators.message.sample(io.kotest.property.RandomSource.seeded(7)).value)
        val source = Buffer().apply { write(bytes); writeByte(0x42) }
        source.readSnmpMessage()
        source.readByteArray().toList() shouldBe listOf<Byte>(0x42)
    }

    test("malformed framing: another tag, the indefinite form, a forged length, a cut message, an empty source") {
        fun read(vararg octets: Int) = Buffer().apply { write(ByteArray(octets.size) { octets[it].toByte() }) }.readSnmpMessage(maxSize = 1_000)
        shouldThrow<BerDecodingException> { read(0x04, 0x01, 0x00) }
        shouldThrow<BerDecodingException> { read(0x30, 0x80, 0x00, 0x00) }
        shouldThrow<BerDecodingException> { read(0x30, 0x84, 0x7f, 0xff, 0xff, 0xff) }.offset() shouldBe 1
        shouldThrow<BerDecodingException> { read(0x30, 0x85, 0x01, 0x00, 0x00, 0x00, 0x00) }
        shouldThrow<BerDecodingException> { read(0x30, 0x82, 0x01) }
        shouldThrow<BerDecodingException> { read(0x30, 0x05, 0x02, 0x01) }
        shouldThrow<BerDecodingException> { read(0x30) }
        shouldThrow<BerDecodingException> { read(0x30, 0x03, 0x02, 0x01, 0x09) }   // a SEQUENCE, not a message
        shouldThrow<EOFException> { read() }
    }
})
