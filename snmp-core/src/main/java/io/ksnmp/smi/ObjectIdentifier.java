package io.ksnmp.smi;

import io.ksnmp.ber.BerTag;
import java.util.Objects;

/**
 * An OBJECT IDENTIFIER used as a value (sysObjectID, for instance), as opposed to an
 * {@link Oid} used as a name.
 *
 * <pre>{@code
 * Variable v = ObjectIdentifier.of(Oid.parse("1.3.6.1.4.1.8072.3.2.10"));
 * v.toString();     // "OID: .1.3.6.1.4.1.8072.3.2.10"
 * }</pre>
 *
 * @param oid the identifier
 */
public record ObjectIdentifier(Oid oid) implements Variable {
    /**
     * @param oid the identifier
     */
    public ObjectIdentifier {
        Objects.requireNonNull(oid, "oid");
    }

    /**
     * @param oid the identifier
     * @return the value
     */
    public static ObjectIdentifier of(Oid oid) {
        return new ObjectIdentifier(oid);
    }

    /**
     * @param dotted dotted-decimal text, see {@link Oid#parse(String)}
     * @return the value
     */
    public static ObjectIdentifier parse(String dotted) {
        return new ObjectIdentifier(Oid.parse(dotted));
    }

    @Override
    public int tag() {
        return BerTag.OBJECT_IDENTIFIER;
    }

    @Override
    public String toString() {
        return "OID: " + oid.toDottedString();
    }
}
