#!/usr/bin/env bash
# Capture real SNMP datagrams exchanged with Net-SNMP and write them as annotated .hex test
# resources (see README.md). Usage: tools/capture/capture.sh [OUTDIR]
#
# Starts snmpd and snmptrapd unprivileged on free loopback ports in a temp dir, puts relay.py
# in front of each, runs the Net-SNMP tools through the relays one at a time, then has
# annotate.py turn the recorded datagrams, the tools' stdout and snmptrapd's log into .hex
# files. Every daemon started here is stopped by PID on exit; the temp dir is removed
# (set KEEP_WORK=1 to keep it for debugging).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/../../snmp-core/src/test/resources/captures}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/ksnmp-capture.XXXXXX")"
PIDS=()

cleanup() {
    local pid
    for pid in "${PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    if [[ "${KEEP_WORK:-0}" == 1 ]]; then
        echo "work dir kept: $WORK" >&2
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT

for tool in snmpd snmptrapd snmpget snmpgetnext snmpbulkget snmpset snmptrap snmpinform; do
    command -v "$tool" >/dev/null || [[ -x "/usr/sbin/$tool" ]] ||
        { echo "missing Net-SNMP tool: $tool" >&2; exit 1; }
done
export PATH="$PATH:/usr/sbin"

free_udp_port() {
    python3 -c 'import socket; s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

wait_for_file() {  # wait_for_file PATH: up to 5 s
    local i
    for i in $(seq 50); do [[ -s "$1" ]] && return 0; sleep 0.1; done
    echo "timed out waiting for $1" >&2
    return 1
}

mkdir -p "$WORK/snmpd/persist" "$WORK/trapd/persist" "$WORK/client/persist" \
         "$WORK/client/conf" "$WORK/jobs" "$WORK/out"
# The tools read no system or user snmp.conf and keep their state in the temp dir.
export SNMP_PERSISTENT_DIR="$WORK/client/persist"
export SNMPCONFPATH="$WORK/client/conf"

# ------------------------------------------------------------------------- snmpd
AGENT_PORT="$(free_udp_port)"
cat >"$WORK/snmpd/snmpd.conf" <<EOF
[snmp] persistentDir $WORK/snmpd/persist
agentAddress udp:127.0.0.1:$AGENT_PORT
engineID ksnmpcapture
rocommunity public default -V all
rwcommunity private default -V all
view all included .1
createUser plainuser
rwuser -s usm plainuser noauth -V all
sysServices 72
EOF
snmpd -f -C -c "$WORK/snmpd/snmpd.conf" -m '' -Lf "$WORK/snmpd/snmpd.log" \
      -p "$WORK/snmpd/snmpd.pid" -I -smux </dev/null &
PIDS+=($!)
ready=0
for i in $(seq 50); do
    if snmpget -m '' -On -v2c -c public -r0 -t0.2 "127.0.0.1:$AGENT_PORT" \
               .1.3.6.1.2.1.1.3.0 >/dev/null 2>&1; then ready=1; break; fi
    sleep 0.1
done
[[ $ready == 1 ]] || { echo "snmpd did not start; log:" >&2; cat "$WORK/snmpd/snmpd.log" >&2; exit 1; }

# ------------------------------------------------------------------------- snmptrapd
TRAPD_PORT="$(free_udp_port)"
TRAP_ENGINE_ID=0x8000000001020304   # the engine ID snmptrap -v3 sends as (authoritative)
cat >"$WORK/trapd/snmptrapd.conf" <<EOF
[snmp] persistentDir $WORK/trapd/persist
snmpTrapdAddr udp:127.0.0.1:$TRAPD_PORT
engineID ksnmptrapd
authCommunity log,execute,net public
createUser -e $TRAP_ENGINE_ID plainuser
createUser plainuser
authUser log,execute,net plainuser noauth
format1 @@BEGIN@@ ver=%s enterprise=%N agent=%a generic=%w specific=%q uptime=%T community=%u@@VBS@@%V@@VB@@%v@@END@@\n
format2 @@BEGIN@@ ver=%s community=%u@@VBS@@%V@@VB@@%v@@END@@\n
EOF
: >"$WORK/snmptrapd.log"
snmptrapd -f -C -c "$WORK/trapd/snmptrapd.conf" -m '' -X -n -On -Lf "$WORK/snmptrapd.log" \
          -p "$WORK/trapd/snmptrapd.pid" </dev/null &
PIDS+=($!)
ready=0
for i in $(seq 50); do
    if grep -q "NET-SNMP version" "$WORK/snmptrapd.log"; then ready=1; break; fi
    sleep 0.1
done
[[ $ready == 1 ]] || { echo "snmptrapd did not start" >&2; exit 1; }

# ------------------------------------------------------------------------- relays
: >"$WORK/agent-relay.jsonl"
: >"$WORK/trap-relay.jsonl"
python3 "$HERE/relay.py" --target "127.0.0.1:$AGENT_PORT" --log "$WORK/agent-relay.jsonl" \
        --port-file "$WORK/agent-relay.port" &
PIDS+=($!)
python3 "$HERE/relay.py" --target "127.0.0.1:$TRAPD_PORT" --log "$WORK/trap-relay.jsonl" \
        --port-file "$WORK/trap-relay.port" &
PIDS+=($!)
wait_for_file "$WORK/agent-relay.port"
wait_for_file "$WORK/trap-relay.port"
AGENT_RELAY="$(cat "$WORK/agent-relay.port")"
TRAP_RELAY="$(cat "$WORK/trap-relay.port")"

# ------------------------------------------------------------------------- jobs
count_lines() { wc -l <"$1"; }
count_trapd() { grep -c '@@END@@' "$WORK/snmptrapd.log" || true; }

# cap ID agent|trap "NAME..." [report_from=ID] -- ARGV...
#   Runs ARGV (PORT in it becomes the relay's port) and records which datagrams it produced.
#   NAME per datagram, in order: the .hex file name without extension, or - to discard it.
cap() {
    local id=$1 target=$2 names=$3
    shift 3
    local opts=()
    while [[ $1 != -- ]]; do opts+=("$1"); shift; done
    shift
    local log port
    if [[ $target == agent ]]; then log="$WORK/agent-relay.jsonl"; port=$AGENT_RELAY
    else log="$WORK/trap-relay.jsonl"; port=$TRAP_RELAY; fi
    local before tbefore rc=0
    before=$(count_lines "$log")
    tbefore=$(count_trapd)
    local argv=("${@//PORT/$port}")
    "${argv[@]}" >"$WORK/jobs/$id.stdout" 2>"$WORK/jobs/$id.stderr" || rc=$?
    local want i
    want=$(wc -w <<<"$names")
    for i in $(seq 50); do
        (( $(count_lines "$log") - before >= want )) || { sleep 0.1; continue; }
        [[ $target == agent ]] || (( $(count_trapd) > tbefore )) || { sleep 0.1; continue; }
        break
    done
    sleep 0.2   # anything unexpected (a retry) would show up as an extra datagram
    python3 - "$id" "$target" "$names" "$before" "$(count_lines "$log")" "$tbefore" \
              "$(count_trapd)" "$rc" "${opts[@]+"${opts[@]}"}" -- "$@" \
              >>"$WORK/manifest.jsonl" <<'PY'
import json, sys
a = sys.argv[1:]
sep = a.index("--")
job = {"id": a[0], "target": a[1], "names": a[2].split(), "before": int(a[3]),
       "after": int(a[4]), "trapd_before": int(a[5]), "trapd_after": int(a[6]),
       "rc": int(a[7]), "argv": a[sep + 1:]}
for opt in a[8:sep]:
    k, v = opt.split("=", 1)
    job[k] = v
print(json.dumps(job))
PY
    echo "  $id: exit $rc, $(( $(count_lines "$log") - before )) datagrams"
}

SYS=.1.3.6.1.2.1.1
IF=.1.3.6.1.2.1.2.2.1
TYPES_V1=($SYS.1.0 $SYS.2.0 $SYS.3.0 $SYS.7.0 $IF.1.1 $IF.5.1 $IF.10.1
          .1.3.6.1.2.1.4.20.1.1.127.0.0.1 .1.3.6.1.6.3.10.2.1.1.0 $IF.6.1)
TYPES_V2=(${TYPES_V1[@]} .1.3.6.1.2.1.31.1.1.1.6.1)
NEXT=($SYS.3 $IF.2 .1.3.6.1.2.1.31.1.1.1.6)
V3=(-v3 -u plainuser -l noAuthNoPriv)

echo "capturing (agent relay :$AGENT_RELAY -> snmpd :$AGENT_PORT," \
     "trap relay :$TRAP_RELAY -> snmptrapd :$TRAPD_PORT)"

# SNMPv1
cap v1-get agent "snmpget-v1-types-request snmpget-v1-types-response" -- \
    snmpget -v1 -c public -m '' -On 127.0.0.1:PORT "${TYPES_V1[@]}"
cap v1-getnext agent "snmpgetnext-v1-next-request snmpgetnext-v1-next-response" -- \
    snmpgetnext -v1 -c public -m '' -On 127.0.0.1:PORT "${NEXT[@]:0:2}"
cap v1-getnext-end agent "snmpgetnext-v1-endofmib-request snmpgetnext-v1-endofmib-response" -- \
    snmpgetnext -v1 -c public -m '' -On 127.0.0.1:PORT .1.3.6.1.6.3.99
cap v1-set agent "snmpset-v1-ok-request snmpset-v1-ok-response" -- \
    snmpset -v1 -c private -m '' -On 127.0.0.1:PORT $SYS.5.0 s ksnmp-v1
cap v1-set-readonly agent "snmpset-v1-readonly-request snmpset-v1-readonly-response" -- \
    snmpset -v1 -c private -m '' -On 127.0.0.1:PORT $SYS.1.0 s x

# SNMPv2c
cap v2c-get agent "snmpget-v2c-types-request snmpget-v2c-types-response" -- \
    snmpget -v2c -c public -m '' -On 127.0.0.1:PORT "${TYPES_V2[@]}"
cap v2c-get-nosuch agent "snmpget-v2c-nosuch-request snmpget-v2c-nosuch-response" -- \
    snmpget -v2c -c public -m '' -On 127.0.0.1:PORT $SYS.3.0 $SYS.99.0 $SYS.1.1
cap v2c-getnext agent "snmpgetnext-v2c-next-request snmpgetnext-v2c-next-response" -- \
    snmpgetnext -v2c -c public -m '' -On 127.0.0.1:PORT "${NEXT[@]}"
cap v2c-getnext-end agent "snmpgetnext-v2c-endofmib-request snmpgetnext-v2c-endofmib-response" -- \
    snmpgetnext -v2c -c public -m '' -On 127.0.0.1:PORT .1.3.6.1.6.3.99
cap v2c-bulk agent "snmpbulkget-v2c-n1r5-request snmpbulkget-v2c-n1r5-response" -- \
    snmpbulkget -v2c -c public -m '' -On -Cn1 -Cr5 127.0.0.1:PORT $SYS.3 $IF.2
cap v2c-set agent "snmpset-v2c-ok-request snmpset-v2c-ok-response" -- \
    snmpset -v2c -c private -m '' -On 127.0.0.1:PORT \
        $SYS.4.0 s ops@example.net $SYS.6.0 s "Lab rack 4"
cap v2c-set-notwritable agent "snmpset-v2c-notwritable-request snmpset-v2c-notwritable-response" -- \
    snmpset -v2c -c private -m '' -On 127.0.0.1:PORT $SYS.4.0 s x $SYS.1.0 s y
cap v2c-set-wrongtype agent "snmpset-v2c-wrongtype-request snmpset-v2c-wrongtype-response" -- \
    snmpset -v2c -c private -m '' -On 127.0.0.1:PORT $SYS.4.0 i 5

# SNMPv3 noAuthNoPriv (each tool run discovers the engine first; only the first pair is kept)
cap v3-get agent "snmpget-v3-discovery-request snmpget-v3-discovery-report snmpget-v3-types-request snmpget-v3-types-response" \
    report_from=v3-unknown-engine-ids -- \
    snmpget "${V3[@]}" -m '' -On 127.0.0.1:PORT "${TYPES_V2[@]}"
cap v3-unknown-engine-ids agent "- -" -- \
    snmpget -v2c -c public -m '' -On 127.0.0.1:PORT .1.3.6.1.6.3.15.1.1.4.0
cap v3-getnext agent "- - snmpgetnext-v3-next-request snmpgetnext-v3-next-response" -- \
    snmpgetnext "${V3[@]}" -m '' -On 127.0.0.1:PORT "${NEXT[@]}"
cap v3-bulk agent "- - snmpbulkget-v3-n0r3-request snmpbulkget-v3-n0r3-response" -- \
    snmpbulkget "${V3[@]}" -m '' -On -Cn0 -Cr3 127.0.0.1:PORT $SYS.9.1.3
cap v3-set agent "- - snmpset-v3-ok-request snmpset-v3-ok-response" -- \
    snmpset "${V3[@]}" -m '' -On 127.0.0.1:PORT $SYS.5.0 s ksnmp-v3

# Notifications, to snmptrapd through the trap relay
cap v1-trap trap "snmptrap-v1-enterprise-request" -- \
    snmptrap -v1 -c public -m '' -On 127.0.0.1:PORT .1.3.6.1.4.1.8072.2.3 192.0.2.10 6 17 12345 \
        $SYS.5.0 s "trap host" $IF.1.1 i 1
cap v2c-trap trap "snmptrap-v2c-types-request" -- \
    snmptrap -v2c -c public -m '' -On 127.0.0.1:PORT 4294967295 .1.3.6.1.6.3.1.1.5.1 \
        $IF.1.2 i -2147483648 \
        .1.3.6.1.4.1.8072.9999.1 s "" \
        .1.3.6.1.4.1.8072.9999.2 s 'say "hi" \' \
        .1.3.6.1.4.1.8072.9999.3 x 000102030405060708090a0b0c0d0e0f \
        .1.3.6.1.4.1.8072.9999.4 x 8000000001020304050607080910111213141516171819202122232425 \
        .1.3.6.1.4.1.8072.9999.5 o .1.3.6.1.4.1.4294967295.1 \
        .1.3.6.1.4.1.8072.9999.6 o .2.999.3 \
        .1.3.6.1.4.1.8072.9999.7 a 10.20.30.40 \
        .1.3.6.1.4.1.8072.9999.8 c 4294967295 \
        .1.3.6.1.4.1.8072.9999.9 u 4000000000 \
        .1.3.6.1.4.1.8072.9999.10 t 8640000 \
        .1.3.6.1.4.1.8072.9999.11 C 18446744073709551615 \
        .1.3.6.1.4.1.8072.9999.12 i 0
cap v3-trap trap "snmptrap-v3-linkup-request" -- \
    snmptrap "${V3[@]}" -e $TRAP_ENGINE_ID -m '' -On 127.0.0.1:PORT 654321 .1.3.6.1.6.3.1.1.5.4 \
        $IF.1.2 i 2 $IF.7.2 i 1 $IF.8.2 i 1
cap v2c-inform trap "snmpinform-v2c-linkdown-request snmpinform-v2c-linkdown-response" -- \
    snmpinform -v2c -c public -m '' -On 127.0.0.1:PORT 777 .1.3.6.1.6.3.1.1.5.3 \
        $IF.1.2 i 2 $IF.7.2 i 1 $IF.8.2 i 2
cap v3-inform trap "snmpinform-v3-discovery-request snmpinform-v3-discovery-report snmpinform-v3-linkdown-request snmpinform-v3-linkdown-response" -- \
    snmpinform "${V3[@]}" -m '' -On 127.0.0.1:PORT 778 .1.3.6.1.6.3.1.1.5.3 \
        $IF.1.2 i 2 $IF.7.2 i 2 $IF.8.2 i 2

# ------------------------------------------------------------------------- files
python3 "$HERE/annotate.py" build "$WORK" "$WORK/out"
python3 "$HERE/annotate.py" verify "$WORK/out"
mkdir -p "$OUT"
rm -f "$OUT"/*.hex
cp "$WORK"/out/*.hex "$OUT"/
echo "captures written to $OUT"
