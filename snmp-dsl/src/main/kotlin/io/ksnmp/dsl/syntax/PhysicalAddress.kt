package io.ksnmp.dsl.syntax

import io.ksnmp.coroutines.agent.SmiType
import io.ksnmp.smi.OctetString as SmiOctetString

/**
 * A link-layer address (`PhysAddress`, `MacAddress` of RFC 2579): its octets, printed as
 * `00:1a:2b:3c:4d:5e`. Equal by octets.
 *
 * ```
 * val mac = PhysicalAddress.parse("00:1a:2b:3c:4d:5e")
 * row[IfTable.ifPhysAddress] == mac
 * ```
 *
 * @property octets the address's octets
 */
@JvmInline
public value class PhysicalAddress(public val octets: SmiOctetString) {
    /** @return a copy of the octets */
    public fun toByteArray(): ByteArray = octets.toByteArray()

    /** @return the octets as two lowercase hex digits each, separated by colons (empty for none) */
    override fun toString(): String = toByteArray().joinToString(":") { "%02x".format(it.toInt() and 0xff) }

    /** Making addresses from text and octets. */
    public companion object {
        /**
         * @param text hex octets separated by colons, dashes or nothing (`00:1a:2b:3c:4d:5e`, `00-1A-2B-3C-4D-5E`)
         * @throws IllegalArgumentException if [text] is not hex octets
         */
        public fun parse(text: String): PhysicalAddress = PhysicalAddress(SmiOctetString.ofHex(text.replace("-", "")))

        /** @return the address with a copy of [octets] */
        public fun of(octets: ByteArray): PhysicalAddress = PhysicalAddress(SmiOctetString.of(octets))
    }
}

/**
 * `PhysAddress` (RFC 2579): a link-layer address of any length (empty for interfaces that have
 * none), as a [PhysicalAddress].
 *
 * ```
 * val ifPhysAddress = column(6, PhysAddress)
 * ```
 */
public val PhysAddress: SmiSyntax<PhysicalAddress> =
    smiSyntax<SmiOctetString, PhysicalAddress>("PhysAddress", SmiType.OCTET_STRING, { PhysicalAddress(it) }, { it.octets })

/**
 * `MacAddress` (RFC 2579): an IEEE 802 address of exactly 6 octets, as a [PhysicalAddress];
 * another length is an [io.ksnmp.dsl.InvalidSmiValueException] when read and refused when written.
 *
 * ```
 * val dot1dBaseBridgeAddress = scalar(1, MacAddress)
 * ```
 */
public val MacAddress: SmiSyntax<PhysicalAddress> = smiSyntax<SmiOctetString, PhysicalAddress>(
    "MacAddress", SmiType.OCTET_STRING,
    { require(it.length() == 6) { "a MacAddress is 6 octets" }; PhysicalAddress(it) },
    { require(it.octets.length() == 6) { "a MacAddress is 6 octets" }; it.octets },
)
