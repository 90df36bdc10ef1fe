package io.ksnmp.usm;

/** How a localized key shorter than a privacy protocol needs is lengthened. */
public enum KeyExtension {
    /** No extension: the localized key is long enough for the protocol with any hash it allows. */
    NONE,
    /**
     * draft-blumenthal-aes-usm-04 §3.1.2.1: repeatedly {@code Kul = Kul || H(Kul)}.
     */
    BLUMENTHAL,
    /**
     * draft-reeder-snmpv3-usm-3desede §2.1: repeatedly {@code Kul = Kul || localize(passwordToKey(Kul))},
     * using the localized key itself as the password.
     */
    REEDER,
}
