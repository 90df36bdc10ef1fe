package io.ksnmp.coroutines.internal

import io.ksnmp.usm.LocalizedKeys

/** Something on the event loop that waits for a user's keys to be localized off the loop. */
internal interface KeyWaiter {
    /** The localisation waited on, if any; set and cleared by [EngineCore]. */
    var awaitedKeys: KeyRef?

    /** The keys are ready; loop thread. */
    fun onKeys(keys: LocalizedKeys)

    /** Localisation failed; loop thread. */
    fun onKeysFailed(error: Throwable)
}
