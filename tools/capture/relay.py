#!/usr/bin/env python3
"""UDP relay and sniffer for capturing SNMP datagrams.

Listens on 127.0.0.1:<ephemeral port> (written to --port-file once bound), forwards every
datagram it receives to --target, and forwards every datagram the target sends back to the
client that spoke last. Each datagram is appended to --log as one JSON line
{"seq": n, "dir": "request"|"response", "hex": "..."} and flushed before it is forwarded,
so once a tool has its answer the log already holds both sides.

Meant for one client at a time (the capture driver runs the tools one after another).
Stops on SIGTERM/SIGINT.
"""
import argparse
import json
import os
import selectors
import signal
import socket
import sys


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--target", required=True, help="host:port to forward requests to")
    ap.add_argument("--log", required=True, help="JSON-lines file to append datagrams to")
    ap.add_argument("--port-file", required=True, help="file that receives the bound port")
    ap.add_argument("--pid-file", help="file that receives this process id")
    args = ap.parse_args()

    host, port = args.target.rsplit(":", 1)
    target = (host, int(port))

    front = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    front.bind(("127.0.0.1", 0))
    back = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    back.bind(("127.0.0.1", 0))

    log = open(args.log, "a", encoding="ascii")
    seq = sum(1 for _ in open(args.log, encoding="ascii"))
    client = None
    running = True

    def stop(_signum, _frame):
        nonlocal running
        running = False

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)

    def record(direction: str, data: bytes) -> None:
        nonlocal seq
        log.write(json.dumps({"seq": seq, "dir": direction, "hex": data.hex()}) + "\n")
        log.flush()
        seq += 1

    sel = selectors.DefaultSelector()
    sel.register(front, selectors.EVENT_READ, "front")
    sel.register(back, selectors.EVENT_READ, "back")

    if args.pid_file:
        with open(args.pid_file, "w", encoding="ascii") as f:
            f.write(f"{os.getpid()}\n")
    tmp = args.port_file + ".tmp"
    with open(tmp, "w", encoding="ascii") as f:
        f.write(f"{front.getsockname()[1]}\n")
    os.replace(tmp, args.port_file)  # appears atomically: the driver polls for it

    while running:
        try:
            events = sel.select(timeout=0.5)
        except InterruptedError:
            continue
        for key, _ in events:
            if key.data == "front":
                data, addr = front.recvfrom(65535)
                client = addr
                record("request", data)
                back.sendto(data, target)
            else:
                data, addr = back.recvfrom(65535)
                if addr != target:
                    continue
                record("response", data)
                if client is not None:
                    front.sendto(data, client)
    log.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
