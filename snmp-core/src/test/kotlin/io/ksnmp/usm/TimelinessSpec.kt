package io.ksnmp.usm

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe

/** RFC 3414 §3.2 step 7 with a virtual clock. */
class TimelinessSpec : FunSpec({
    val engineId = byteArrayOf(1, 2, 3, 4, 5)

    test("the local clock advances the notion of the remote engine's time") {
        val remote = RemoteEngine.discovered(engineId, 5, 100, 0L)
        remote.estimatedTime(0L) shouldBe 100
        remote.estimatedTime(999L) shouldBe 100
        remote.estimatedTime(61_000L) shouldBe 161
    }

    test("non-authoritative window: 150 s behind the notion is the limit; older boots are refused") {
        val remote = RemoteEngine.discovered(engineId, 5, 1000, 0L)
        remote.acceptAuthenticated(5, 1000, 0L) shouldBe true
        remote.acceptAuthenticated(5, 850, 0L) shouldBe true
        remote.acceptAuthenticated(5, 849, 0L) shouldBe false
        remote.acceptAuthenticated(4, 5000, 0L) shouldBe false
        remote.boots() shouldBe 5
        remote.isAuthenticated() shouldBe true
    }

    test("authenticated messages re-anchor on newer boots or time") {
        val remote = RemoteEngine.discovered(engineId, 5, 1000, 0L)
        remote.acceptAuthenticated(5, 1000, 0L) shouldBe true
        remote.acceptAuthenticated(5, 1300, 10_000L) shouldBe true // newer time: anchor moves forward
        remote.estimatedTime(10_000L) shouldBe 1300
        remote.acceptAuthenticated(6, 3, 20_000L) shouldBe true // a reboot: new boots
        remote.boots() shouldBe 6
        remote.estimatedTime(20_000L) shouldBe 3
    }

    test("an unauthenticated message never moves the clock backwards, nor anything once authenticated") {
        val remote = RemoteEngine.discovered(engineId, 5, 1000, 0L)
        remote.learnUnauthenticated(5, 10, 0L) shouldBe false
        remote.learnUnauthenticated(4, 9999, 0L) shouldBe false
        remote.estimatedTime(0L) shouldBe 1000
        remote.learnUnauthenticated(5, 1200, 0L) shouldBe true
        remote.acceptAuthenticated(5, 1200, 0L) shouldBe true
        remote.learnUnauthenticated(9, 1, 0L) shouldBe false
        remote.boots() shouldBe 5
    }

    test("the first authenticated message overrides what unauthenticated ones claimed") {
        val remote = RemoteEngine.discovered(engineId, 1, 0, 0L)
        remote.learnUnauthenticated(1_000_000, 5, 0L) shouldBe true // a forged report
        remote.acceptAuthenticated(7, 42, 0L) shouldBe true
        remote.boots() shouldBe 7
        remote.estimatedTime(0L) shouldBe 42
    }

    test("an engine at boots 2^31-1 is outside every window") {
        val remote = RemoteEngine.discovered(engineId, Int.MAX_VALUE, 10, 0L)
        remote.acceptAuthenticated(Int.MAX_VALUE, 10, 0L) shouldBe false
        LocalEngine(engineId, Int.MAX_VALUE, 0L).isInTimeWindow(Int.MAX_VALUE, 0, 0L) shouldBe false
    }

    test("an agent restart (same boots, time back near zero) needs an explicit resynchronisation") {
        val remote = RemoteEngine.discovered(engineId, 1, 5000, 0L)
        remote.acceptAuthenticated(1, 5000, 0L) shouldBe true
        remote.acceptAuthenticated(1, 3, 1_000L) shouldBe false
        remote.resynchronize(1, 3, 1_000L)
        remote.estimatedTime(2_000L) shouldBe 4
        remote.acceptAuthenticated(1, 4, 2_000L) shouldBe true
    }

    test("authoritative window: same boots and within 150 s either way") {
        val local = LocalEngine(engineId, 2, 0L)
        local.engineTime(500_000L) shouldBe 500
        local.isInTimeWindow(2, 350, 500_000L) shouldBe true
        local.isInTimeWindow(2, 650, 500_000L) shouldBe true
        local.isInTimeWindow(2, 349, 500_000L) shouldBe false
        local.isInTimeWindow(2, 651, 500_000L) shouldBe false
        local.isInTimeWindow(1, 500, 500_000L) shouldBe false
    }
})
