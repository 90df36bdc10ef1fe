package io.ksnmp.usm;

/** A user's localized keys with the keyed HMAC and cipher made from them, for one thread. */
final class PreparedKeys {
    final LocalizedKeys keys;
    final AuthProtocol auth;
    final PrivProtocol priv;
    final UsmCrypto.Hmac hmac;
    final UsmCrypto.PrivCipher cipher;
    final byte[] preIv;

    PreparedKeys(UsmCrypto crypto, LocalizedKeys keys) {
        this.keys = keys;
        this.auth = keys.user().authProtocolOrNull();
        this.priv = keys.user().privProtocolOrNull();
        this.hmac = auth == null ? null : crypto.hmac(auth, keys.authKeyUnsafe());
        if (priv == null) {
            this.cipher = null;
            this.preIv = null;
        } else {
            byte[] material = keys.privKeyUnsafe();
            this.cipher = crypto.cipher(priv, java.util.Arrays.copyOf(material, priv.keyLength()));
            this.preIv = java.util.Arrays.copyOfRange(material, priv.keyLength(), priv.keyMaterialLength());
        }
    }
}
