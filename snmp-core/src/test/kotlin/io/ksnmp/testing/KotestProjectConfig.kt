package io.ksnmp.testing

import io.kotest.core.config.AbstractProjectConfig
import io.kotest.core.names.DuplicateTestNameMode

/**
 * Kotest settings for every module's specs (the root pom names this class in
 * `kotest.framework.config.fqn`; snmp-coroutines and samples get it through snmp-core's test jar).
 *
 * Two tests with one name in a spec are an error, not a warning and a silent rename: the
 * surefire reports name each test by its path, and a failure must be found by that name.
 */
class KotestProjectConfig : AbstractProjectConfig() {
    override val duplicateTestNameMode: DuplicateTestNameMode = DuplicateTestNameMode.Error
}
