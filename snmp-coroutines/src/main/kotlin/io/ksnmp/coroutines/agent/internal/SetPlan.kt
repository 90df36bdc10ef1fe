package io.ksnmp.coroutines.agent.internal

import io.ksnmp.pdu.ErrorStatus

/**
 * What the check phase of a set made of one binding: an error to answer, or the action that
 * writes it and the one that takes it back.
 */
internal class SetPlan private constructor(val status: ErrorStatus, val action: SetAction?) {
    companion object {
        fun fail(status: ErrorStatus): SetPlan = SetPlan(status, null)
        fun of(action: SetAction): SetPlan = SetPlan(ErrorStatus.NO_ERROR, action)
    }
}

/** Writes one checked binding ([commit]) and, if a later binding fails, restores what was there ([undo]). */
internal interface SetAction {
    fun commit()
    fun undo()
}
