"""USM key derivation in plain python (hashlib only), written from the specifications.

- password to key (Ku) and localisation (Kul): RFC 3414 A.2.1 / A.2.2, with the hash
  swapped for SHA-2 as RFC 7860 section 9.3 says;
- priv key extension when the localized key is shorter than the cipher needs:
  Blumenthal (draft-blumenthal-aes-usm-04 3.1.2.1): Kul = Kul || H(Kul), repeated;
  Reeder (draft-reeder-snmpv3-usm-3desede-00 2.1 / Cisco AES192C/AES256C):
  Kul = Kul || localize(passwordToKey(Kul as the password)), repeated;
  then truncated to the length needed.

`python3 usmkeys.py` checks the functions against RFC 3414 A.3 and exits non-zero on a mismatch.
"""
import hashlib
import sys

# auth protocol name (Net-SNMP spelling) -> (hashlib name, OID Net-SNMP stores, MAC length)
AUTH = {
    "MD5": ("md5", ".1.3.6.1.6.3.10.1.1.2", 12),
    "SHA": ("sha1", ".1.3.6.1.6.3.10.1.1.3", 12),
    "SHA-224": ("sha224", ".1.3.6.1.6.3.10.1.1.4", 16),
    "SHA-256": ("sha256", ".1.3.6.1.6.3.10.1.1.5", 24),
    "SHA-384": ("sha384", ".1.3.6.1.6.3.10.1.1.6", 32),
    "SHA-512": ("sha512", ".1.3.6.1.6.3.10.1.1.7", 48),
}

# priv protocol name (Net-SNMP spelling) -> (OID Net-SNMP stores, key length Net-SNMP keeps,
# extension method when the localized key is shorter than that)
PRIV = {
    "none": (".1.3.6.1.6.3.10.1.2.1", 0, None),
    "DES": (".1.3.6.1.6.3.10.1.2.2", 16, None),      # 8 key octets + 8 pre-IV octets
    "AES": (".1.3.6.1.6.3.10.1.2.4", 16, None),
    "AES192": (".1.3.6.1.4.1.14832.1.3", 24, "blumenthal"),
    "AES256": (".1.3.6.1.4.1.14832.1.4", 32, "blumenthal"),
    "AES192C": (".1.3.6.1.4.1.9.12.6.1.1", 24, "reeder"),
    "AES256C": (".1.3.6.1.4.1.9.12.6.1.2", 32, "reeder"),
    # not in Net-SNMP 5.9.3 as built by Debian; usm3DESEDEPrivProtocol from the draft
    "3DES": (".1.3.6.1.6.3.10.1.2.3", 32, "reeder"),  # 24 key octets + 8 pre-IV octets
}

ONE_MEGABYTE = 1048576


def hash_name(auth):
    return AUTH[auth][0]


def password_to_key(auth, password):
    """Ku: the hash of the password repeated to exactly 1,048,576 octets (RFC 3414 A.2)."""
    if isinstance(password, str):
        password = password.encode("utf-8")
    if not password:
        raise ValueError("empty password")
    h = hashlib.new(hash_name(auth))
    block = password * (64 // len(password) + 2)   # feed in 64-octet chunks, as A.2 does
    pos = 0
    count = 0
    while count < ONE_MEGABYTE:
        start = pos % len(password)
        take = min(64, ONE_MEGABYTE - count)
        h.update(block[start:start + take])
        pos += take
        count += take
    return h.digest()


def password_to_key_simple(auth, password):
    """The same as password_to_key, written the obvious way (used to check it)."""
    if isinstance(password, str):
        password = password.encode("utf-8")
    stream = (password * (ONE_MEGABYTE // len(password) + 1))[:ONE_MEGABYTE]
    return hashlib.new(hash_name(auth), stream).digest()


def localize(auth, ku, engine_id):
    """Kul = H(Ku || engineID || Ku) (RFC 3414 A.2.2)."""
    return hashlib.new(hash_name(auth), ku + engine_id + ku).digest()


def extend_blumenthal(auth, kul, needed):
    key = kul
    while len(key) < needed:
        key = key + hashlib.new(hash_name(auth), key).digest()
    return key[:needed]


def extend_reeder(auth, kul, engine_id, needed):
    key = kul
    while len(key) < needed:
        key = key + localize(auth, password_to_key(auth, key), engine_id)
    return key[:needed]


def priv_key(auth, priv, kul, engine_id):
    """The priv key at the length the priv protocol keeps: truncated or extended Kul."""
    _, needed, method = PRIV[priv]
    if needed <= len(kul) or method is None:
        return kul[:needed]
    if method == "blumenthal":
        return extend_blumenthal(auth, kul, needed)
    return extend_reeder(auth, kul, engine_id, needed)


def is_extended(auth, priv):
    return PRIV[priv][1] > hashlib.new(hash_name(auth)).digest_size and PRIV[priv][2] is not None


class KeyCache:
    """Memoises Ku per (auth, password): 1 MiB of hashing each."""

    def __init__(self):
        self._ku = {}

    def ku(self, auth, password):
        k = (auth, password)
        if k not in self._ku:
            self._ku[k] = password_to_key(auth, password)
        return self._ku[k]

    def kul(self, auth, password, engine_id):
        return localize(auth, self.ku(auth, password), engine_id)


# RFC 3414 A.3.1 and A.3.2: password "maplesyrup", engine ID 00..00 02
RFC3414_ENGINE = bytes.fromhex("000000000000000000000002")
RFC3414_VECTORS = [
    ("MD5", "9faf3283884e92834ebc9847d8edd963", "526f5eed9fcce26f8964c2930787d82b"),
    ("SHA", "9fb5cc0381497b3793528939ff788d5d79145211",
     "6695febc9288e36282235fc7151f128497b38f3f"),
]


def self_test():
    problems = []
    for auth, ku_hex, kul_hex in RFC3414_VECTORS:
        ku = password_to_key(auth, "maplesyrup")
        kul = localize(auth, ku, RFC3414_ENGINE)
        if ku.hex() != ku_hex:
            problems.append(f"RFC 3414 A.3 {auth} Ku {ku.hex()} != {ku_hex}")
        if kul.hex() != kul_hex:
            problems.append(f"RFC 3414 A.3 {auth} Kul {kul.hex()} != {kul_hex}")
    for auth in AUTH:
        for pw in ("maplesyrup", "abcdefgh", "a-password-longer-than-sixty-four-octets-" * 2):
            if password_to_key(auth, pw) != password_to_key_simple(auth, pw):
                problems.append(f"chunked and simple password_to_key differ for {auth} {pw!r}")
    return problems


if __name__ == "__main__":
    errs = self_test()
    for e in errs:
        print("FAIL", e)
    print("usmkeys self-test:", "FAIL" if errs else "ok (RFC 3414 A.3 MD5 and SHA Ku/Kul)")
    sys.exit(1 if errs else 0)
