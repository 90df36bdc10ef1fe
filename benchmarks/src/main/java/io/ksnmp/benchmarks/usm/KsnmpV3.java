package io.ksnmp.benchmarks.usm;

import io.ksnmp.ber.BerReader;
import io.ksnmp.ber.BerWriter;
import io.ksnmp.message.MessageCodec;
import io.ksnmp.message.ScopedPdu;
import io.ksnmp.message.V3Message;
import io.ksnmp.usm.JceUsmCrypto;
import io.ksnmp.usm.KeyCache;
import io.ksnmp.usm.LocalEngine;
import io.ksnmp.usm.LocalizedKeys;
import io.ksnmp.usm.OutgoingParameters;
import io.ksnmp.usm.RemoteEngine;
import io.ksnmp.usm.SecurityLevel;
import io.ksnmp.usm.Usm;
import io.ksnmp.usm.UsmIncoming;
import io.ksnmp.usm.UsmUser;
import io.ksnmp.usm.UserLookup;
import java.util.Arrays;

/**
 * ksnmp's USM processing of the {@link UsmFixture} response in both roles, as the engine will
 * run it on its event loop: one {@link Usm}, one {@link BerWriter} and one {@link BerReader}
 * for every message, keys from a {@link KeyCache} derived once.
 *
 * <ul>
 *   <li>the agent (authoritative) answers with {@link Usm#secure}: BER-encodes the scoped PDU,
 *       encrypts it (AES-128), writes the header and security parameters, authenticates the
 *       whole message (HMAC-SHA-256-192); its engine time comes from {@link LocalEngine} and the
 *       clock; the keys are the ones the request was accepted with, held by the caller;</li>
 *   <li>the manager (non-authoritative) takes it in with {@link MessageCodec#decode(BerReader)}
 *       and {@link Usm#unsecureFromAuthoritative}: decodes the header and security parameters,
 *       finds the user's keys ({@link UserLookup} into the {@link KeyCache}), verifies the HMAC,
 *       checks timeliness against its {@link RemoteEngine} (re-anchoring it), decrypts and
 *       decodes the scoped PDU.</li>
 * </ul>
 *
 * <p>Not thread-safe: one per benchmark thread, as one per event loop.
 */
public final class KsnmpV3 {
    private final Usm usm = new Usm(JceUsmCrypto.create());
    private final BerWriter writer = new BerWriter();
    private final BerReader reader = new BerReader(new byte[0], 0, 0);
    private final KeyCache keyCache = new KeyCache(JceUsmCrypto.create(), 16, 16);
    private final UsmUser user = UsmFixture.ksnmpUser();
    private final byte[] userName = user.name();
    private final byte[] agentEngineId = UsmFixture.AGENT_ENGINE_ID.clone();
    private final LocalizedKeys agentKeys;
    private final LocalEngine agent;
    private final RemoteEngine agentSeenByManager;
    private final UserLookup managerUsers;
    private final ScopedPdu response = UsmFixture.ksnmpScopedPdu();

    /**
     * Localizes the user's keys to the agent's engine and sets both engines' clocks: the agent's
     * engine time is {@link UsmFixture#AGENT_TIME} at {@code nowMillis}, and the manager knows it
     * (as after discovery).
     *
     * @param nowMillis the clock the benchmark passes to every operation
     */
    public KsnmpV3(long nowMillis) {
        agentKeys = keyCache.localizedKeys(user, agentEngineId);
        agent = new LocalEngine(agentEngineId, UsmFixture.AGENT_BOOTS, nowMillis - UsmFixture.AGENT_TIME * 1000L);
        agentSeenByManager = RemoteEngine.discovered(agentEngineId, UsmFixture.AGENT_BOOTS, UsmFixture.AGENT_TIME, nowMillis);
        managerUsers = (engineId, name) -> Arrays.equals(name, userName) ? keyCache.localizedKeys(user, engineId) : null;
    }

    /**
     * The agent answers: {@link Usm#secure} into the reused writer.
     *
     * @param nowMillis the clock
     * @return the writer, holding exactly the message
     */
    public BerWriter secureResponse(long nowMillis) {
        usm.secure(writer, new OutgoingParameters(UsmFixture.MSG_ID, UsmFixture.MSG_MAX_SIZE, false,
                SecurityLevel.AUTH_PRIV, userName, agentKeys, agentEngineId, agent.boots(),
                agent.engineTime(nowMillis)), response);
        return writer;
    }

    /**
     * The manager takes the response in: decode with the reused reader, then
     * {@link Usm#unsecureFromAuthoritative}.
     *
     * @param bytes the datagram (the MAC octets are zeroed and restored during verification)
     * @param offset where the message starts
     * @param length its length
     * @param nowMillis the clock
     * @return the accepted message with its decrypted scoped PDU
     * @throws IllegalStateException if USM rejects the message
     */
    public UsmIncoming.Accepted unsecureResponse(byte[] bytes, int offset, int length, long nowMillis) {
        V3Message message = (V3Message) MessageCodec.decode(reader.reset(bytes, offset, length));
        UsmIncoming result = usm.unsecureFromAuthoritative(bytes, offset, length, message, agentSeenByManager,
                managerUsers, nowMillis);
        if (result instanceof UsmIncoming.Accepted) {
            return (UsmIncoming.Accepted) result;
        }
        throw new IllegalStateException("ksnmp rejected the response: " + ((UsmIncoming.Rejected) result).failure());
    }

    /** @return the user's keys localized to the agent's engine, as the agent uses them */
    public LocalizedKeys agentKeys() {
        return agentKeys;
    }

    /** @return the response as ksnmp encodes it */
    public ScopedPdu response() {
        return response;
    }

    /** @return a copy of the message the writer holds */
    public byte[] lastMessage() {
        return Arrays.copyOfRange(writer.array(), writer.offset(), writer.offset() + writer.size());
    }
}
