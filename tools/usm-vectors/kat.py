"""Cipher known-answer material: the `openssl enc` CLI as the cipher, a tiny BER encoder for
the plaintexts (BER-encoded scoped PDUs), and the USM IV rules.

- DES-CBC (RFC 3414 8.1.1.1): key = privKey[0:8], pre-IV = privKey[8:16],
  salt = engineBoots (4 octets, big-endian) || a local 32-bit counter, IV = pre-IV XOR salt.
- 3DES-EDE CBC (draft-reeder-snmpv3-usm-3desede-00): key = privKey[0:24] (K1 || K2 || K3),
  pre-IV = privKey[24:32], salt and IV as for DES.
- AES-CFB-128 (RFC 3826 3.1.2.1; AES-192/256 the same with longer keys):
  IV = engineBoots (4) || engineTime (4) || salt (8, the msgPrivacyParameters), no padding.
"""
import subprocess

# openssl cipher name per priv protocol; DES needs the legacy provider in OpenSSL 3
OPENSSL_CIPHER = {
    "DES": "des-cbc",
    "3DES": "des-ede3-cbc",
    "AES": "aes-128-cfb",
    "AES192": "aes-192-cfb",
    "AES256": "aes-256-cfb",
    "AES192C": "aes-192-cfb",
    "AES256C": "aes-256-cfb",
}
KEY_LEN = {"DES": 8, "3DES": 24, "AES": 16, "AES192": 24, "AES256": 32, "AES192C": 24,
           "AES256C": 32}
_PROVIDER_CHOICES = [[], ["-provider", "legacy", "-provider", "default"]]
_provider_for = {}


def openssl_command(cipher, key, iv, decrypt=False):
    """The argv used for `cipher` (probing once whether it needs the legacy provider)."""
    if cipher not in _provider_for:
        key_len = {"des-cbc": 8, "des-ede3-cbc": 24}.get(cipher, 32)
        iv_len = 8 if cipher.startswith("des") else 16
        for extra in _PROVIDER_CHOICES:
            argv = (["openssl", "enc", "-" + cipher] + extra
                    + ["-K", "00" * key_len, "-iv", "00" * iv_len, "-nopad"])
            r = subprocess.run(argv, input=b"\0" * 16, capture_output=True)
            if r.returncode == 0 and len(r.stdout) == 16:
                _provider_for[cipher] = extra
                break
        else:
            raise SystemExit(f"openssl cannot run {cipher}")
    argv = ["openssl", "enc", "-" + cipher] + _provider_for[cipher]
    if decrypt:
        argv.append("-d")
    return argv + ["-K", key.hex(), "-iv", iv.hex(), "-nopad"]


def openssl(cipher, key, iv, data, decrypt=False):
    r = subprocess.run(openssl_command(cipher, key, iv, decrypt), input=data,
                       capture_output=True)
    if r.returncode != 0:
        raise RuntimeError(f"openssl {cipher} failed: {r.stderr.decode(errors='replace')}")
    if len(r.stdout) != len(data):
        raise RuntimeError(f"openssl {cipher} returned {len(r.stdout)} octets for {len(data)}")
    return r.stdout


def openssl_template(priv):
    """The command line as documented in the file headers."""
    cipher = OPENSSL_CIPHER[priv]
    extra = " ".join(_provider_for.get(cipher, []))
    return f"openssl enc -{cipher} {extra + ' ' if extra else ''}-K <key> -iv <iv> -nopad"


def xor(a, b):
    return bytes(x ^ y for x, y in zip(a, b, strict=True))


def des_iv(pre_iv, salt):
    return xor(pre_iv, salt)


def aes_iv(boots, etime, salt):
    return boots.to_bytes(4, "big") + etime.to_bytes(4, "big") + salt


# ------------------------------------------------------------------ BER encoding (plaintexts)

def _len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def tlv(tag, value):
    return bytes([tag]) + _len(len(value)) + value


def ber_int(v):
    n = 1
    while not -(1 << (8 * n - 1)) <= v < (1 << (8 * n - 1)):
        n += 1
    return tlv(0x02, v.to_bytes(n, "big", signed=True))


def ber_oid(dotted):
    arcs = [int(a) for a in dotted.strip(".").split(".")]
    out = bytearray()
    for i, arc in enumerate([arcs[0] * 40 + arcs[1]] + arcs[2:]):
        chunk = [arc & 0x7F]
        arc >>= 7
        while arc:
            chunk.append(0x80 | (arc & 0x7F))
            arc >>= 7
        out += bytes(reversed(chunk))
    return tlv(0x06, bytes(out))


def seq(*parts):
    return tlv(0x30, b"".join(parts))


def scoped_pdu(engine, kind, request_id):
    """A BER scoped PDU: a GetRequest for sysDescr.0 and sysUpTime.0, or a Response to it."""
    if kind == "get":
        vbs = [seq(ber_oid("1.3.6.1.2.1.1.1.0"), tlv(0x05, b"")),
               seq(ber_oid("1.3.6.1.2.1.1.3.0"), tlv(0x05, b""))]
        pdu_tag = 0xA0
    else:
        vbs = [seq(ber_oid("1.3.6.1.2.1.1.1.0"), tlv(0x04, b"ksnmp USM test vector")),
               seq(ber_oid("1.3.6.1.2.1.1.3.0"), tlv(0x43, (123456789).to_bytes(4, "big")))]
        pdu_tag = 0xA2
    pdu = tlv(pdu_tag, ber_int(request_id) + ber_int(0) + ber_int(0) + seq(*vbs))
    return seq(tlv(0x04, engine), tlv(0x04, b""), pdu)


def pad8(data):
    """RFC 3414 8.1.1.2: pad to a multiple of 8 octets (the value does not matter; zeros here)."""
    return data + b"\0" * (-len(data) % 8)
