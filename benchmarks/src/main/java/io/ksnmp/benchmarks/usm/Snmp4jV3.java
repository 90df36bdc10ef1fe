package io.ksnmp.benchmarks.usm;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.MutablePDU;
import org.snmp4j.PDU;
import org.snmp4j.ScopedPDU;
import org.snmp4j.TransportStateReference;
import org.snmp4j.UserTarget;
import org.snmp4j.asn1.BERInputStream;
import org.snmp4j.asn1.BEROutputStream;
import org.snmp4j.mp.CounterSupport;
import org.snmp4j.mp.MPv3;
import org.snmp4j.mp.MessageID;
import org.snmp4j.mp.MessageProcessingModel;
import org.snmp4j.mp.MutableStateReference;
import org.snmp4j.mp.PduHandle;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.mp.StateReference;
import org.snmp4j.mp.StatusInformation;
import org.snmp4j.security.AuthHMAC192SHA256;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.security.SecurityModel;
import org.snmp4j.security.SecurityModels;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.USM;
import org.snmp4j.security.UsmTimeEntry;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.VariableBinding;

/**
 * SNMP4J's own SNMPv3 message processing ({@code MPv3} with {@code USM}) for the response of
 * {@link UsmFixture}, in both roles, through SNMP4J's public API:
 *
 * <ul>
 *   <li>an agent (authoritative engine) answers with {@link MPv3#prepareResponseMessage}: the
 *       scoped PDU is BER-encoded, {@code USM.generateResponseMessage} encrypts it (AES-128) and
 *       authenticates the whole message (HMAC-SHA-256-192), MPv3 writes the header;</li>
 *   <li>a manager (non-authoritative) takes it in with {@link MPv3#prepareDataElements}: MPv3
 *       decodes header and security parameters, {@code USM.processIncomingMsg} verifies the HMAC,
 *       checks timeliness and decrypts, MPv3 decodes the scoped PDU and matches it to the
 *       request it answers.</li>
 * </ul>
 *
 * <p>Each role has its own {@code SecurityProtocols} (only HMAC-SHA-256-192 and AES-128),
 * {@code USM}, {@code SecurityModels}, {@code CounterSupport} and {@code MPv3}: none of SNMP4J's
 * global instances is configured (SNMP4J's AES salt counter is process-wide regardless).
 *
 * <p>The setup is a real exchange: the manager secures a GET for the ten names
 * ({@code prepareOutgoingMessage}, which localizes the user's keys to the agent's engine ID and
 * records the request in MPv3's cache of outstanding requests) and the agent accepts it
 * ({@code prepareDataElements}, which leaves the request's state, keys included, in its MPv3's
 * cache for the response). Both MPv3s remove that state when they use it (the agent when it
 * answers, the manager when the response arrives), so to process the same exchange again the
 * benchmark puts it back before each message with {@code MPv3.Cache.addEntry}, the one step that
 * is not public API: the cache sits in a private field of a protected class, reached once by
 * reflection and then called through a constant {@link MethodHandle}. As in SNMP4J, where
 * {@code Snmp}'s table of pending requests keeps each request's {@link PduHandle} while MPv3's
 * cache holds it only weakly, this class keeps both handles. The restore's cost is measured on
 * its own ({@link #restorePendingState()}).
 *
 * <p>The holders SNMP4J's API fills in (security name, level, model, PDU, state reference,
 * status, PDU handle, the streams) are made once and reused, although SNMP4J's
 * {@code MessageDispatcherImpl} makes new ones for every message: SNMP4J is measured doing no
 * more than its message processing requires. Not thread-safe: one per benchmark thread.
 */
public final class Snmp4jV3 {
    private static final UdpAddress AGENT_ADDRESS = new UdpAddress("192.0.2.1/161");
    private static final UdpAddress MANAGER_ADDRESS = new UdpAddress("192.0.2.2/50161");

    /** {@code MPv3.Cache.addEntry(StateReference)}: the class is protected, the method public. */
    private static final MethodHandle ADD_ENTRY = cacheMethod("addEntry", StateReference.class,
            MethodType.methodType(int.class, Object.class, StateReference.class));
    /** {@code MPv3.Cache.popEntry(MessageID)}. */
    private static final MethodHandle POP_ENTRY = cacheMethod("popEntry", MessageID.class,
            MethodType.methodType(StateReference.class, Object.class, MessageID.class));

    private final byte[] userName = UsmFixture.userName();
    private final ScopedPDU response;

    private final USM agentUsm;
    private final MPv3 agent;
    private final Object agentCache;
    private final StateReference<UdpAddress> requestAtAgent;
    private final PduHandle requestHandleAtAgent = new PduHandle();
    private final int maxSizeResponseScopedPdu;
    private final StatusInformation agentStatus = new StatusInformation();
    private final BEROutputStream agentOut = new BEROutputStream();

    private final USM managerUsm;
    private final MPv3 manager;
    private final Object managerCache;
    private final StateReference<?> requestAtManager;
    private final PduHandle requestHandleAtManager;
    private final MessageDispatcherImpl managerDispatcher = new MessageDispatcherImpl();
    private final TransportStateReference managerTransportState;
    private final BERInputStream managerIn = new BERInputStream(ByteBuffer.allocate(0));
    private final Integer32 inModel = new Integer32();
    private final Integer32 inSecurityModel = new Integer32();
    private final OctetString inSecurityName = new OctetString();
    private final Integer32 inSecurityLevel = new Integer32();
    private final MutablePDU inPdu = new MutablePDU();
    private final PduHandle inHandle = new PduHandle();
    private final Integer32 inMaxSizeResponse = new Integer32();
    private final StatusInformation inStatus = new StatusInformation();
    private final MutableStateReference<UdpAddress> inState = new MutableStateReference<>();

    /**
     * Builds both engines and runs the GET that the response answers (localizing the user's keys
     * on both sides, as SNMP4J does on first use).
     *
     * @throws IOException if SNMP4J fails to encode or decode the setup exchange
     */
    public Snmp4jV3() throws IOException {
        response = UsmFixture.snmp4jScopedPdu();
        OctetString agentEngineId = new OctetString(UsmFixture.AGENT_ENGINE_ID);

        // The agent: authoritative, engine ID, boots and time as in the fixture.
        SecurityProtocols agentProtocols = protocols();
        CounterSupport agentCounters = new CounterSupport();
        agentUsm = new USM(agentProtocols, agentEngineId, UsmFixture.AGENT_BOOTS, agentCounters);
        agentUsm.setLocalEngine(agentEngineId, UsmFixture.AGENT_BOOTS, UsmFixture.AGENT_TIME);
        agentUsm.addUser(UsmFixture.snmp4jUser());
        agent = new MPv3(UsmFixture.AGENT_ENGINE_ID, null, agentProtocols,
                new SecurityModels().addSecurityModel(agentUsm), agentCounters);
        agentCache = cacheOf(agent);

        // The manager: knows the agent's engine ID, boots and time (as after discovery).
        SecurityProtocols managerProtocols = protocols();
        CounterSupport managerCounters = new CounterSupport();
        managerUsm = new USM(managerProtocols, new OctetString(UsmFixture.MANAGER_ENGINE_ID), 1, managerCounters);
        managerUsm.addUser(UsmFixture.snmp4jUser());
        manager = new MPv3(UsmFixture.MANAGER_ENGINE_ID, null, managerProtocols,
                new SecurityModels().addSecurityModel(managerUsm), managerCounters);
        manager.addEngineID(AGENT_ADDRESS, agentEngineId);
        managerUsm.getTimeTable().addEntry(new UsmTimeEntry(agentEngineId, agentUsm.getEngineBoots(),
                agentUsm.getEngineTime()));
        managerCache = cacheOf(manager);
        managerDispatcher.addMessageProcessingModel(manager);
        managerTransportState = new TransportStateReference(null, AGENT_ADDRESS, null,
                SecurityLevel.undefined, SecurityLevel.undefined, false, null);

        // The request: the manager secures a GET for the ten names ...
        ScopedPDU get = new ScopedPDU();
        get.setType(PDU.GET);
        get.setRequestID(response.getRequestID());
        for (VariableBinding vb : response.getVariableBindings()) {
            get.add(new VariableBinding(vb.getOid()));
        }
        get.setContextEngineID(agentEngineId);
        UserTarget<UdpAddress> target = new UserTarget<>(AGENT_ADDRESS, new OctetString(userName),
                UsmFixture.AGENT_ENGINE_ID, SecurityLevel.AUTH_PRIV);
        TransportStateReference out = new TransportStateReference(null, AGENT_ADDRESS, new OctetString(userName),
                org.snmp4j.security.SecurityLevel.authPriv, org.snmp4j.security.SecurityLevel.undefined, false,
                null, target);
        BEROutputStream request = new BEROutputStream();
        manager.setCurrentMsgID(UsmFixture.MSG_ID);
        requestHandleAtManager = new PduHandle(get.getRequestID().getValue());
        check("manager prepareOutgoingMessage", manager.prepareOutgoingMessage(AGENT_ADDRESS, UsmFixture.MSG_MAX_SIZE,
                MessageProcessingModel.MPv3, SecurityModel.SECURITY_MODEL_USM, userName, SecurityLevel.AUTH_PRIV, get,
                true, requestHandleAtManager, request, out));
        requestAtManager = popEntry(managerCache, StateReference.createMessageID(UsmFixture.MSG_ID));
        if (requestAtManager == null) {
            throw new IllegalStateException("SNMP4J's manager recorded no request with msgID " + UsmFixture.MSG_ID);
        }

        // ... and the agent accepts it, keeping the request's state (and the user's keys) for the response.
        ByteBuffer requestBytes = request.getBuffer();
        requestBytes.flip();
        MutablePDU received = new MutablePDU();
        Integer32 maxSizeResponse = new Integer32(UsmFixture.MSG_MAX_SIZE);
        MutableStateReference<UdpAddress> state = new MutableStateReference<>();
        MessageDispatcherImpl agentDispatcher = new MessageDispatcherImpl();
        agentDispatcher.addMessageProcessingModel(agent);
        check("agent prepareDataElements", agent.prepareDataElements(agentDispatcher, MANAGER_ADDRESS,
                new BERInputStream(requestBytes), null, new Integer32(), new Integer32(), new OctetString(),
                new Integer32(), received, requestHandleAtAgent, maxSizeResponse, new StatusInformation(), state));
        if (received.getPdu().getType() != PDU.GET || received.getPdu().size() != response.size()) {
            throw new IllegalStateException("SNMP4J's agent decoded " + received.getPdu());
        }
        requestAtAgent = state.getStateReference();
        if (requestAtAgent.getMsgID().getID() != UsmFixture.MSG_ID) {
            throw new IllegalStateException("request msgID " + requestAtAgent.getMsgID());
        }
        maxSizeResponseScopedPdu = maxSizeResponse.getValue();
        popEntry(agentCache, requestAtAgent.getMsgID());
    }

    private static SecurityProtocols protocols() {
        SecurityProtocols p = new SecurityProtocols(SecurityProtocols.SecurityProtocolSet.none);
        p.addAuthenticationProtocol(new AuthHMAC192SHA256());
        p.addPrivacyProtocol(new PrivAES128());
        return p;
    }

    private static Object cacheOf(MPv3 mp) {
        try {
            Field f = MPv3.class.getDeclaredField("cache");
            f.setAccessible(true);
            return f.get(mp);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("SNMP4J's MPv3 has no request cache where 3.9.6 has it", e);
        }
    }

    private static MethodHandle cacheMethod(String name, Class<?> parameter, MethodType type) {
        try {
            Class<?> cache = Class.forName("org.snmp4j.mp.MPv3$Cache");
            Method m = cache.getDeclaredMethod(name, parameter);
            m.setAccessible(true);
            return MethodHandles.lookup().unreflect(m).asType(type);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("SNMP4J's MPv3.Cache has no " + name + " where 3.9.6 has it", e);
        }
    }

    private static void addEntry(Object cache, StateReference<?> entry) {
        try {
            int ignored = (int) ADD_ENTRY.invokeExact(cache, entry);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static StateReference<?> popEntry(Object cache, MessageID msgId) {
        try {
            return (StateReference<?>) POP_ENTRY.invokeExact(cache, msgId);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static void check(String step, int status) {
        if (status != SnmpConstants.SNMP_MP_OK) {
            throw new IllegalStateException(step + " failed with SNMP4J status " + status);
        }
    }

    /**
     * Puts back the state of the request in flight that answering (agent) and receiving the
     * response (manager) consume: what the agent's {@code prepareDataElements} and the
     * manager's {@code prepareOutgoingMessage} left in their MPv3 caches.
     */
    public void restorePendingState() {
        restore(agentCache, requestAtAgent, requestHandleAtAgent);
        restore(managerCache, requestAtManager, requestHandleAtManager);
    }

    /**
     * MPv3's cache holds a request's {@link PduHandle} only weakly and clears the state's own
     * reference to it while the entry is cached: whoever sent or received the request keeps the
     * handle ({@code Snmp}'s table of pending requests, the dispatcher's command responder event).
     * Here the fields {@code requestHandleAt*} keep it.
     */
    private static void restore(Object cache, StateReference<?> state, PduHandle handle) {
        state.setPduHandle(handle);
        addEntry(cache, state);
    }

    /** Removes again what {@link #restorePendingState()} put back (for measuring that alone). */
    public void dropPendingState() {
        popEntry(agentCache, requestAtAgent.getMsgID());
        popEntry(managerCache, requestAtManager.getMsgID());
    }

    /**
     * The agent answers: {@code MPv3.prepareResponseMessage} of the fixture's response with the
     * request's state, into a new buffer that USM allocates at the message's exact size.
     *
     * @return the message, positioned after its last byte
     * @throws IOException as SNMP4J declares
     */
    public ByteBuffer secureResponse() throws IOException {
        restore(agentCache, requestAtAgent, requestHandleAtAgent);
        return secureRestored();
    }

    /** {@link #secureResponse()} after the state was restored (for the test). */
    ByteBuffer secureRestored() throws IOException {
        check("agent prepareResponseMessage", agent.prepareResponseMessage(MessageProcessingModel.MPv3,
                UsmFixture.MSG_MAX_SIZE, SecurityModel.SECURITY_MODEL_USM, userName, SecurityLevel.AUTH_PRIV, response,
                maxSizeResponseScopedPdu, requestAtAgent, agentStatus, agentOut));
        return agentOut.getBuffer();
    }

    /**
     * The manager takes the response in: {@code MPv3.prepareDataElements}, as the dispatcher
     * calls it for a datagram from the agent.
     *
     * @param message the message's bytes from position 0 to its limit
     * @return the decrypted and decoded scoped PDU
     * @throws IllegalStateException if SNMP4J rejects the message
     */
    public ScopedPDU unsecureResponse(ByteBuffer message) {
        restore(managerCache, requestAtManager, requestHandleAtManager);
        return unsecureRestored(message);
    }

    /** {@link #unsecureResponse} after the state was restored (for the test). */
    ScopedPDU unsecureRestored(ByteBuffer message) {
        managerIn.setBuffer(message);
        check("manager prepareDataElements", manager.prepareDataElements(managerDispatcher, AGENT_ADDRESS, managerIn,
                managerTransportState, inModel, inSecurityModel, inSecurityName, inSecurityLevel, inPdu, inHandle,
                inMaxSizeResponse, inStatus, inState));
        return (ScopedPDU) inPdu.getPdu();
    }

    /** @return the security name the last {@link #unsecureResponse} reported */
    public OctetString lastSecurityName() {
        return inSecurityName;
    }

    /** @return the security level the last {@link #unsecureResponse} reported (SNMP4J's 1..3) */
    public int lastSecurityLevel() {
        return inSecurityLevel.getValue();
    }

    /** @return the response as SNMP4J encodes it, for the equivalence test */
    public ScopedPDU response() {
        return response;
    }

    /**
     * The localized keys SNMP4J's two USMs use for the fixture's user at the agent's engine.
     *
     * @return authentication key (agent), privacy key (agent), authentication key (manager), privacy key (manager)
     */
    public byte[][] localizedKeys() {
        OctetString engine = new OctetString(UsmFixture.AGENT_ENGINE_ID);
        OctetString name = new OctetString(userName);
        return new byte[][] {
            agentUsm.getUser(engine, name).getAuthenticationKey(), agentUsm.getUser(engine, name).getPrivacyKey(),
            managerUsm.getUser(engine, name).getAuthenticationKey(), managerUsm.getUser(engine, name).getPrivacyKey(),
        };
    }

    /**
     * SNMP4J's cold key localisation, as its USM localizes a user for an engine
     * ({@code USM.addLocalizedUsmUserEntry}): {@code SecurityProtocols.passwordToKey} for the
     * authentication key (password to key, then localisation) and for the privacy key (the same
     * with the authentication protocol's hash, then cut to AES-128's 16 octets).
     *
     * @param protocols the protocols
     * @param authPassword the authentication password
     * @param privPassword the privacy password
     * @param engineId the authoritative engine's ID
     * @return the authentication key and the privacy key
     */
    public static byte[][] localize(SecurityProtocols protocols, OctetString authPassword, OctetString privPassword,
                                    byte[] engineId) {
        OID auth = AuthHMAC192SHA256.ID;
        return new byte[][] {
            protocols.passwordToKey(auth, authPassword, engineId),
            protocols.passwordToKey(PrivAES128.ID, auth, privPassword, engineId),
        };
    }

    /** @return a fresh protocol set with only HMAC-SHA-256-192 and AES-128 */
    public static SecurityProtocols newProtocols() {
        return protocols();
    }

    /**
     * @param message a buffer positioned after a message's last byte
     * @return a copy of the message's bytes
     */
    public static byte[] bytes(ByteBuffer message) {
        return Arrays.copyOf(message.array(), message.position());
    }
}
