package io.ksnmp.dsl

import io.kotest.core.spec.style.FunSpec
import io.ksnmp.testing.KDocCheck
import io.ksnmp.testing.PublicApi

/**
 * snmp-dsl's public API equals the committed dump, api/snmp-dsl.api (see [PublicApi] for what it holds).
 * Every public declaration has its KDoc ([KDocCheck]).
 * After a deliberate API change: mvn -B -Papi-dump -pl snmp-dsl -am test, and commit the dump.
 */
class PublicApiTest : FunSpec({
    test("the public API is the one in api/snmp-dsl.api") {
        PublicApi.check()
    }

    test("every public declaration has its KDoc") {
        KDocCheck.check()
    }
})
