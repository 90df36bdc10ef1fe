package io.ksnmp.dsl.index

import io.ksnmp.smi.IndexDecodingException
import io.ksnmp.smi.Oid
import java.net.Inet6Address
import java.net.InetAddress
import java.nio.ByteBuffer

/**
 * The index parts `InetAddressType, InetAddress` of INET-ADDRESS-MIB (RFC 4001) as one
 * [InetAddress]; see [inetAddressIndex].
 */
internal object InetAddressIndex : IndexCodec<InetAddress>() {
    private const val IPV4 = 1
    private const val IPV6 = 2
    private const val IPV4Z = 3
    private const val IPV6Z = 4

    override fun encode(value: InetAddress): Oid {
        val octets = when (value) {
            is Inet6Address -> if (value.scopeId != 0) value.address + zone(value.scopeId) else value.address
            else -> value.address
        }
        val type = when (value) {
            is Inet6Address -> if (value.scopeId != 0) IPV6Z else IPV6
            else -> IPV4
        }
        return Oid.of(type).withStringIndex(octets, false)
    }

    override fun read(reader: IndexReader): InetAddress {
        val typeAt = reader.position
        val type = reader.nextArc()
        val lengthAt = reader.position
        val octets = reader.nextOctets(reader.nextLength())
        val expected = when (type) {
            IPV4.toLong() -> 4
            IPV6.toLong() -> 16
            IPV4Z.toLong() -> 8
            IPV6Z.toLong() -> 20
            else -> throw IndexDecodingException("InetAddressType $type is not an IP address type", typeAt)
        }
        if (octets.size != expected) throw IndexDecodingException("InetAddressType $type has $expected octets, not ${octets.size}", lengthAt)
        return when (type) {
            IPV4.toLong() -> InetAddress.getByAddress(octets)
            IPV6.toLong() -> Inet6Address.getByAddress(null, octets, -1)
            IPV4Z.toLong() -> {
                if (octets.copyOfRange(4, 8).any { it.toInt() != 0 }) {
                    throw IndexDecodingException("an IPv4 zone other than 0 has no Java form", lengthAt)
                }
                InetAddress.getByAddress(octets.copyOf(4))
            }
            else -> Inet6Address.getByAddress(null, octets.copyOf(16), ByteBuffer.wrap(octets, 16, 4).int)
        }
    }

    private fun zone(scopeId: Int): ByteArray = ByteBuffer.allocate(4).putInt(scopeId).array()
}
