package io.ksnmp.dsl.syntax

import io.ksnmp.coroutines.agent.SmiType
import java.time.LocalDateTime
import java.time.OffsetDateTime
import java.time.ZoneOffset
import io.ksnmp.smi.OctetString as SmiOctetString

/**
 * `DateAndTime` (RFC 2579) with its offset from UTC, as an [OffsetDateTime]: the 11-octet form.
 * The 8-octet form, which has no offset, is an [io.ksnmp.dsl.InvalidSmiValueException] here
 * rather than a guess: read such objects with [LocalDateAndTime]. Deci-seconds are kept (written
 * rounded down to the tenth); second 60 (a leap second) is refused, as `java.time` has none.
 *
 * ```
 * val hrSystemDate = writableScalar(2, DateAndTime)
 * router.get(HostResourcesSystem.hrSystemDate)     // 2026-12-07T14:38:46.300Z
 * ```
 */
public val DateAndTime: SmiSyntax<OffsetDateTime> = smiSyntax<SmiOctetString, OffsetDateTime>(
    "DateAndTime", SmiType.OCTET_STRING,
    { octets ->
        val b = octets.toByteArray()
        require(b.size == 11) { "a DateAndTime with an offset is 11 octets" }
        OffsetDateTime.of(localOf(b), offsetOf(b))
    },
    { SmiOctetString.of(dateAndTimeOctets(it.toLocalDateTime(), it.offset)) },
)

/**
 * `DateAndTime` (RFC 2579) as a [LocalDateTime]: reads both forms, dropping the 11-octet form's
 * offset (the local time at the agent), and writes the 8-octet form.
 *
 * ```
 * val lastBackup = scalar(9, LocalDateAndTime)
 * ```
 */
public val LocalDateAndTime: SmiSyntax<LocalDateTime> = smiSyntax<SmiOctetString, LocalDateTime>(
    "DateAndTime", SmiType.OCTET_STRING,
    { octets ->
        val b = octets.toByteArray()
        require(b.size == 8 || b.size == 11) { "a DateAndTime is 8 or 11 octets" }
        localOf(b)
    },
    { SmiOctetString.of(dateAndTimeOctets(it, null)) },
)

private fun u8(b: ByteArray, i: Int): Int = b[i].toInt() and 0xff

private fun localOf(b: ByteArray): LocalDateTime {
    val deciSeconds = u8(b, 7)
    require(deciSeconds <= 9) { "deci-seconds are 0..9" }
    return LocalDateTime.of(u8(b, 0) shl 8 or u8(b, 1), u8(b, 2), u8(b, 3), u8(b, 4), u8(b, 5), u8(b, 6), deciSeconds * 100_000_000)
}

private fun offsetOf(b: ByteArray): ZoneOffset {
    val sign = when (b[8].toInt().toChar()) {
        '+' -> 1
        '-' -> -1
        else -> throw IllegalArgumentException("the direction from UTC is '+' or '-'")
    }
    val hours = u8(b, 9)
    val minutes = u8(b, 10)
    require(hours <= 14 && minutes <= 59) { "the offset from UTC is out of range" }
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes)
}

private fun dateAndTimeOctets(time: LocalDateTime, offset: ZoneOffset?): ByteArray {
    require(time.year in 0..65535) { "a DateAndTime's year is 0..65535" }
    val b = ByteArray(if (offset == null) 8 else 11)
    b[0] = (time.year shr 8).toByte()
    b[1] = time.year.toByte()
    b[2] = time.monthValue.toByte()
    b[3] = time.dayOfMonth.toByte()
    b[4] = time.hour.toByte()
    b[5] = time.minute.toByte()
    b[6] = time.second.toByte()
    b[7] = (time.nano / 100_000_000).toByte()
    if (offset != null) {
        val seconds = offset.totalSeconds
        require(seconds % 60 == 0) { "a DateAndTime's offset is whole minutes" }
        val magnitude = kotlin.math.abs(seconds) / 60
        b[8] = (if (seconds < 0) '-' else '+').code.toByte()
        b[9] = (magnitude / 60).toByte()
        b[10] = (magnitude % 60).toByte()
    }
    return b
}
