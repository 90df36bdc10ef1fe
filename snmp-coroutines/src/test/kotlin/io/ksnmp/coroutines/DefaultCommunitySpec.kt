package io.ksnmp.coroutines

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.ksnmp.coroutines.testing.ScriptedPeer
import io.ksnmp.message.CommunityMessage
import io.ksnmp.message.SnmpVersion
import io.ksnmp.smi.Oid
import io.ksnmp.testing.Patience
import java.util.concurrent.CopyOnWriteArrayList

/** The engine-wide default community: used by every v1/v2c manager that names none, overridden by one that does, and per request. */
class DefaultCommunitySpec : FunSpec({
    test("a manager without a community uses the engine's; a manager's own and a request's own override it") {
        val seen = CopyOnWriteArrayList<String>()
        ScriptedPeer().use { peer ->
            peer.autoReply = { r ->
                seen += String((r.message as CommunityMessage).community(), Charsets.UTF_8)
                listOf(ScriptedPeer.echo(r))
            }
            SnmpEngine.builder().defaultVersion(SnmpVersion.V2C).defaultCommunity("fleet-ro").build().use { engine ->
                val name = Oid.parse("1.3.6.1.2.1.1.5.0")
                val plain = engine.manager(peer.address, timeout = Patience.DURATION)
                plain.options.communityOrNull shouldBe null
                plain.get(name)
                engine.manager(peer.address, community = "own", timeout = Patience.DURATION).get(name)
                plain.get(name, options = RequestOptions(community = "per-request"))
                engine.futures().manager(ManagerOptions.builder(peer.address).build()).get(name).join()
            }
            SnmpEngine(defaultVersion = SnmpVersion.V1).use { engine ->
                engine.manager(peer.address, timeout = Patience.DURATION).get(Oid.parse("1.3.6.1.2.1.1.5.0"))
            }
        }
        seen shouldBe listOf("fleet-ro", "own", "per-request", "fleet-ro", "public")
    }
})
