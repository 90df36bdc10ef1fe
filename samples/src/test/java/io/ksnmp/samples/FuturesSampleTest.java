package io.ksnmp.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.ksnmp.cli.DemoAgent;
import io.ksnmp.coroutines.SnmpEngine;
import io.ksnmp.smi.Oid;
import io.ksnmp.smi.TimeTicks;
import io.ksnmp.smi.VarBind;
import io.ksnmp.testing.Patience;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The Java sample against the embedded agent serving the demo objects. */
class FuturesSampleTest {
    @Test
    void getsAndWalksWithFutures() throws Exception {
        try (DemoAgent agent = DemoAgent.start(); SnmpEngine engine = SnmpEngine.builder().build()) {
            FuturesSample.Result result = FuturesSample.run(engine, agent.getAddress()).get(Patience.SECONDS, TimeUnit.SECONDS);
            assertEquals(agent.getRegistry().get(Oid.parse("1.3.6.1.2.1.1.1.0")), result.system().value(0));
            assertInstanceOf(TimeTicks.class, result.system().value(1));
            Oid system = Oid.parse("1.3.6.1.2.1.1");
            List<Oid> expected = agent.getRegistry().snapshot().stream().map(VarBind::oid).filter(o -> o.startsWith(system)).toList();
            assertEquals(expected, result.walked().stream().map(VarBind::oid).toList());
        }
    }
}
