#!/usr/bin/env python3
"""A small, self-contained BER walker for SNMP messages (independent of ksnmp's Java code).

Subcommands:
  annotate.py dump HEX...             print the annotated TLV tree of raw hex datagram(s)
  annotate.py build WORKDIR OUTDIR    turn a capture run (see capture.sh) into .hex resources
  annotate.py verify FILE_OR_DIR...   re-read .hex resources: bytes and headers agree

Every datagram is parsed strictly (definite lengths only, no trailing bytes); encodings that
are legal BER but not DER-minimal (long-form lengths that could be shorter, INTEGER contents
with a redundant leading 00/ff byte) are flagged in the annotations and counted in the
build summary.
"""
import json
import os
import re
import shlex
import sys

# ---------------------------------------------------------------------------- BER walker


class BerError(Exception):
    pass


class Tlv:
    """One TLV: raw header bytes, contents and (for constructed ones) children."""

    def __init__(self, buf, start, tag_end, hdr_end, end, length_octets):
        self.buf = buf
        self.start = start          # offset of the first tag byte
        self.tag_end = tag_end      # offset just past the tag bytes
        self.hdr_end = hdr_end      # offset of the first content byte
        self.end = end              # offset just past the contents
        self.length_octets = length_octets
        self.tag = buf[start]       # SNMP only uses single-byte tags; checked below
        self.constructed = bool(self.tag & 0x20)
        self.children = None
        self.anomalies = []

    def note(self, text):
        if text not in self.anomalies:
            self.anomalies.append(text)

    @property
    def header(self):
        return self.buf[self.start:self.hdr_end]

    @property
    def content(self):
        return self.buf[self.hdr_end:self.end]

    def kids(self):
        if self.children is None:
            self.children = parse_all(self.buf, self.hdr_end, self.end)
        return self.children


def parse_one(buf, off, limit):
    if off >= limit:
        raise BerError(f"offset {off}: expected a tag, found end of data")
    start = off
    if buf[off] & 0x1F == 0x1F:
        raise BerError(f"offset {off}: multi-byte tag {buf[off]:02x} (never used by SNMP)")
    off += 1
    tag_end = off
    if off >= limit:
        raise BerError(f"offset {off}: expected a length, found end of data")
    first = buf[off]
    off += 1
    anomalies = []
    if first < 0x80:
        length = first
    elif first == 0x80:
        raise BerError(f"offset {off - 1}: indefinite length (not allowed in SNMP)")
    else:
        n = first & 0x7F
        if n > 4 or off + n > limit:
            raise BerError(f"offset {off - 1}: long-form length with {n} octets")
        length = int.from_bytes(buf[off:off + n], "big")
        off += n
        minimal = 0 if length < 0x80 else (length.bit_length() + 7) // 8
        if n != minimal:
            anomalies.append(f"non-minimal length {buf[start + 1:off].hex(' ')}"
                             f" (= {length}; minimal form is "
                             f"{_minimal_length(length).hex(' ')})")
    hdr_end = off
    end = hdr_end + length
    if end > limit:
        raise BerError(f"offset {start}: length {length} runs past the enclosing end {limit}")
    t = Tlv(buf, start, tag_end, hdr_end, end, buf[tag_end:hdr_end])
    t.anomalies = anomalies
    return t


def _minimal_length(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def parse_all(buf, off, end):
    out = []
    while off < end:
        t = parse_one(buf, off, end)
        out.append(t)
        off = t.end
    return out


def parse_message(buf):
    root = parse_one(buf, 0, len(buf))
    if root.end != len(buf):
        raise BerError(f"{len(buf) - root.end} trailing bytes after the message")
    return root


# ---------------------------------------------------------------------------- SMI values

TAG_NAMES = {
    0x02: "INTEGER", 0x04: "OCTET STRING", 0x05: "NULL", 0x06: "OBJECT IDENTIFIER",
    0x30: "SEQUENCE", 0x40: "IpAddress", 0x41: "Counter32", 0x42: "Gauge32",
    0x43: "TimeTicks", 0x44: "Opaque", 0x46: "Counter64",
    0x80: "noSuchObject [0]", 0x81: "noSuchInstance [1]", 0x82: "endOfMibView [2]",
}
PDU_NAMES = {
    0xA0: ("get", "GetRequest-PDU"), 0xA1: ("getnext", "GetNextRequest-PDU"),
    0xA2: ("response", "Response-PDU"), 0xA3: ("set", "SetRequest-PDU"),
    0xA4: ("trap", "Trap-PDU (SNMPv1)"), 0xA5: ("getbulk", "GetBulkRequest-PDU"),
    0xA6: ("inform", "InformRequest-PDU"), 0xA7: ("trap2", "SNMPv2-Trap-PDU"),
    0xA8: ("report", "Report-PDU"),
}
ERROR_NAMES = [
    "noError", "tooBig", "noSuchName", "badValue", "readOnly", "genErr", "noAccess",
    "wrongType", "wrongLength", "wrongEncoding", "wrongValue", "noCreation",
    "inconsistentValue", "resourceUnavailable", "commitFailed", "undoFailed",
    "authorizationError", "notWritable", "inconsistentName",
]
GENERIC_TRAPS = ["coldStart", "warmStart", "linkDown", "linkUp", "authenticationFailure",
                 "egpNeighborLoss", "enterpriseSpecific"]
VERSION_NAMES = {0: "v1", 1: "v2c", 3: "v3"}
INTEGER_LIKE = {0x02, 0x41, 0x42, 0x43, 0x46, 0x47}


def int_value(t):
    c = t.content
    if not c:
        raise BerError(f"offset {t.start}: zero-length integer")
    if len(c) > 1 and ((c[0] == 0 and c[1] < 0x80) or (c[0] == 0xFF and c[1] >= 0x80)):
        t.note(f"redundant leading byte {c[0]:02x} in integer contents")
    return int.from_bytes(c, "big", signed=True)


def unsigned_value(t, bits):
    v = int_value(t)
    if v < 0 or v >= (1 << bits):
        t.note(f"value {v} outside the unsigned {bits}-bit range")
    return v & ((1 << bits) - 1)


def oid_value(t):
    c = t.content
    if not c:
        raise BerError(f"offset {t.start}: empty OBJECT IDENTIFIER")
    subids, cur, started = [], 0, False
    for b in c:
        if not started and b == 0x80:
            t.note("sub-identifier with a redundant leading 80 byte")
        started = True
        cur = (cur << 7) | (b & 0x7F)
        if not b & 0x80:
            subids.append(cur)
            cur, started = 0, False
    if started:
        raise BerError(f"offset {t.start}: OBJECT IDENTIFIER ends inside a sub-identifier")
    first = subids[0]
    head = [0, first] if first < 40 else [1, first - 40] if first < 80 else [2, first - 80]
    return "." + ".".join(str(x) for x in head + subids[1:])


def printable_text(b):
    """Net-SNMP prints an OCTET STRING as text when every byte is isprint() or isspace()."""
    return all(0x20 <= x <= 0x7E or x in (0x09, 0x0A, 0x0B, 0x0C, 0x0D) for x in b)


def quoted(text):
    """Net-SNMP quotes a printable OCTET STRING and backslash-escapes '"' and '\\'."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def escape(s):
    """Keep annotations on one line: escape anything that is not printable ASCII."""
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\\"":
            out.append("\\" + ch)
        elif 0x20 <= o <= 0x7E:
            out.append(ch)
        else:
            out.append({"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(ch, f"\\x{o:02x}"))
    return "".join(out)


def uptime_text(ticks):
    cs = ticks % 100
    secs = ticks // 100
    days, secs = divmod(secs, 86400)
    h, secs = divmod(secs, 3600)
    m, s = divmod(secs, 60)
    hms = f"{h}:{m:02d}:{s:02d}.{cs:02d}"
    if days == 0:
        return hms
    return f"{days} day{'s' if days != 1 else ''}, {hms}"


def hex_string_text(b):
    """Net-SNMP's Hex-STRING body: "%02X " per byte, a newline after every full 16 bytes
    that is followed by more bytes (so a trailing space, and no trailing newline)."""
    lines = []
    for i in range(0, len(b), 16):
        lines.append("".join(f"{x:02X} " for x in b[i:i + 16]))
    return "\n".join(lines)


def netsnmp_value(t):
    """The value half of a varbind the way Net-SNMP 5.9 prints it with -On and no MIBs."""
    tag = t.tag
    if tag == 0x02:
        return f"INTEGER: {int_value(t)}"
    if tag == 0x04:
        c = t.content
        if not c:
            return '""'
        if printable_text(c):
            return "STRING: " + quoted(c.decode("ascii"))
        return "Hex-STRING: " + hex_string_text(c)
    if tag == 0x05:
        return "NULL"
    if tag == 0x06:
        return "OID: " + oid_value(t)
    if tag == 0x40:
        return "IpAddress: " + ".".join(str(x) for x in t.content)
    if tag == 0x41:
        return f"Counter32: {unsigned_value(t, 32)}"
    if tag == 0x42:
        return f"Gauge32: {unsigned_value(t, 32)}"
    if tag == 0x43:
        v = unsigned_value(t, 32)
        return f"Timeticks: ({v}) {uptime_text(v)}"
    if tag == 0x46:
        return f"Counter64: {unsigned_value(t, 64)}"
    if tag == 0x80:
        return "No Such Object available on this agent at this OID"
    if tag == 0x81:
        return "No Such Instance currently exists at this OID"
    if tag == 0x82:
        return "No more variables left in this MIB View (It is past the end of the MIB tree)"
    return f"?? tag {tag:02x}: {t.content.hex(' ')}"


def value_label(t):
    """Annotation text for a varbind value."""
    tag = t.tag
    name = TAG_NAMES.get(tag, f"[tag {tag:02x}]")
    if tag == 0x02:
        return f"INTEGER = {int_value(t)}"
    if tag == 0x04:
        c = t.content
        if not c:
            return "OCTET STRING (empty)"
        if printable_text(c):
            return f'OCTET STRING "{escape(c.decode("ascii"))}"'
        return f"OCTET STRING (hex) {c.hex(' ')}"
    if tag == 0x05:
        return "NULL"
    if tag == 0x06:
        return f"OBJECT IDENTIFIER {oid_value(t)}"
    if tag == 0x40:
        return "IpAddress " + ".".join(str(x) for x in t.content)
    if tag in (0x41, 0x42):
        return f"{name} = {unsigned_value(t, 32)}"
    if tag == 0x43:
        v = unsigned_value(t, 32)
        return f"TimeTicks = {v} ({uptime_text(v)})"
    if tag == 0x46:
        return f"Counter64 = {unsigned_value(t, 64)}"
    if tag in (0x80, 0x81, 0x82):
        return f"{name} (context-specific, primitive, empty: v2 exception)"
    return f"{name} {t.content.hex(' ')}"


# ---------------------------------------------------------------------------- message model


class Message:
    """The fields of one SNMP message, plus the annotated lines of its encoding."""

    def __init__(self, raw):
        self.raw = bytes(raw)
        self.fields = {}          # header key -> value text (metadata headers)
        self.varbinds = []        # list of (oid text, value Tlv, varbind Tlv)
        self.lines = []           # (depth, bytes, label)
        self.pdu_type = None
        self.version = None
        root = parse_message(self.raw)
        self._message(root)

    # -- annotated emission ------------------------------------------------------------

    def _emit(self, t, depth, label, primitive_inline=True):
        if t.anomalies:
            label += " [" + "; ".join(t.anomalies) + "]"
        if t.constructed or not primitive_inline:
            self.lines.append((depth, t.header, label))
            return
        content = t.content
        first, rest = content[:16], content[16:]
        self.lines.append((depth, t.header + first, label))
        for i in range(0, len(rest), 16):
            self.lines.append((depth + 1, rest[i:i + 16], None))

    def _expect(self, t, tag, what):
        if t.tag != tag:
            raise BerError(f"offset {t.start}: expected {what} (tag {tag:02x}),"
                           f" found tag {t.tag:02x}")

    def _kids(self, t, n, what):
        k = t.kids()
        if n is not None and len(k) != n:
            raise BerError(f"offset {t.start}: {what} has {len(k)} elements, expected {n}")
        return k

    def _int(self, t, depth, what, extra=""):
        self._expect(t, 0x02, what)
        v = int_value(t)
        self._emit(t, depth, f"INTEGER {what} = {v}{extra}")
        return v

    def _octets(self, t, depth, what, text=False):
        self._expect(t, 0x04, what)
        c = t.content
        if not c:
            shown = "(empty)"
        elif text and printable_text(c):
            shown = f'"{escape(c.decode("ascii"))}"'
        else:
            shown = "= " + c.hex(" ")
        self._emit(t, depth, f"OCTET STRING {what} {shown}")
        return c

    def _message(self, root):
        self._expect(root, 0x30, "message SEQUENCE")
        kids = root.kids()
        if not kids:
            raise BerError("empty message SEQUENCE")
        self._emit(root, 0, "SEQUENCE message")
        ver_t = kids[0]
        self._expect(ver_t, 0x02, "version")
        version = int_value(ver_t)
        self.version = version
        vname = VERSION_NAMES.get(version, "unknown")
        self._emit(ver_t, 1, f"INTEGER version = {version} ({vname})")
        self.fields["version"] = {0: "1", 1: "2c", 3: "3"}.get(version, str(version))
        if version in (0, 1):
            if len(kids) != 3:
                raise BerError(f"community message has {len(kids)} elements, expected 3")
            c = self._octets(kids[1], 1, "community", text=True)
            self.fields["community"] = c.decode("latin-1")
            self._pdu(kids[2], 1)
        elif version == 3:
            if len(kids) != 4:
                raise BerError(f"SNMPv3 message has {len(kids)} elements, expected 4")
            self._v3(kids, 1)
        else:
            raise BerError(f"unknown version {version}")

    def _v3(self, kids, depth):
        gd = kids[1]
        self._expect(gd, 0x30, "msgGlobalData SEQUENCE")
        self._emit(gd, depth, "SEQUENCE msgGlobalData (HeaderData)")
        g = self._kids(gd, 4, "msgGlobalData")
        self.fields["msg-id"] = str(self._int(g[0], depth + 1, "msgID"))
        self.fields["msg-max-size"] = str(self._int(g[1], depth + 1, "msgMaxSize"))
        self._expect(g[2], 0x04, "msgFlags")
        flags = g[2].content
        if len(flags) != 1:
            raise BerError(f"msgFlags has {len(flags)} bytes")
        f = flags[0]
        bits = [("auth" if f & 1 else "noAuth"), ("priv" if f & 2 else "noPriv"),
                ("reportable" if f & 4 else "not reportable")]
        self._emit(g[2], depth + 1, f"OCTET STRING msgFlags = {f:02x} ({', '.join(bits)})")
        self.fields["msg-flags"] = f"{f:02x}"
        model = self._int(g[3], depth + 1, "msgSecurityModel",
                          " (USM)" if int_value(g[3]) == 3 else "")
        self.fields["security-model"] = str(model)

        sp = kids[2]
        self._expect(sp, 0x04, "msgSecurityParameters")
        self.fields["security-parameters"] = sp.content.hex()
        self._emit(sp, depth, f"OCTET STRING msgSecurityParameters ({len(sp.content)} bytes,"
                   " holding the BER-encoded UsmSecurityParameters below)",
                   primitive_inline=False)
        inner = parse_all(sp.buf, sp.hdr_end, sp.end)
        if len(inner) != 1:
            raise BerError("msgSecurityParameters does not hold exactly one TLV")
        usm = inner[0]
        self._expect(usm, 0x30, "UsmSecurityParameters SEQUENCE")
        self._emit(usm, depth + 1, "SEQUENCE UsmSecurityParameters")
        u = self._kids(usm, 6, "UsmSecurityParameters")
        d = depth + 2
        self.fields["authoritative-engine-id"] = \
            self._octets(u[0], d, "msgAuthoritativeEngineID").hex()
        self.fields["engine-boots"] = str(self._int(u[1], d, "msgAuthoritativeEngineBoots"))
        self.fields["engine-time"] = str(self._int(u[2], d, "msgAuthoritativeEngineTime"))
        self.fields["user-name"] = self._octets(u[3], d, "msgUserName", text=True) \
            .decode("latin-1")
        self._octets(u[4], d, "msgAuthenticationParameters")
        self._octets(u[5], d, "msgPrivacyParameters")

        sd = kids[3]
        if sd.tag == 0x04:
            self._emit(sd, depth, "OCTET STRING encryptedPDU")
            return
        self._expect(sd, 0x30, "ScopedPDU SEQUENCE")
        self._emit(sd, depth, "SEQUENCE ScopedPDU")
        s = self._kids(sd, 3, "ScopedPDU")
        self.fields["context-engine-id"] = self._octets(s[0], depth + 1,
                                                        "contextEngineID").hex()
        self.fields["context-name"] = self._octets(s[1], depth + 1, "contextName",
                                                   text=True).decode("latin-1")
        self._pdu(s[2], depth + 1)

    def _pdu(self, p, depth):
        if p.tag not in PDU_NAMES:
            raise BerError(f"offset {p.start}: unknown PDU tag {p.tag:02x}")
        short, long_name = PDU_NAMES[p.tag]
        self.pdu_type = short
        self.fields["pdu"] = short
        self._emit(p, depth, f"{long_name} [{p.tag & 0x1F}]")
        k = p.kids()
        d = depth + 1
        if short == "trap":
            if len(k) != 6:
                raise BerError(f"v1 Trap-PDU has {len(k)} elements, expected 6")
            self._expect(k[0], 0x06, "enterprise")
            ent = oid_value(k[0])
            self._emit(k[0], d, f"OBJECT IDENTIFIER enterprise {ent}")
            self._expect(k[1], 0x40, "agent-addr")
            addr = ".".join(str(x) for x in k[1].content)
            self._emit(k[1], d, f"IpAddress agent-addr {addr}")
            gen = self._int(k[2], d, "generic-trap",
                            f" ({GENERIC_TRAPS[int_value(k[2])]})"
                            if 0 <= int_value(k[2]) < 7 else "")
            spec = self._int(k[3], d, "specific-trap")
            self._expect(k[4], 0x43, "time-stamp")
            ts = unsigned_value(k[4], 32)
            self._emit(k[4], d, f"TimeTicks time-stamp = {ts} ({uptime_text(ts)})")
            self.fields.update({"enterprise": ent, "agent-addr": addr,
                                "generic-trap": str(gen), "specific-trap": str(spec),
                                "time-stamp": str(ts)})
            vbl = k[5]
        else:
            if len(k) != 4:
                raise BerError(f"PDU has {len(k)} elements, expected 4")
            self.fields["request-id"] = str(self._int(k[0], d, "request-id"))
            if short == "getbulk":
                self.fields["non-repeaters"] = str(self._int(k[1], d, "non-repeaters"))
                self.fields["max-repetitions"] = str(self._int(k[2], d, "max-repetitions"))
            else:
                es = int_value(k[1])
                name = ERROR_NAMES[es] if 0 <= es < len(ERROR_NAMES) else "unknown"
                self.fields["error-status"] = str(self._int(k[1], d, "error-status",
                                                            f" ({name})"))
                self.fields["error-index"] = str(self._int(k[2], d, "error-index"))
            vbl = k[3]
        self._expect(vbl, 0x30, "variable-bindings SEQUENCE")
        vbs = vbl.kids()
        self._emit(vbl, d, f"SEQUENCE variable-bindings ({len(vbs)} varbind"
                   f"{'' if len(vbs) == 1 else 's'})")
        for i, vb in enumerate(vbs, 1):
            self._expect(vb, 0x30, "VarBind SEQUENCE")
            self._emit(vb, d + 1, f"SEQUENCE varbind {i}")
            name, value = self._kids(vb, 2, "VarBind")
            self._expect(name, 0x06, "varbind name")
            oid = oid_value(name)
            self._emit(name, d + 2, f"OBJECT IDENTIFIER {oid}")
            if value.constructed:
                raise BerError(f"offset {value.start}: constructed varbind value")
            self._emit(value, d + 2, value_label(value))
            self.varbinds.append((oid, value, vb))

    def netsnmp_varbind_lines(self):
        return [f"{oid} = {netsnmp_value(v)}" for oid, v, _ in self.varbinds]

    def annotated_body(self):
        out = []
        for depth, b, label in self.lines:
            text = "  " * depth + b.hex(" ")
            if label is not None:
                text += "  # " + label
            out.append(text)
        return "\n".join(out) + "\n"


def anomaly_labels(msg):
    return [label for _d, _b, label in msg.lines
            if label and ("non-minimal" in label or "redundant" in label
                          or "outside the unsigned" in label)]


# ---------------------------------------------------------------------------- .hex files

HEADER_RE = re.compile(r"^# ([a-z0-9-]+): ?(.*)$")


def read_hex_file(path):
    headers, varbinds, data = {}, [], bytearray()
    in_header = True
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if in_header and line.startswith("# "):
                m = HEADER_RE.match(line)
                if not m:
                    raise ValueError(f"{path}: malformed header line {line!r}")
                k, v = m.group(1), m.group(2)
                if k == "varbind":
                    varbinds.append(v)
                elif k == "note":
                    headers.setdefault("note", []).append(v)
                else:
                    if k in headers:
                        raise ValueError(f"{path}: duplicate header {k}")
                    headers[k] = v
                continue
            in_header = False
            code = line.split("#", 1)[0]
            for tok in code.split():
                if not re.fullmatch(r"[0-9a-f]{2}", tok):
                    raise ValueError(f"{path}: bad hex token {tok!r}")
                data.append(int(tok, 16))
    return headers, varbinds, bytes(data)


def encode_line(text):
    """Net-SNMP may print a value over several lines: keep it on one header line."""
    return text.replace("\n", "\\n")


def header_block(msg, command, direction, varbind_lines, notes):
    f = msg.fields
    h = [("command", command), ("direction", direction), ("version", f["version"])]
    if msg.version == 3:
        for k in ("msg-id", "msg-max-size", "msg-flags", "security-model",
                  "security-parameters", "user-name", "authoritative-engine-id",
                  "engine-boots", "engine-time", "context-engine-id", "context-name"):
            if k in f:
                h.append((k, f[k]))
    else:
        h.append(("community", f["community"]))
    h.append(("pdu", f["pdu"]))
    for k in ("enterprise", "agent-addr", "generic-trap", "specific-trap", "time-stamp",
              "request-id", "error-status", "error-index", "non-repeaters",
              "max-repetitions"):
        if k in f:
            h.append((k, f[k]))
    for line in varbind_lines:
        h.append(("varbind", encode_line(line)))
    for n in notes:
        h.append(("note", n))
    return "".join(f"# {k}: {v}\n" for k, v in h)


def verify_file(path):
    """Re-read a .hex file: bytes re-parse, headers equal what the bytes say."""
    headers, varbinds, data = read_hex_file(path)
    msg = Message(data)
    problems = []
    for k, v in msg.fields.items():
        if headers.get(k) != v:
            problems.append(f"header {k}: file says {headers.get(k)!r}, bytes say {v!r}")
    if len(varbinds) != len(msg.varbinds):
        problems.append(f"{len(varbinds)} varbind headers, {len(msg.varbinds)} varbinds")
    for line, (oid, _v, _vb) in zip(varbinds, msg.varbinds):
        if not line.startswith(oid + " = "):
            problems.append(f"varbind header {line!r} does not name {oid}")
    # the annotated body of a fresh walk must carry exactly the same bytes
    if b"".join(b for _d, b, _l in msg.lines) != data:
        problems.append("annotated lines do not reproduce the bytes")
    return problems


# ---------------------------------------------------------------------------- build


def load_jsonl(path):
    if not os.path.exists(path):
        return []
    with open(path, encoding="ascii") as f:
        return [json.loads(line) for line in f if line.strip()]


def stdout_varbinds(text):
    """Split a tool's -On stdout into varbind lines (a value may span lines)."""
    out = []
    for line in text.splitlines():
        if re.match(r"^\.[0-9]+(\.[0-9]+)* = ", line):
            out.append(line)
        elif out:
            out[-1] += "\n" + line
        elif line.strip():
            raise ValueError(f"unexpected stdout line {line!r}")
    return out


def trapd_records(path):
    """snmptrapd log records written with the @@BEGIN@@ ... @@END@@ formats of capture.sh."""
    if not os.path.exists(path):
        return []
    text = open(path, encoding="latin-1").read()
    recs = []
    for m in re.finditer(r"@@BEGIN@@ (.*?)@@VBS@@(.*?)@@END@@\n", text, re.S):
        head = dict(kv.split("=", 1) for kv in re.findall(r"\b[a-z]+=\S*", m.group(1)))
        vbs = m.group(2).split("@@VB@@") if m.group(2) else []
        recs.append((head, vbs))
    return recs


SET_TYPES = {"s": "STRING", "i": "INTEGER", "u": "Gauge32", "c": "Counter32",
             "C": "Counter64", "t": "Timeticks", "a": "IpAddress", "o": "OID",
             "x": "Hex-STRING"}


def command_varbinds(argv, pdu):
    """Varbind lines for a request, written from the tool's command line."""
    # the agent address is the first argument containing ':PORT'
    i = next(i for i, a in enumerate(argv) if a.endswith(":PORT"))
    rest = argv[i + 1:]
    if pdu in ("get", "getnext", "getbulk"):
        return [f"{oid} = NULL" for oid in rest]
    if pdu == "set":
        out = []
        for j in range(0, len(rest), 3):
            oid, typ, val = rest[j:j + 3]
            if typ == "s":
                out.append(f"{oid} = STRING: {quoted(val)}" if val else f'{oid} = ""')
            elif typ == "t":
                out.append(f"{oid} = Timeticks: ({val}) {uptime_text(int(val))}")
            elif typ == "x":
                b = bytes.fromhex(val.replace(" ", ""))
                out.append(f"{oid} = Hex-STRING: {hex_string_text(b)}")
            else:
                out.append(f"{oid} = {SET_TYPES[typ]}: {val}")
        return out
    raise ValueError(f"no command-line varbinds for a {pdu} PDU")


def build(workdir, outdir):
    manifest = load_jsonl(os.path.join(workdir, "manifest.jsonl"))
    logs = {"agent": load_jsonl(os.path.join(workdir, "agent-relay.jsonl")),
            "trap": load_jsonl(os.path.join(workdir, "trap-relay.jsonl"))}
    trecs = trapd_records(os.path.join(workdir, "snmptrapd.log"))
    jobs = {j["id"]: j for j in manifest}

    def stdout_of(job_id):
        with open(os.path.join(workdir, "jobs", job_id + ".stdout"), encoding="latin-1") as f:
            return f.read()

    written, errors, surprises = [], [], []
    for job in manifest:
        names = job["names"]
        dgrams = logs[job["target"]][job["before"]:job["after"]]
        if len(dgrams) != len(names):
            errors.append(f"{job['id']}: {len(dgrams)} datagrams captured, "
                          f"{len(names)} expected")
            continue
        command = shlex.join(job["argv"])
        msgs = [Message(bytes.fromhex(d["hex"])) for d in dgrams]
        jrecs = trecs[job["trapd_before"]:job["trapd_after"]]
        notify = [m for m in msgs if m.pdu_type in ("trap", "trap2", "inform")]
        if job["target"] == "trap" and len(jrecs) != len(notify):
            errors.append(f"{job['id']}: snmptrapd logged {len(jrecs)} notifications, "
                          f"{len(notify)} sent")
            continue
        for idx, (name, d, msg) in enumerate(zip(names, dgrams, msgs)):
            if name == "-":
                continue
            want_dir = "request" if name.endswith("-request") else "response"
            if d["dir"] != want_dir:
                errors.append(f"{name}: captured as a {d['dir']}, named as a {want_dir}")
                continue
            notes = list(job.get("notes", []))
            try:
                lines = varbind_lines_for(job, idx, msg, msgs, jrecs, notify, stdout_of,
                                          notes)
            except (ValueError, StopIteration, KeyError) as e:
                errors.append(f"{name}: {e}")
                continue
            own = msg.netsnmp_varbind_lines()
            if lines != own:
                errors.append(f"{name}: Net-SNMP's varbind lines {lines!r} differ from "
                              f"annotate.py's rendering {own!r}")
                continue
            if msg.pdu_type == "trap" and jrecs:
                head = jrecs[notify.index(msg)][0]
                for key, field in (("enterprise", "enterprise"), ("agent", "agent-addr"),
                                   ("generic", "generic-trap")):
                    if head.get(key) != msg.fields[field]:
                        errors.append(f"{name}: snmptrapd says {key}={head.get(key)}, "
                                      f"bytes say {msg.fields[field]}")
                if head.get("specific", "").lstrip(".") != msg.fields["specific-trap"]:
                    errors.append(f"{name}: snmptrapd specific={head.get('specific')}")
            text = header_block(msg, command, want_dir, lines, notes) + msg.annotated_body()
            path = os.path.join(outdir, name + ".hex")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            h, _vbs, data = read_hex_file(path)
            if data != msg.raw:
                errors.append(f"{name}: bytes in the written file differ from the datagram")
            problems = verify_file(path)
            errors.extend(f"{name}: {p}" for p in problems)
            for label in anomaly_labels(msg):
                surprises.append(f"{name}: {label}")
            written.append(name + ".hex")
    return written, errors, surprises


def varbind_lines_for(job, idx, msg, msgs, jrecs, notify, stdout_of, notes):
    """Choose the independent source of the varbind lines for message idx of a job."""
    pdu = msg.pdu_type
    if not msg.varbinds:
        return []
    if pdu in ("trap", "trap2", "inform"):
        notes.append("varbind lines: as snmptrapd -On logged this notification")
        return list(jrecs[notify.index(msg)][1])
    if pdu in ("get", "getnext", "getbulk", "set"):
        return command_varbinds(job["argv"], pdu)
    if pdu == "report":
        src = job.get("report_from")
        if src:
            notes.append("varbind line: printed by Net-SNMP for a v2c get of the same "
                         "counter right after this exchange (no tool prints reports)")
            return stdout_varbinds(stdout_of(src))
        notes.append("varbind line: rendered by annotate.py (no Net-SNMP tool prints "
                     "this report's varbinds)")
        return msg.netsnmp_varbind_lines()
    if pdu == "response":
        req = next((m for m in msgs[:idx][::-1]
                    if m.fields.get("request-id") == msg.fields["request-id"]
                    and m.pdu_type != "response"), None)
        if req is not None and req.pdu_type == "inform":
            same = [vb.content for _o, _v, vb in req.varbinds] == \
                   [vb.content for _o, _v, vb in msg.varbinds]
            if not same:
                raise ValueError("inform acknowledgement does not echo the inform's varbinds")
            notes.append("varbind lines: the acknowledgement echoes the inform's varbinds "
                         "byte for byte (checked); lines as snmptrapd -On logged the inform")
            return list(jrecs[notify.index(req)][1])
        if msg.fields["error-status"] != "0":
            if req is None:
                raise ValueError("error response without its request in the same job")
            same = [vb.content for _o, _v, vb in req.varbinds] == \
                   [vb.content for _o, _v, vb in msg.varbinds]
            if not same:
                raise ValueError("error response does not echo the request's varbinds")
            notes.append("varbind lines: the error response echoes the request's varbinds "
                         "byte for byte (checked); the tool prints only the error, so the "
                         "lines are the request's, written from the command")
            return command_varbinds(job["argv"], req.pdu_type)
        return stdout_varbinds(stdout_of(job["id"]))
    raise ValueError(f"no varbind source for a {pdu} PDU")


# ---------------------------------------------------------------------------- main


def main(argv):
    if len(argv) >= 2 and argv[1] == "dump":
        for h in argv[2:]:
            msg = Message(bytes.fromhex(h))
            sys.stdout.write(msg.annotated_body())
            for line in msg.netsnmp_varbind_lines():
                print("# varbind: " + encode_line(line))
        return 0
    if len(argv) == 4 and argv[1] == "build":
        written, errors, surprises = build(argv[2], argv[3])
        for e in errors:
            print("ERROR " + e, file=sys.stderr)
        print(f"wrote {len(written)} files to {argv[3]}")
        if surprises:
            print("non-minimal encodings seen:")
            for s in surprises:
                print("  " + s)
        else:
            print("non-minimal encodings seen: none")
        return 1 if errors else 0
    if len(argv) >= 3 and argv[1] == "verify":
        paths = []
        for p in argv[2:]:
            if os.path.isdir(p):
                paths += sorted(os.path.join(p, n) for n in os.listdir(p) if n.endswith(".hex"))
            else:
                paths.append(p)
        bad = 0
        for p in paths:
            for problem in verify_file(p):
                bad += 1
                print(f"{p}: {problem}", file=sys.stderr)
        print(f"verified {len(paths)} files, {bad} problems")
        return 1 if bad else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
