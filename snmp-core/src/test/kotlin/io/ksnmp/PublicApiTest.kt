package io.ksnmp

import io.kotest.core.spec.style.FunSpec
import io.ksnmp.testing.PublicApi

/**
 * snmp-core's public API equals the committed dump, api/snmp-core.api (see [PublicApi] for what it holds).
 * After a deliberate API change: mvn -B -Papi-dump -pl snmp-dsl -am test, and commit the dump.
 */
class PublicApiTest : FunSpec({
    test("the public API is the one in api/snmp-core.api") {
        PublicApi.check()
    }
})
