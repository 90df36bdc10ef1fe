package io.ksnmp.coroutines.testing

import io.ksnmp.coroutines.DroppedMessage
import io.ksnmp.coroutines.PacketEvent
import io.ksnmp.message.CommunityMessage
import io.ksnmp.message.V3Message
import java.util.HexFormat

/**
 * A secret to look for, whole or in part: any [WINDOW] consecutive octets of it in byte arrays
 * (all of it if shorter), any as many consecutive characters of its renderings ([texts]) in
 * strings. A mask a few octets off would show part of a secret; the scan finds that too. A
 * community, which travels in datagrams, is also looked for as a decoder misled into it would
 * print it: two to four of its octets read as an integer ([numberIn]).
 */
class Secret private constructor(
    val octets: ByteArray,
    val texts: List<String>,
    private val name: String,
    textWindow: Int,
    onWire: Boolean,
) {
    /** The secret as text (a community or a passphrase). */
    val text: String get() = texts.first()

    private val width = minOf(WINDOW, octets.size)
    private val octetWindows: Set<Long> = (0..octets.size - width).mapTo(HashSet()) { packed(octets, it, width) }
    private val textWindows: List<String> = texts.flatMap { it.windowed(minOf(textWindow, it.length)) }.distinct()
    private val numbers: Set<String> = if (!onWire) emptySet() else buildSet {
        for (n in 2..4) for (i in 0..octets.size - n) {
            val value = packed(octets, i, n)
            add(value.toString())
            if (n == 4) add(value.toInt().toString())
        }
    }

    /** Whether some part of the secret, [WINDOW] octets long, is a run in [haystack]. */
    fun partIn(haystack: ByteArray): Boolean =
        width > 0 && (0..haystack.size - width).any { packed(haystack, it, width) in octetWindows }

    /** Whether some part of one of its renderings is in [haystack]. */
    fun partIn(haystack: String): Boolean = textWindows.any { it in haystack }

    /** Whether a number in [haystack] is two to four of a community's octets read as an integer. */
    fun numberIn(haystack: String): Boolean = NUMBER.findAll(haystack).any { it.value in numbers }

    override fun toString(): String = name

    companion object {
        /** The longest run of a secret's octets that may show anywhere without failing a test. */
        const val WINDOW: Int = 8
        private val NUMBER = Regex("-?[0-9]+")

        /** [width] (at most 8) octets from [at], as one number. */
        private fun packed(bytes: ByteArray, at: Int, width: Int): Long {
            var value = 0L
            for (i in at until at + width) value = (value shl 8) or (bytes[i].toLong() and 0xff)
            return value
        }

        /** A community: looked for as its UTF-8 octets, as text and as integers read from it. */
        fun community(text: String): Secret =
            Secret(text.toByteArray(Charsets.UTF_8), listOf(text), "community of ${text.length} characters", WINDOW, onWire = true)

        /** A passphrase: looked for as its UTF-8 octets and as text. */
        fun text(text: String): Secret =
            Secret(text.toByteArray(Charsets.UTF_8), listOf(text), "secret text of ${text.length} characters", WINDOW, onWire = false)

        /** A key: looked for as its octets and as hex in either case. */
        fun key(key: ByteArray, name: String): Secret {
            val hex = HexFormat.of().formatHex(key)
            return Secret(key.clone(), listOf(hex, hex.uppercase()), name, 2 * WINDOW, onWire = false)
        }
    }
}

/** Where some part of one of [secrets] shows in [octets] or [texts]: empty when none does. */
fun leaks(secrets: List<Secret>, octets: Map<String, ByteArray?>, texts: Map<String, String?>): List<String> = buildList {
    for (s in secrets) {
        for ((where, bytes) in octets) if (bytes != null && s.partIn(bytes)) add("$s in $where")
        for ((where, text) in texts) if (text != null && s.partIn(text)) add("$s in $where")
    }
}

/**
 * Where a decoding error shows one of [secrets], whole, in part, or read as a number: empty when
 * none does. Its text and its causes' are scanned; stack frames name code, never data.
 */
fun leaksInDecodingError(error: Throwable, secrets: List<Secret>): List<String> {
    val text = generateSequence(error) { it.cause }.joinToString("\ncaused by ") { it.toString() }
    return leaks(secrets, emptyMap(), mapOf("error" to text)) +
        secrets.filter { it.numberIn(text) }.map { "$it read as a number in the error" }
}

/** Everything a packet event shows: its octets, its message's community and security parameters, and every text. */
fun leaksIn(event: PacketEvent, secrets: List<Secret>): List<String> {
    val message = event.messageOrNull
    return leaks(
        secrets,
        mapOf(
            "bytes" to event.bytes,
            "community()" to (message as? CommunityMessage)?.community(),
            "securityParameters()" to (message as? V3Message)?.securityParameters(),
            "encryptedPduOrNull()" to (message as? V3Message)?.encryptedPduOrNull(),
        ),
        mapOf(
            "toString" to event.toString(),
            "message" to message?.toString(),
            "scoped PDU" to event.scopedPduOrNull?.toString(),
            "bytes as ISO-8859-1" to String(event.bytes, Charsets.ISO_8859_1),
        ),
    )
}

/** Everything a dropped-message event shows: its text, its USM failure and its cause (see [leaksInDecodingError]). */
fun leaksIn(dropped: DroppedMessage, secrets: List<Secret>): List<String> =
    leaks(secrets, emptyMap(), mapOf("toString" to dropped.toString(), "USM failure" to dropped.usmFailureOrNull?.toString())) +
        (dropped.causeOrNull?.let { leaksInDecodingError(it, secrets).map { leak -> "cause: $leak" } } ?: emptyList())
