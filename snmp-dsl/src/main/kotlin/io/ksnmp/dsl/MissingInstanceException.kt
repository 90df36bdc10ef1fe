package io.ksnmp.dsl

import io.ksnmp.smi.EndOfMibView
import io.ksnmp.smi.NoSuchInstance
import io.ksnmp.smi.NoSuchObject
import io.ksnmp.smi.Oid
import io.ksnmp.smi.Variable

/**
 * The agent has no value for an instance that was required: it answered noSuchObject (it does not
 * implement the object, or the view hides it), noSuchInstance (the object exists, this instance
 * does not) or endOfMibView.
 *
 * A typed get of a scalar throws this rather than returning null: a scalar has exactly one
 * instance, present whenever the agent implements the object, so its absence says something
 * about the agent (an unsupported MIB, a restricted view), not about the value; returning null
 * would make every scalar read nullable for the rare case. Use `getOrNull` for objects an agent
 * may lack. In a table row, by contrast, a missing cell is ordinary (sparse tables) and reads as
 * null.
 *
 * ```
 * val contact = try { router.get(SystemGroup.sysContact) } catch (e: MissingInstanceException) {
 *     if (e.reason == MissingReason.NO_SUCH_OBJECT) "not supported" else throw e
 * }
 * ```
 *
 * @property reason which of the three exception values the agent sent
 */
public class MissingInstanceException(
    oid: Oid,
    public val reason: MissingReason,
) : MibValueException("${oid.toDottedString()}: $reason", oid)

/**
 * Why an instance has no value: the SNMPv2 exception value an agent answered with.
 *
 * ```
 * MissingReason.of(NoSuchInstance.INSTANCE)   // NO_SUCH_INSTANCE
 * ```
 */
public enum class MissingReason {
    /** noSuchObject: the agent does not implement the object, or the view excludes it. */
    NO_SUCH_OBJECT,

    /** noSuchInstance: the object exists, this instance does not. */
    NO_SUCH_INSTANCE,

    /** endOfMibView: nothing at or after the name. */
    END_OF_MIB_VIEW,
    ;

    /** Finding the reason of an exception value. */
    public companion object {
        /**
         * @return the reason [value] stands for, or null if it is a value rather than an exception
         */
        public fun ofOrNull(value: Variable): MissingReason? = when (value) {
            is NoSuchObject -> NO_SUCH_OBJECT
            is NoSuchInstance -> NO_SUCH_INSTANCE
            is EndOfMibView -> END_OF_MIB_VIEW
            else -> null
        }
    }
}
