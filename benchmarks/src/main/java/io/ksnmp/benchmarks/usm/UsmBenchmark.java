package io.ksnmp.benchmarks.usm;

import io.ksnmp.benchmarks.PduConsumers;

import io.ksnmp.ber.BerWriter;
import io.ksnmp.message.ScopedPdu;
import io.ksnmp.usm.JceUsmCrypto;
import io.ksnmp.usm.KeyCache;
import io.ksnmp.usm.LocalizedKeys;
import io.ksnmp.usm.UsmCrypto;
import io.ksnmp.usm.UsmIncoming;
import io.ksnmp.usm.UsmUser;
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
import org.snmp4j.ScopedPDU;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.smi.OctetString;

/**
 * Secures and checks the {@link UsmFixture} message (the ten-binding GetResponse of the codec
 * benchmark as an SNMPv3 response at authPriv, HMAC-SHA-256-192 and AES-128) with ksnmp's USM
 * ({@link KsnmpV3}) and with SNMP4J's MPv3 and USM ({@link Snmp4jV3}), in the same run.
 *
 * <ul>
 *   <li>{@code *Secure}: the agent, the authoritative engine, secures its response;</li>
 *   <li>{@code *Unsecure}: the manager, non-authoritative, takes it in (from bytes secured once in
 *       setup): HMAC, timeliness, decryption, decoding;</li>
 *   <li>{@code *SecureUnsecure}: one after the other, the manager taking in what the agent just
 *       secured;</li>
 *   <li>{@code *LocalizeKeys}: a cold key localisation for one user and one engine (SHA-256
 *       authentication, AES-128 privacy, different passwords): two password-to-key runs over
 *       1 MiB each plus localisation;</li>
 *   <li>{@code snmp4jPendingState}: what the SNMP4J runs pay besides SNMP4J's own work: putting
 *       back (and here removing again) the request state MPv3 consumes per message.</li>
 * </ul>
 *
 * <p>Every decoded object reaches a {@link Blackhole}: the security name and level, the scoped
 * PDU, its PDU fields and each binding's name and value.
 *
 * <p>SNMP4J's message path needs about ten seconds of warm-up to reach its steady state on a
 * 2-core machine (ksnmp's about four), hence the default of six 3-second warm-up iterations.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar UsmBenchmark -prof gc}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class UsmBenchmark {
    private KsnmpV3 ksnmp;
    private byte[] ksnmpWire;

    private Snmp4jV3 snmp4j;
    private ByteBuffer snmp4jWire;

    private UsmCrypto crypto;
    private UsmUser ksnmpUser;
    private byte[] engineId;
    private SecurityProtocols snmp4jProtocols;
    private OctetString authPassword;
    private OctetString privPassword;

    /**
     * Builds both sides (keys localized, engines' clocks set) and secures one message each for
     * the unsecure-only runs.
     *
     * @throws IOException never, for this message
     */
    @Setup
    public void setUp() throws IOException {
        long now = System.currentTimeMillis();
        ksnmp = new KsnmpV3(now);
        ksnmpWire = ksnmp.secureResponse(now).toByteArray();
        ksnmp.unsecureResponse(ksnmpWire, 0, ksnmpWire.length, now);

        snmp4j = new Snmp4jV3();
        snmp4jWire = ByteBuffer.wrap(Snmp4jV3.bytes(snmp4j.secureResponse()));
        snmp4j.unsecureResponse(snmp4jWire);

        crypto = JceUsmCrypto.create();
        ksnmpUser = UsmFixture.ksnmpUser();
        engineId = UsmFixture.AGENT_ENGINE_ID.clone();
        snmp4jProtocols = Snmp4jV3.newProtocols();
        authPassword = new OctetString(UsmFixture.AUTH_PASSWORD);
        privPassword = new OctetString(UsmFixture.PRIV_PASSWORD);
    }

    // ---- secure + unsecure -------------------------------------------------------------------

    /**
     * @param bh receives the accepted message and every value in it
     */
    @Benchmark
    public void ksnmpSecureUnsecure(Blackhole bh) {
        long now = System.currentTimeMillis();
        BerWriter w = ksnmp.secureResponse(now);
        consume(ksnmp.unsecureResponse(w.array(), w.offset(), w.size(), now), bh);
    }

    /**
     * @param bh receives the accepted PDU and every value in it
     * @throws IOException never, for this message
     */
    @Benchmark
    public void snmp4jSecureUnsecure(Blackhole bh) throws IOException {
        ByteBuffer message = snmp4j.secureResponse();
        message.flip();
        consume(snmp4j.unsecureResponse(message), snmp4j, bh);
    }

    // ---- secure only -------------------------------------------------------------------------

    /**
     * @param bh receives the writer's array and the message size
     */
    @Benchmark
    public void ksnmpSecure(Blackhole bh) {
        BerWriter w = ksnmp.secureResponse(System.currentTimeMillis());
        bh.consume(w.array());
        bh.consume(w.size());
    }

    /**
     * @return the message
     * @throws IOException never, for this message
     */
    @Benchmark
    public ByteBuffer snmp4jSecure() throws IOException {
        return snmp4j.secureResponse();
    }

    // ---- unsecure only -----------------------------------------------------------------------

    /**
     * @param bh receives the accepted message and every value in it
     */
    @Benchmark
    public void ksnmpUnsecure(Blackhole bh) {
        consume(ksnmp.unsecureResponse(ksnmpWire, 0, ksnmpWire.length, System.currentTimeMillis()), bh);
    }

    /**
     * @param bh receives the accepted PDU and every value in it
     */
    @Benchmark
    public void snmp4jUnsecure(Blackhole bh) {
        ByteBuffer message = snmp4jWire;
        message.rewind();
        consume(snmp4j.unsecureResponse(message), snmp4j, bh);
    }

    /** SNMP4J's share that is not SNMP4J's work: the per-message state restore, here added and removed. */
    @Benchmark
    public void snmp4jPendingState() {
        snmp4j.restorePendingState();
        snmp4j.dropPendingState();
    }

    // ---- cold key localisation ---------------------------------------------------------------

    /**
     * @return the keys, from a cache made for this operation
     */
    @Benchmark
    public LocalizedKeys ksnmpLocalizeKeys() {
        return new KeyCache(crypto, 1, 1).localizedKeys(ksnmpUser, engineId);
    }

    /**
     * @return the authentication and privacy keys
     */
    @Benchmark
    public byte[][] snmp4jLocalizeKeys() {
        return Snmp4jV3.localize(snmp4jProtocols, authPassword, privPassword, engineId);
    }

    // ---- consumers: the same fields on both sides --------------------------------------------

    static void consume(UsmIncoming.Accepted accepted, Blackhole bh) {
        bh.consume(accepted.message());
        bh.consume(accepted.parameters().userName());
        bh.consume(accepted.level());
        ScopedPdu scoped = accepted.scopedPdu();
        bh.consume(scoped);
        PduConsumers.consume(scoped.pdu(), bh);
    }

    static void consume(ScopedPDU pdu, Snmp4jV3 side, Blackhole bh) {
        bh.consume(pdu);
        bh.consume(side.lastSecurityName());
        bh.consume(side.lastSecurityLevel());
        bh.consume(pdu.getContextEngineID());
        PduConsumers.consume(pdu, bh);
    }
}
