package io.ksnmp.coroutines.internal

import io.ksnmp.smi.VarBindList
import kotlinx.coroutines.CancellableContinuation
import kotlin.coroutines.resume
import kotlin.coroutines.resumeWithException

/** Where a request's one outcome goes; called once, on the loop thread (or after close, elsewhere). */
internal interface RequestCompletion {
    fun succeed(value: VarBindList)

    fun fail(error: Throwable)
}

/** Resumes a suspended caller. */
internal class ContinuationCompletion(private val continuation: CancellableContinuation<VarBindList>) : RequestCompletion {
    override fun succeed(value: VarBindList) = continuation.resume(value)

    override fun fail(error: Throwable) = continuation.resumeWithException(error)
}
