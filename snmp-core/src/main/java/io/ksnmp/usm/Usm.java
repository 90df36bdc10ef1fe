package io.ksnmp.usm;

import io.ksnmp.ber.BerDecodingException;
import io.ksnmp.ber.BerTag;
import io.ksnmp.ber.BerWriter;
import io.ksnmp.message.MessageCodec;
import io.ksnmp.message.MsgFlags;
import io.ksnmp.message.ScopedPdu;
import io.ksnmp.message.V3Message;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The User-based Security Model's message processing (RFC 3414 §3): securing outgoing SNMPv3
 * messages (encrypt the scoped PDU, then authenticate the whole message) and checking incoming
 * ones (user, security level, MAC, timeliness, decryption), in either role. I/O-free and
 * time-free: the clock is an argument.
 *
 * <pre>{@code
 * Usm usm = new Usm(JceUsmCrypto.create());
 * BerWriter w = new BerWriter();
 * usm.secure(w, new OutgoingParameters(msgId, 65507, true, SecurityLevel.AUTH_PRIV, user.name(), keys,
 *         agent.engineId(), agent.boots(), agent.estimatedTime(now)), scopedPdu);
 * // send w.array()[w.offset() .. + w.size())
 *
 * V3Message reply = (V3Message) MessageCodec.decode(datagram, 0, n);
 * UsmIncoming result = usm.unsecureFromAuthoritative(datagram, 0, n, reply, agent, (id, name) -> keys, now);
 * }</pre>
 *
 * <p>A {@code Usm} keeps keyed HMACs and ciphers for the users it has seen and is meant for one
 * thread (an engine's event loop); make one per thread.
 */
public final class Usm {
    private static final byte[] EMPTY = new byte[0];
    private static final int PREPARED_BOUND = 10_000;

    private final UsmCrypto crypto;
    private final SaltSource salts;
    private final BerWriter scratch = new BerWriter(128);
    private final byte[] macScratch = new byte[64];
    private final byte[] savedMac = new byte[64];
    /** Cipher output: the JDK copies its input when encrypting or decrypting in place. */
    private byte[] textScratch = new byte[2048];
    private final Map<LocalizedKeys, PreparedKeys> prepared = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<LocalizedKeys, PreparedKeys> eldest) {
            return size() > PREPARED_BOUND;
        }
    };

    /**
     * @param crypto the primitives
     */
    public Usm(UsmCrypto crypto) {
        this(crypto, new SecureRandom());
    }

    /**
     * @param crypto the primitives
     * @param random seeds the salt counters
     */
    public Usm(UsmCrypto crypto, SecureRandom random) {
        this.crypto = crypto;
        this.salts = new SaltSource(random);
    }

    private PreparedKeys prepare(LocalizedKeys keys) {
        PreparedKeys p = prepared.get(keys);
        if (p == null) {
            p = new PreparedKeys(crypto, keys);
            prepared.put(keys, p);
        }
        return p;
    }

    /**
     * Encodes and secures a message into {@code w} (which is reset first).
     *
     * @param w the writer; afterwards it holds exactly the message
     * @param p header, level, user and authoritative engine
     * @param scoped the scoped PDU
     * @return the message length
     */
    public int secure(BerWriter w, OutgoingParameters p, ScopedPdu scoped) {
        w.reset();
        MessageCodec.writeScopedPdu(w, scoped);
        byte[] privParams = EMPTY;
        PreparedKeys keys = p.level().isAuth() ? prepare(p.keysOrNull()) : null;
        if (p.level().isPriv()) {
            privParams = encryptScopedPdu(w, keys, p.engineBoots(), p.engineTime());
        }
        int macLength = keys == null ? 0 : keys.auth.macLength();
        UsmSecurityParameters params = new UsmSecurityParameters(p.engineId(), p.engineBoots(), p.engineTime(),
                p.userName(), macLength == 0 ? EMPTY : new byte[macLength], privParams);
        UsmSecurityParameters.Encoded encoded = params.encode(scratch);
        int flags = p.level().flags() | (p.reportable() ? MsgFlags.REPORTABLE : 0);
        int paramsOffset = MessageCodec.writeV3Envelope(w, 0, p.msgId(), p.msgMaxSize(), flags, V3Message.USM,
                encoded.bytes());
        if (keys != null) {
            byte[] message = w.array();
            keys.hmac.compute(message, w.offset(), w.size(), macScratch, 0);
            System.arraycopy(macScratch, 0, message, w.offset() + paramsOffset + encoded.authenticationOffset(), macLength);
        }
        return w.size();
    }

    /** Replaces the plaintext scoped PDU in {@code w} by its encryption as an OCTET STRING; returns the salt. */
    private byte[] encryptScopedPdu(BerWriter w, PreparedKeys keys, int boots, int time) {
        int length = w.size();
        int start = w.offset();
        byte[] salt = new byte[8];
        if (keys.priv.isCbc()) {
            putInt(salt, 0, boots);
            putInt(salt, 4, salts.nextDesSalt());
            byte[] iv = new byte[8];
            for (int i = 0; i < 8; i++) {
                iv[i] = (byte) (keys.preIv[i] ^ salt[i]);
            }
            byte[] text = Arrays.copyOf(Arrays.copyOfRange(w.array(), start, start + length), (length + 7) & ~7);
            keys.cipher.encrypt(iv, text, 0, text.length, text, 0);
            w.reset();
            w.writeOctets(BerTag.OCTET_STRING, text);
        } else {
            long s = salts.nextAesSalt();
            putInt(salt, 0, (int) (s >>> 32));
            putInt(salt, 4, (int) s);
            byte[] out = textScratch(length);
            keys.cipher.encrypt(aesIv(boots, time, salt), w.array(), start, length, out, 0);
            System.arraycopy(out, 0, w.array(), start, length);
            w.writeHeader(BerTag.OCTET_STRING, length);
        }
        return salt;
    }

    private byte[] textScratch(int length) {
        if (textScratch.length < length) {
            textScratch = new byte[Math.max(length, textScratch.length * 2)];
        }
        return textScratch;
    }

    private static byte[] aesIv(int boots, int time, byte[] salt) {
        byte[] iv = new byte[16];
        putInt(iv, 0, boots);
        putInt(iv, 4, time);
        System.arraycopy(salt, 0, iv, 8, 8);
        return iv;
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    /**
     * Checks a message sent to this engine as the authoritative one: a request to an agent, an
     * inform to a notification receiver (RFC 3414 §3.2 with step 7a).
     *
     * @param bytes the datagram; MAC octets are zeroed during verification and restored before return
     * @param offset where the message starts
     * @param length its length
     * @param message the message as decoded from those bytes
     * @param local this engine
     * @param users the users this engine knows
     * @param nowMillis the local clock
     * @return accepted or rejected; for rejections the caller sends the Report RFC 3414 asks for
     */
    public UsmIncoming unsecureAsAuthoritative(byte[] bytes, int offset, int length, V3Message message,
                                              LocalEngine local, UserLookup users, long nowMillis) {
        return unsecure(bytes, offset, length, message, users, nowMillis, local, null, true);
    }

    /**
     * Checks a message from an authoritative engine: a response or report to a request, a trap
     * (RFC 3414 §3.2 with step 7b). Accepted authenticated messages re-anchor {@code remote}.
     *
     * @param bytes the datagram; MAC octets are zeroed during verification and restored before return
     * @param offset where the message starts
     * @param length its length
     * @param message the message as decoded from those bytes
     * @param remoteOrNull what is known of the sender, or null for a first contact (no time
     *     check; the caller anchors a new {@link RemoteEngine} from the accepted parameters)
     * @param users finds the keys of the user the message names, localized to the sender
     * @param nowMillis the local clock
     * @return accepted or rejected
     */
    public UsmIncoming unsecureFromAuthoritative(byte[] bytes, int offset, int length, V3Message message,
                                                RemoteEngine remoteOrNull, UserLookup users, long nowMillis) {
        return unsecure(bytes, offset, length, message, users, nowMillis, null, remoteOrNull, false);
    }

    private UsmIncoming unsecure(byte[] bytes, int offset, int length, V3Message m, UserLookup users, long now,
                                 LocalEngine local, RemoteEngine remote, boolean authoritative) {
        if (m.securityModel() != V3Message.USM || !MsgFlags.isValidLevel(m.msgFlags())) {
            return new UsmIncoming.Rejected(m, UsmFailure.PARSE_ERROR, null, null);
        }
        UsmSecurityParameters params;
        int authOffset;
        try {
            int at = m.securityParametersOffset();
            int[] authAt = new int[1];
            if (at >= 0) {
                params = UsmSecurityParameters.decode(bytes, offset + at, m.securityParametersLength(), authAt);
            } else {
                byte[] raw = m.securityParameters();
                params = UsmSecurityParameters.decode(raw, 0, raw.length, authAt);
            }
            authOffset = authAt[0];
        } catch (BerDecodingException e) {
            return new UsmIncoming.Rejected(m, UsmFailure.PARSE_ERROR, null, null);
        }
        SecurityLevel level = SecurityLevel.fromFlags(m.msgFlags());
        if (authoritative ? !Arrays.equals(params.engineId(), local.engineIdUnsafe()) : !EngineIds.isValid(params.engineId())) {
            // An authoritative sender's ID must be a real snmpEngineID (5..32 octets).
            return new UsmIncoming.Rejected(m, UsmFailure.UNKNOWN_ENGINE_ID, params, null);
        }
        LocalizedKeys keys = users.findOrNull(params.engineId(), params.userName());
        if (keys == null) {
            if (!authoritative && level == SecurityLevel.NO_AUTH_NO_PRIV && !m.isEncrypted()) {
                // An unsecured message from an authoritative engine claims nothing about a user:
                // discovery Reports (empty user name) and noAuthNoPriv traps are taken as such.
                return new UsmIncoming.Accepted(m, params, level, null, m.scopedPduOrNull());
            }
            return new UsmIncoming.Rejected(m, UsmFailure.UNKNOWN_USER_NAME, params, null);
        }
        if (!keys.user().supports(level)) {
            return new UsmIncoming.Rejected(m, UsmFailure.UNSUPPORTED_SECURITY_LEVEL, params, keys);
        }
        if (!level.isAuth()) {
            if (m.isEncrypted()) {
                return new UsmIncoming.Rejected(m, UsmFailure.PARSE_ERROR, params, keys);
            }
            return new UsmIncoming.Accepted(m, params, level, keys, m.scopedPduOrNull());
        }
        PreparedKeys prepared = prepare(keys);
        if (!verifyMac(bytes, offset, length, offset + m.securityParametersOffset() + authOffset, params, prepared)) {
            return new UsmIncoming.Rejected(m, UsmFailure.WRONG_DIGEST, params, keys);
        }
        boolean timely = authoritative
                ? local.isInTimeWindow(params.engineBoots(), params.engineTime(), now)
                : remote == null || remote.acceptAuthenticated(params.engineBoots(), params.engineTime(), now);
        if (!timely) {
            return new UsmIncoming.Rejected(m, UsmFailure.NOT_IN_TIME_WINDOW, params, keys);
        }
        if (!level.isPriv()) {
            if (m.isEncrypted()) {
                return new UsmIncoming.Rejected(m, UsmFailure.PARSE_ERROR, params, keys);
            }
            return new UsmIncoming.Accepted(m, params, level, keys, m.scopedPduOrNull());
        }
        ScopedPdu scoped = decrypt(bytes, offset, m, params, prepared);
        if (scoped == null) {
            return new UsmIncoming.Rejected(m, UsmFailure.DECRYPTION_ERROR, params, keys);
        }
        return new UsmIncoming.Accepted(m, params, level, keys, scoped);
    }

    private boolean verifyMac(byte[] bytes, int offset, int length, int macAt, UsmSecurityParameters params,
                              PreparedKeys keys) {
        byte[] received = params.authenticationParameters();
        int macLength = keys.auth.macLength();
        if (received.length != macLength) {
            return false;
        }
        System.arraycopy(bytes, macAt, savedMac, 0, macLength);
        Arrays.fill(bytes, macAt, macAt + macLength, (byte) 0);
        try {
            keys.hmac.compute(bytes, offset, length, macScratch, 0);
        } finally {
            System.arraycopy(savedMac, 0, bytes, macAt, macLength);
        }
        int difference = 0;
        for (int i = 0; i < macLength; i++) {
            difference |= macScratch[i] ^ received[i];
        }
        return difference == 0;
    }

    private ScopedPdu decrypt(byte[] bytes, int offset, V3Message m, UsmSecurityParameters params, PreparedKeys keys) {
        byte[] salt = params.privacyParameters();
        int length = m.encryptedPduLength();
        if (length < 0 || salt.length != 8) {
            return null;
        }
        byte[] iv;
        if (keys.priv.isCbc()) {
            if (length % 8 != 0 || length == 0) {
                return null;
            }
            iv = new byte[8];
            for (int i = 0; i < 8; i++) {
                iv[i] = (byte) (keys.preIv[i] ^ salt[i]);
            }
        } else {
            iv = aesIv(params.engineBoots(), params.engineTime(), salt);
        }
        byte[] text = textScratch(length);
        if (m.encryptedPduOffset() >= 0) {
            // Straight from the datagram: no copy of the ciphertext.
            keys.cipher.decrypt(iv, bytes, offset + m.encryptedPduOffset(), length, text, 0);
        } else {
            byte[] encrypted = m.encryptedPduOrNull();
            keys.cipher.decrypt(iv, encrypted, 0, length, text, 0);
        }
        try {
            return MessageCodec.decodeScopedPdu(text, 0, length, true);
        } catch (BerDecodingException e) {
            return null;
        }
    }
}
