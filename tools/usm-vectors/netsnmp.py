"""Running Net-SNMP from a temp dir and reading what it says.

- `Snmpd`: start snmpd unprivileged with a given config, wait until it answers, stop it with
  SIGTERM (so it writes its persistent file) by PID.
- `read_usm_users`: the `usmUser` lines of the persistent snmpd.conf.
- `snmpget_dump`: run snmpget with `-d` and return the datagrams it sent and received.
- `Ber`: a minimal strict BER reader for the few SNMPv3 fields needed here.
"""
import os
import re
import shutil
import signal
import socket
import subprocess
import time


def find_tool(name):
    path = shutil.which(name) or (f"/usr/sbin/{name}" if os.access(f"/usr/sbin/{name}", os.X_OK)
                                  else None)
    if not path:
        raise SystemExit(f"missing Net-SNMP tool: {name} (apt-get install -y snmpd snmp)")
    return path


def free_udp_port():
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
    finally:
        s.close()


def netsnmp_version():
    out = subprocess.run([find_tool("snmpd"), "-v"], capture_output=True, text=True).stdout
    m = re.search(r"NET-SNMP version:\s*(\S+)", out)
    return m.group(1) if m else "unknown"


class Snmpd:
    """snmpd in DIR (config DIR/snmpd.conf, state DIR/persist), listening on 127.0.0.1:port."""

    def __init__(self, workdir, config_lines, client_env):
        self.dir = workdir
        self.port = free_udp_port()
        self.persist = os.path.join(workdir, "persist")
        os.makedirs(self.persist, exist_ok=True)
        self.config_lines = list(config_lines)
        self.env = client_env
        self.proc = None

    def header_lines(self):
        return [
            f"[snmp] persistentDir {self.persist}",
            f"agentAddress udp:127.0.0.1:{self.port}",
        ]

    def start(self):
        conf = os.path.join(self.dir, "snmpd.conf")
        with open(conf, "w") as f:
            f.write("\n".join(self.header_lines() + self.config_lines) + "\n")
        self.log = os.path.join(self.dir, "snmpd.log")
        self.proc = subprocess.Popen(
            [find_tool("snmpd"), "-f", "-C", "-c", conf, "-m", "", "-Lf", self.log,
             "-p", os.path.join(self.dir, "snmpd.pid"), "-I", "-smux"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            if self.proc.poll() is not None:
                break
            r = subprocess.run(
                [find_tool("snmpget"), "-m", "", "-On", "-v2c", "-c", "public", "-r0", "-t0.2",
                 f"127.0.0.1:{self.port}", ".1.3.6.1.2.1.1.3.0"],
                capture_output=True, env=self.env)
            if r.returncode == 0:
                return
            time.sleep(0.1)
        self.stop()
        raise SystemExit("snmpd did not start; log:\n" + self.read_log())

    def read_log(self):
        try:
            with open(self.log) as f:
                return f.read()
        except OSError:
            return "(no log)"

    def stop(self):
        """SIGTERM by PID and wait: snmpd then writes persist/snmpd.conf."""
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def persistent_file(self):
        return os.path.join(self.persist, "snmpd.conf")


def _octets(token):
    if token == '""':
        return b""
    if token.startswith("0x"):
        return bytes.fromhex(token[2:])
    if token.startswith('"') and token.endswith('"'):
        return token[1:-1].encode()
    raise ValueError(f"unexpected octet string token {token!r}")


def read_usm_users(path):
    """usmUser lines -> list of dicts (engine, name, authOid, authKey, privOid, privKey; bytes)."""
    users = []
    with open(path) as f:
        for line in f:
            if not line.startswith("usmUser "):
                continue
            t = line.split()
            # usmUser STATUS STORAGE ENGINEID NAME SECNAME CLONEFROM AUTHOID AUTHKEY PRIVOID
            #         PRIVKEY USERPUBLIC
            users.append({
                "line": line.rstrip("\n"),
                "engine": _octets(t[3]),
                "name": _octets(t[4]).decode(),
                "authOid": t[7],
                "authKey": _octets(t[8]),
                "privOid": t[9],
                "privKey": _octets(t[10]),
            })
    return users


_DUMP_HEAD = re.compile(r"^(Sending|Received) (\d+) (?:bytes|byte packet) (?:to|from) ")
_DUMP_ROW = re.compile(r"^(\d{4}): ((?:[0-9A-F]{2} {1,2})+)")


def snmpget_dump(args, env):
    """Run snmpget -d ARGS; return (returncode, stdout, [(direction, bytes)])."""
    r = subprocess.run([find_tool("snmpget"), "-d"] + args, capture_output=True, text=True,
                       env=env)
    packets = []
    current = None
    for line in (r.stdout + "\n" + r.stderr).splitlines():
        m = _DUMP_HEAD.match(line)
        if m:
            current = [("sent" if m.group(1) == "Sending" else "received"), int(m.group(2)),
                       bytearray()]
            packets.append(current)
            continue
        m = _DUMP_ROW.match(line)
        if m and current is not None and int(m.group(1)) == len(current[2]):
            current[2] += bytes.fromhex(m.group(2).replace(" ", ""))
    out = []
    for direction, length, data in packets:
        if len(data) != length:
            raise ValueError(f"dump of a {length}-byte datagram gave {len(data)} bytes")
        out.append((direction, bytes(data)))
    # the value lines of snmpget's own output (the dump goes to stderr)
    values = [l for l in r.stdout.splitlines() if l.startswith(".")]
    return r.returncode, values, out


class BerError(Exception):
    pass


class Ber:
    """Strict definite-length BER TLVs over a byte string."""

    def __init__(self, data):
        self.data = data

    def tlv(self, pos, end=None):
        """(tag, value_start, value_end) of the TLV at pos."""
        end = len(self.data) if end is None else end
        if pos + 2 > end:
            raise BerError(f"truncated TLV at {pos}")
        tag = self.data[pos]
        if tag & 0x1F == 0x1F:
            raise BerError(f"multi-octet tag at {pos}")
        first = self.data[pos + 1]
        p = pos + 2
        if first < 0x80:
            length = first
        else:
            n = first & 0x7F
            if n == 0 or n > 4 or p + n > end:
                raise BerError(f"bad length at {pos}")
            length = int.from_bytes(self.data[p:p + n], "big")
            p += n
        if p + length > end:
            raise BerError(f"length {length} at {pos} overruns {end}")
        return tag, p, p + length

    def children(self, start, end):
        out = []
        p = start
        while p < end:
            t = self.tlv(p, end)
            out.append(t)
            p = t[2]
        return out

    def int_at(self, t):
        return int.from_bytes(self.data[t[1]:t[2]], "big", signed=True)

    def bytes_at(self, t):
        return self.data[t[1]:t[2]]


def parse_v3(msg):
    """The USM fields of an SNMPv3 message (raises BerError if it is not one)."""
    b = Ber(msg)
    tag, s, e = b.tlv(0)
    if tag != 0x30 or e != len(msg):
        raise BerError("not one SEQUENCE")
    version, header, secparams, data = b.children(s, e)
    if b.int_at(version) != 3:
        raise BerError("not SNMPv3")
    msg_id, max_size, flags, model = b.children(header[1], header[2])
    if secparams[0] != 0x04:
        raise BerError("msgSecurityParameters is not an OCTET STRING")
    sp_tag, sp_s, sp_e = b.tlv(secparams[1], secparams[2])
    engine, boots, etime, user, authp, privp = b.children(sp_s, sp_e)
    return {
        "msgID": b.int_at(msg_id),
        "flags": b.bytes_at(flags)[0],
        "securityModel": b.int_at(model),
        "engine": b.bytes_at(engine),
        "engineBoots": b.int_at(boots),
        "engineTime": b.int_at(etime),
        "user": b.bytes_at(user).decode(),
        "authParams": b.bytes_at(authp),
        "authParamsRange": (authp[1], authp[2]),
        "privParams": b.bytes_at(privp),
        "dataTag": data[0],
        "data": b.bytes_at(data),
    }
