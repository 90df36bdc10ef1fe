package io.ksnmp.dsl.mib

import io.ksnmp.smi.Oid

/**
 * A declared notification type (a NOTIFICATION-TYPE): its OID, which travels as `snmpTrapOID.0`,
 * and the objects its OBJECTS clause lists, whose instances it carries in that order.
 *
 * ```
 * object LinkDown : MibNotification("1.3.6.1.6.3.1.1.5.3", IfTable.ifIndex, IfTable.ifAdminStatus, IfTable.ifOperStatus)
 *
 * nms.trap(LinkDown) {
 *     value(IfTable.ifIndex[7], 7)
 *     value(IfTable.ifAdminStatus[7], IfStatus.UP)
 *     value(IfTable.ifOperStatus[7], IfStatus.DOWN)
 * }
 * receiver.notifications.filter { it.isA(LinkDown) }.collect { n -> println("${n.indexOf(IfTable.ifOperStatus)} ${n[IfTable.ifOperStatus]}") }
 * ```
 *
 * @property oid the notification's OID
 */
public abstract class MibNotification protected constructor(
    public val oid: Oid,
    objects: List<MibObject<*>>,
) {
    /** A notification with the OID [oid] (dotted text) carrying [objects], in order. */
    protected constructor(oid: String, vararg objects: MibObject<*>) : this(Oid.parse(oid), objects.asList())

    /** The objects it carries, in the order of its OBJECTS clause. */
    public val objects: List<MibObject<*>> = objects.toList()

    init {
        require(this.objects.toSet().size == this.objects.size) { "a notification lists each object once" }
    }

    override fun toString(): String = "${javaClass.simpleName}(${oid.toDottedString()}, ${objects.size} objects)"
}
