"""Encrypted SNMPv3 datagrams produced by Net-SNMP itself, decrypted here with python's keys.

For every user of snmpd's own engine with a priv protocol, snmpget -d sends one authPriv GET
(sysObjectID.0) and prints the datagrams. The authPriv request (encrypted by snmpget's
library from the passwords) and response (encrypted by snmpd with the keys of its usmUser
entry) are checked here: the HMAC in msgAuthenticationParameters matches python's authKey, and
`openssl enc -d` with python's privKey and the RFC IV rules gives a well-formed scoped PDU whose
contextEngineID is the engine ID. For AES192/AES256 users whose Kul is shorter than the AES
key, decrypting with the other extension's key must NOT give a scoped PDU.
"""
import hashlib
import hmac

import kat
import netsnmp
import usmkeys
from usmkeys import AUTH

REQUEST_OID = ".1.3.6.1.2.1.1.2.0"   # sysObjectID.0: same value on every Linux snmpd


def collect(d, combos, user_name, env, rep):
    dumps = []
    for block, auth, priv in combos:
        prefix, engine, ap, pp, _ = block
        name = user_name(prefix, auth, priv)
        rc, values, packets = netsnmp.snmpget_dump(
            ["-m", "", "-On", "-v3", "-l", "authPriv", "-u", name, "-a", auth, "-A", ap,
             "-x", priv, "-X", pp, "-r0", "-t5", f"127.0.0.1:{d.port}", REQUEST_OID], env)
        rep.check(rc == 0 and values, f"snmpget as {name} failed (rc {rc})")
        dumps.append({"block": block, "auth": auth, "priv": priv, "name": name,
                      "packets": packets})
    return dumps


def check_scoped_pdu(plain, engine, priv):
    """The scoped PDU length if `plain` is one (DES: plus < 8 octets of padding), else None."""
    b = netsnmp.Ber(plain)
    try:
        tag, s, e = b.tlv(0)
        if tag != 0x30:
            return None
        if priv == "DES" or priv == "3DES":
            if not 0 <= len(plain) - e < 8:
                return None
        elif e != len(plain):
            return None
        ch = b.children(s, e)
        if len(ch) != 3 or ch[0][0] != 0x04 or ch[1][0] != 0x04 or not 0xA0 <= ch[2][0] <= 0xA8:
            return None
        if b.bytes_at(ch[0]) != engine:
            return None
        b.children(ch[2][1], ch[2][2])
        return e
    except netsnmp.BerError:
        return None


def cipher_params(priv, priv_key, f):
    """(openssl cipher, key, iv, extra fields) for a parsed message f."""
    if priv == "DES":
        pre_iv = priv_key[8:16]
        return ("des-cbc", priv_key[:8], kat.des_iv(pre_iv, f["privParams"]),
                [("preIV", pre_iv.hex())])
    return (kat.OPENSSL_CIPHER[priv], priv_key[:kat.KEY_LEN[priv]],
            kat.aes_iv(f["engineBoots"], f["engineTime"], f["privParams"]), [])


def other_variant(priv):
    return {"AES192": "AES192C", "AES256": "AES256C", "AES192C": "AES192",
            "AES256C": "AES256"}.get(priv)


def sample_line(dump, direction, msg, keys, rep):
    prefix, engine, ap, pp, _ = dump["block"]
    auth, priv, name = dump["auth"], dump["priv"], dump["name"]
    what = f"{name} {direction}"
    f = netsnmp.parse_v3(msg)
    rep.check(f["user"] == name and f["engine"] == engine and f["securityModel"] == 3
              and f["dataTag"] == 0x04, f"{what}: unexpected header fields")
    auth_key = keys.kul(auth, ap, engine)
    priv_key = usmkeys.priv_key(auth, priv, keys.kul(auth, pp, engine), engine)
    lo, hi = f["authParamsRange"]
    zeroed = msg[:lo] + b"\0" * (hi - lo) + msg[hi:]
    mac = hmac.new(auth_key, zeroed, AUTH[auth][0]).digest()[:AUTH[auth][2]]
    mac_ok = rep.check(mac == f["authParams"], f"{what}: HMAC with python's authKey differs")
    cipher, key, iv, extra = cipher_params(priv, priv_key, f)
    plain = kat.openssl(cipher, key, iv, f["data"], decrypt=True)
    length = check_scoped_pdu(plain, engine, priv)
    dec_ok = rep.check(length is not None,
                       f"{what}: python's privKey does not decrypt to a scoped PDU")
    wrong_ok = None
    other = other_variant(priv)
    if other and usmkeys.is_extended(auth, priv):
        wrong_key = usmkeys.priv_key(auth, other, keys.kul(auth, pp, engine), engine)
        c2, k2, iv2, _ = cipher_params(priv, wrong_key, f)
        wrong_ok = rep.check(check_scoped_pdu(kat.openssl(c2, k2, iv2, f["data"], decrypt=True),
                                              engine, priv) is None,
                             f"{what}: the {other} key decrypts it too")
    fields = [("source", "snmpget" if direction == "request" else "snmpd"),
              ("direction", direction), ("user", name), ("auth", auth), ("priv", priv),
              ("engine", engine.hex()), ("authpass", ap), ("privpass", pp),
              ("authKey", auth_key.hex()), ("privKey", priv_key.hex()),
              ("msgFlags", f"{f['flags']:02x}"), ("engineBoots", f["engineBoots"]),
              ("engineTime", f["engineTime"]), ("privParams", f["privParams"].hex()),
              ("key", key.hex())] + extra + [
              ("iv", iv.hex()), ("scopedPduLength", length if length is not None else -1),
              ("plaintext", plain.hex()), ("ciphertext", f["data"].hex()),
              ("authParams", f["authParams"].hex()), ("message", msg.hex())]
    return fields, mac_ok, dec_ok, wrong_ok


def samples_file(dumps, users, keys, rep, version):
    lines = [
        f"# Encrypted SNMPv3 datagrams produced by Net-SNMP {version}, decrypted by python/openssl.",
        "# Generated by tools/usm-vectors/make_vectors.py (README.md there); values change per run.",
        "# source=snmpget: the authPriv GET request snmpget sent (its library derived the keys from",
        "# the passwords); source=snmpd: the response snmpd sent (keys of its usmUser entry).",
        "# authKey/privKey: python's keys (equal to netsnmp-keys.txt). authParams verifies as the",
        "# truncated HMAC of `message` with authParams zeroed. key/iv: what decrypts `ciphertext`",
        "# (the msgData OCTET STRING contents) to `plaintext`: DES-CBC key = privKey[0:8],",
        "# preIV = privKey[8:16], iv = preIV XOR privParams; AES-CFB128 key = privKey (16/24/32),",
        "# iv = engineBoots(4) || engineTime(4) || privParams(8). plaintext is the scoped PDU plus,",
        "# for DES, Net-SNMP's padding (scopedPduLength = the scoped PDU's BER length).",
        "# msgFlags 07 = authPriv|reportable (request), 03 = authPriv (response).",
    ]
    counts = {"lines": 0, "mac": 0, "dec": 0, "wrong": 0, "wrong_ok": 0}
    for dump in dumps:
        enc = [(d, m) for d, m in dump["packets"] if netsnmp.parse_v3(m)["flags"] & 2]
        dirs = [d for d, _ in enc]
        if not rep.check(dirs == ["sent", "received"],
                         f"{dump['name']}: expected one encrypted request and response, got {dirs}"):
            continue
        for direction, msg in enc:
            fields, mac_ok, dec_ok, wrong_ok = sample_line(
                dump, "request" if direction == "sent" else "response", msg, keys, rep)
            lines.append(" ".join(f"{k}={v}" for k, v in fields))
            counts["lines"] += 1
            counts["mac"] += mac_ok
            counts["dec"] += dec_ok
            if wrong_ok is not None:
                counts["wrong"] += 1
                counts["wrong_ok"] += wrong_ok
    rep.notes.append(
        f"netsnmp-priv-samples.txt: {counts['lines']} Net-SNMP datagrams; HMAC verified with "
        f"python authKey: {counts['mac']}; decrypted to a scoped PDU with python privKey: "
        f"{counts['dec']}; other AES extension's key rejected: {counts['wrong_ok']} of "
        f"{counts['wrong']}")
    return lines
