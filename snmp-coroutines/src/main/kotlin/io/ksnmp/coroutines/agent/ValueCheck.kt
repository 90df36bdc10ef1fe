package io.ksnmp.coroutines.agent

import io.ksnmp.pdu.ErrorStatus
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.Variable

/**
 * Checks a value a set would write, in the check phase of a set (before anything is
 * committed), after its type was found right. Answer [ErrorStatus.NO_ERROR] to accept it, or
 * the error the agent should answer: usually `WRONG_LENGTH`, `WRONG_VALUE` or
 * `INCONSISTENT_VALUE` (an SNMPv1 requester sees them as badValue, RFC 2576 §4.4).
 *
 * ```
 * val check = ValueCheck.length(0, 255).and(ValueCheck { v -> if (v.toString().contains('\n')) ErrorStatus.WRONG_VALUE else ErrorStatus.NO_ERROR })
 * ```
 */
public fun interface ValueCheck {
    /**
     * @param value the value to write, of the object's type
     * @return [ErrorStatus.NO_ERROR] or the error to answer
     */
    public fun check(value: Variable): ErrorStatus

    /** @return a check that runs this one, then [other] if this one accepted */
    public fun and(other: ValueCheck): ValueCheck = ValueCheck { v ->
        val first = check(v)
        if (first.isError) first else other.check(v)
    }

    /** Ready-made checks: `ValueCheck.length(0, 255)`, `ValueCheck.range(1, 7)`. */
    public companion object {
        /** @return a check answering wrongLength for an OCTET STRING shorter than [min] or longer than [max] octets */
        @JvmStatic
        public fun length(min: Int, max: Int): ValueCheck = ValueCheck { v ->
            val size = (v as? OctetString)?.length() ?: return@ValueCheck ErrorStatus.NO_ERROR
            if (size < min || size > max) ErrorStatus.WRONG_LENGTH else ErrorStatus.NO_ERROR
        }

        /** @return a check answering wrongValue for an INTEGER outside [min]..[max] */
        @JvmStatic
        public fun range(min: Int, max: Int): ValueCheck = ValueCheck { v ->
            val n = (v as? Integer32)?.value() ?: return@ValueCheck ErrorStatus.NO_ERROR
            if (n < min || n > max) ErrorStatus.WRONG_VALUE else ErrorStatus.NO_ERROR
        }
    }
}

/** Reads a managed object's current value; runs on the engine's event loop, so it must be quick and must not block. */
public fun interface ValueGetter {
    /** @return the current value; throwing makes the agent answer genErr */
    public fun get(): Variable
}

/**
 * Writes a managed object's value in the commit phase of a set; runs on the engine's event loop.
 * Throwing fails the set with commitFailed (after the bindings already written are undone by
 * writing their previous values back).
 */
public fun interface ValueSetter {
    /** @param value the new value, of the object's type, already checked */
    public fun set(value: Variable)
}
