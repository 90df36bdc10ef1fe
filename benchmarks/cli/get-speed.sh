#!/usr/bin/env bash
# Wall time of one v2c get from a shell: `ksnmp get` (through the ./ksnmp launcher, JVM start
# included) beside Net-SNMP's `snmpget`, against an snmpd started here on loopback.
#   benchmarks/cli/get-speed.sh [RUNS] [-- EXTRA KSNMP COMMAND PREFIX]
# RUNS (default 20) runs of each; prints min and median in ms, and the load average.
# Needs snmpd and snmpget (Net-SNMP) and GNU date; builds the tool first if it is stale.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-20}"
shift || true
[ "${1:-}" = "--" ] && shift
launcher=("$@")
[ ${#launcher[@]} -eq 0 ] && launcher=("$root/ksnmp")
snmpd="$(command -v snmpd || echo /usr/sbin/snmpd)"
dir="$(mktemp -d "${TMPDIR:-/tmp}/ksnmp-speed.XXXXXX")"
port=$((20000 + RANDOM % 20000))
cat >"$dir/snmpd.conf" <<CONF
[snmp] persistentDir $dir/persist
agentAddress udp:127.0.0.1:$port
view all included .1
rocommunity public default -V all
CONF
export SNMP_PERSISTENT_DIR="$dir/persist" SNMPCONFPATH="$dir/conf"
mkdir -p "$dir/persist/cert_indexes" "$dir/conf"
"$snmpd" -f -C -c "$dir/snmpd.conf" -m '' -Lf "$dir/snmpd.log" -p "$dir/snmpd.pid" -I -smux </dev/null &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 50); do snmpget -v2c -c public -r0 -t0.2 -m '' "127.0.0.1:$port" .1.3.6.1.2.1.1.3.0 >/dev/null 2>&1 && break; sleep 0.1; done
args=(get -v2c -c public "127.0.0.1:$port" .1.3.6.1.2.1.1.1.0)
"${launcher[@]}" "${args[@]}" >/dev/null # builds if stale, warms the file cache (and makes the CDS archive)

# ms of each run, one a line
times() {
  for _ in $(seq "$runs"); do
    local t0 t1
    t0=$(date +%s%N)
    "$@" >/dev/null
    t1=$(date +%s%N)
    echo $(((t1 - t0) / 1000000))
  done
}
stats() { sort -n | awk '{a[NR]=$1} END {printf "min %d ms, median %d ms (%d runs)\n", a[1], (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)), NR}'; }
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "snmpget:   $(times snmpget -m '' "${args[@]:1}" | stats)"
echo "ksnmp get: $(times "${launcher[@]}" "${args[@]}" | stats)"
