package io.ksnmp.benchmarks.notify;

import io.ksnmp.ber.BerReader;
import io.ksnmp.benchmarks.Snmp4jCodec;
import io.ksnmp.message.CommunityMessage;
import io.ksnmp.message.MessageCodec;
import io.ksnmp.message.SnmpVersion;
import io.ksnmp.notification.V2Notification;
import io.ksnmp.pdu.Pdu;
import io.ksnmp.smi.VarBindList;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.snmp4j.PDU;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.VariableBinding;

/**
 * The codec's share of receiving one trap of the notification scenarios ({@link TrapContent}, an
 * SNMPv2c linkDown with six bindings): ksnmp decodes the datagram and reads it in the SNMPv2
 * notification form ({@link V2Notification#parse}), as its receiver does before delivering;
 * SNMP4J decodes the same octets with its own {@code MPv2c} BER steps. Every binding reaches the
 * {@link Blackhole}.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar TrapDecodeBenchmark -prof gc}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class TrapDecodeBenchmark {
    private byte[] wire;
    private BerReader reader;
    private ByteBuffer snmp4jWire;
    private OctetString community;

    /** Encodes the trap once. */
    @Setup
    public void setUp() {
        wire = MessageCodec.encode(CommunityMessage.of(SnmpVersion.V2C, TrapContent.community(),
                Pdu.trapV2(TrapContent.FIRST_REQUEST_ID, TrapContent.varBinds())));
        reader = new BerReader(new byte[0], 0, 0);
        snmp4jWire = ByteBuffer.wrap(wire);
        community = new OctetString(TrapContent.community());
    }

    /**
     * @param hole where everything read goes
     */
    @Benchmark
    public void ksnmp(Blackhole hole) {
        CommunityMessage message = (CommunityMessage) MessageCodec.decode(reader.reset(wire, 0, wire.length));
        hole.consume(message.community());
        Pdu pdu = (Pdu) message.pdu();
        hole.consume(pdu.requestId());
        V2Notification notification = V2Notification.parse(pdu.varBinds());
        hole.consume(notification.upTime());
        hole.consume(notification.trapOid());
        VarBindList bindings = notification.varBinds();
        for (int i = 0; i < bindings.size(); i++) {
            hole.consume(bindings.oid(i));
            hole.consume(bindings.value(i));
        }
    }

    /**
     * @param hole where everything read goes
     * @throws IOException never, for this message
     */
    @Benchmark
    public void snmp4j(Blackhole hole) throws IOException {
        PDU pdu = Snmp4jCodec.decode(snmp4jWire.duplicate(), community);
        hole.consume(pdu.getRequestID());
        for (VariableBinding binding : pdu.getVariableBindings()) {
            hole.consume(binding.getOid());
            hole.consume(binding.getVariable());
        }
    }
}
