package io.ksnmp.benchmarks;

import io.ksnmp.ber.BerReader;
import io.ksnmp.ber.BerWriter;
import io.ksnmp.dsl.io.SnmpMessagesKt;
import io.ksnmp.message.CommunityMessage;
import io.ksnmp.message.MessageCodec;
import java.util.concurrent.TimeUnit;
import kotlinx.io.Buffer;
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

/**
 * The {@link GetResponseFixture} message (SNMPv2c GetResponse, ten bindings, 303 bytes) encoded
 * and decoded through kotlinx-io, beside the codec's own path, in the same run: does going
 * through a kotlinx-io {@link Buffer} (snmp-dsl's {@code Sink.writeSnmpMessage} and
 * {@code Source.readSnmpMessage}) cost more than {@link BerWriter}/{@link BerReader}?
 *
 * <ul>
 *   <li>{@code berWriterEncode}: {@link MessageCodec#encode(CommunityMessage, BerWriter)} into
 *       one reused writer, as the engine encodes (the baseline).</li>
 *   <li>{@code bufferEncode}: {@code writeSnmpMessage} into a cleared {@link Buffer}: a fresh
 *       {@link BerWriter} per message, then one copy into the buffer's segments.</li>
 *   <li>{@code bufferCopyOnly}: the reused writer as in the baseline, then the copy into the
 *       buffer: the cost of the copy alone.</li>
 *   <li>{@code berReaderDecode}: {@link MessageCodec#decode(BerReader)} with one reused reader
 *       (the baseline).</li>
 *   <li>{@code bufferDecode}: the 303 bytes written into a buffer, then {@code readSnmpMessage}
 *       (header peeked, the message read out into an array, decoded).</li>
 * </ul>
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar KotlinxIoCodecBenchmark -prof gc}
 *
 * <p>First figures (JDK 17, 2 shared vCPUs, {@code -f 1 -wi 3 -w 1s -i 5 -r 1s}): encoding
 * 5.13 M/s through the reused {@link BerWriter} (0 B/op), 3.52 M/s through a {@link Buffer}
 * (0.69x, 552 B/op for the fresh writer), 3.90 M/s for the reused writer plus the copy (0.76x);
 * decoding 2.15 M/s with the reused {@link BerReader} (968 B/op), 1.83 M/s from a buffer (0.85x,
 * 1,344 B/op: the message's array). kotlinx-io is not as fast, so the codec's hot path stays on
 * {@link BerWriter}/{@link BerReader} and kotlinx-io stays at the API's edge.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class KotlinxIoCodecBenchmark {
    private CommunityMessage message;
    private BerWriter writer;
    private BerReader reader;
    private byte[] wire;
    private Buffer buffer;

    /** Builds the message and encodes it once for the decode runs. */
    @Setup
    public void setUp() {
        message = GetResponseFixture.ksnmpMessage();
        writer = new BerWriter();
        reader = new BerReader(new byte[0], 0, 0);
        wire = MessageCodec.encode(message);
        buffer = new Buffer();
    }

    /** @return the encoded length, from the reused writer */
    @Benchmark
    public int berWriterEncode() {
        writer.reset();
        MessageCodec.encode(message, writer);
        return writer.size();
    }

    /** @return the buffer's size after the message was written to it */
    @Benchmark
    public long bufferEncode() {
        buffer.clear();
        SnmpMessagesKt.writeSnmpMessage(buffer, message);
        return buffer.getSize();
    }

    /** @return the buffer's size after the reused writer's octets were copied into it */
    @Benchmark
    public long bufferCopyOnly() {
        writer.reset();
        MessageCodec.encode(message, writer);
        buffer.clear();
        buffer.write(writer.array(), writer.offset(), writer.offset() + writer.size());
        return buffer.getSize();
    }

    /** @param bh takes the decoded message */
    @Benchmark
    public void berReaderDecode(Blackhole bh) {
        bh.consume(MessageCodec.decode(reader.reset(wire, 0, wire.length)));
    }

    /** @param bh takes the decoded message */
    @Benchmark
    public void bufferDecode(Blackhole bh) {
        buffer.write(wire, 0, wire.length);
        bh.consume(SnmpMessagesKt.readSnmpMessage(buffer, SnmpMessagesKt.DEFAULT_MAX_MESSAGE_SIZE));
    }
}
