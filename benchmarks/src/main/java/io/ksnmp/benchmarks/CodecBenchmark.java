package io.ksnmp.benchmarks;

import io.ksnmp.ber.BerReader;
import io.ksnmp.ber.BerWriter;
import io.ksnmp.message.CommunityMessage;
import io.ksnmp.message.MessageCodec;
import io.ksnmp.message.SnmpMessage;
import io.ksnmp.pdu.Pdu;
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

/**
 * Encodes and decodes the {@link GetResponseFixture} message (an SNMPv2c GetResponse with ten
 * bindings, 303 bytes) with ksnmp and with SNMP4J's BER path, in the same run.
 *
 * <ul>
 *   <li>{@code ksnmp*}: {@link MessageCodec#encode(CommunityMessage, BerWriter)} into one
 *       {@link BerWriter} kept for the whole run and {@link BerWriter#reset() reset} before each
 *       message, as the engine uses it; {@link MessageCodec#decode(BerReader)} with one
 *       {@link BerReader} kept for the whole run and {@link BerReader#reset reset} onto each
 *       datagram, as the engine's receive loop uses it.</li>
 *   <li>{@code snmp4j*}: {@link Snmp4jCodec}, SNMP4J's own {@code MPv2c} BER steps.</li>
 *   <li>{@code *EncodeDecode}: one message encoded and the result decoded; {@code *Encode} and
 *       {@code *Decode} each half alone (decode from bytes encoded once in setup).</li>
 * </ul>
 *
 * <p>Every decoded object reaches a {@link Blackhole}: the message, the community, the PDU
 * fields and each binding's name and value, so nothing can be optimised away.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CodecBenchmark -prof gc}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class CodecBenchmark {
    private CommunityMessage ksnmpMessage;
    private BerWriter writer;
    private BerReader reader;
    private byte[] ksnmpWire;

    private PDU snmp4jPdu;
    private byte[] community;
    private ByteBuffer snmp4jWire;

    /**
     * Builds each side's message objects once and encodes each once for the decode-only runs.
     *
     * @throws IOException never, for this message
     */
    @Setup
    public void setUp() throws IOException {
        ksnmpMessage = GetResponseFixture.ksnmpMessage();
        writer = new BerWriter();
        reader = new BerReader(new byte[0], 0, 0);
        ksnmpWire = MessageCodec.encode(ksnmpMessage);

        snmp4jPdu = GetResponseFixture.snmp4jPdu();
        community = GetResponseFixture.COMMUNITY.clone();
        snmp4jWire = ByteBuffer.wrap(Snmp4jCodec.encode(snmp4jPdu, community).array());
    }

    // ---- ksnmp ------------------------------------------------------------------------------

    /**
     * @param bh receives the decoded message and every value in it
     */
    @Benchmark
    public void ksnmpEncodeDecode(Blackhole bh) {
        BerWriter w = writer;
        w.reset();
        MessageCodec.encode(ksnmpMessage, w);
        consume(MessageCodec.decode(reader.reset(w.array(), w.offset(), w.size())), bh);
    }

    /**
     * @param bh receives the writer's array and the message size
     */
    @Benchmark
    public void ksnmpEncode(Blackhole bh) {
        BerWriter w = writer;
        w.reset();
        MessageCodec.encode(ksnmpMessage, w);
        bh.consume(w.array());
        bh.consume(w.size());
    }

    /**
     * @param bh receives the decoded message and every value in it
     */
    @Benchmark
    public void ksnmpDecode(Blackhole bh) {
        consume(MessageCodec.decode(reader.reset(ksnmpWire, 0, ksnmpWire.length)), bh);
    }

    // ---- SNMP4J -----------------------------------------------------------------------------

    /**
     * @param bh receives the decoded community, PDU and every value in it
     * @throws IOException never, for this message
     */
    @Benchmark
    public void snmp4jEncodeDecode(Blackhole bh) throws IOException {
        ByteBuffer message = Snmp4jCodec.encode(snmp4jPdu, community);
        message.flip();
        OctetString securityName = new OctetString();
        consume(securityName, Snmp4jCodec.decode(message, securityName), bh);
    }

    /**
     * @return the encoded message
     * @throws IOException never, for this message
     */
    @Benchmark
    public ByteBuffer snmp4jEncode() throws IOException {
        return Snmp4jCodec.encode(snmp4jPdu, community);
    }

    /**
     * @param bh receives the decoded community, PDU and every value in it
     * @throws IOException never, for this message
     */
    @Benchmark
    public void snmp4jDecode(Blackhole bh) throws IOException {
        ByteBuffer message = snmp4jWire;
        message.rewind();
        OctetString securityName = new OctetString();
        consume(securityName, Snmp4jCodec.decode(message, securityName), bh);
    }

    // ---- consumers: the same fields on both sides --------------------------------------------

    static void consume(SnmpMessage message, Blackhole bh) {
        CommunityMessage m = (CommunityMessage) message;
        bh.consume(m);
        bh.consume(m.version());
        bh.consume(m.hasCommunity(GetResponseFixture.COMMUNITY));
        PduConsumers.consume((Pdu) m.pdu(), bh);
    }

    static void consume(OctetString securityName, PDU pdu, Blackhole bh) {
        bh.consume(pdu);
        bh.consume(securityName);
        bh.consume(java.util.Arrays.equals(securityName.getValue(), GetResponseFixture.COMMUNITY));
        PduConsumers.consume(pdu, bh);
    }
}
