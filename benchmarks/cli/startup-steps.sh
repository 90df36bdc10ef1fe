#!/usr/bin/env bash
# What each start-up step buys a v2c `ksnmp get`, against an snmpd started here on loopback:
# every configuration runs once per round, ROUNDS rounds (default 20), so a busy moment costs
# all of them alike; prints min and median wall ms per configuration, and the load average.
#   benchmarks/cli/startup-steps.sh [ROUNDS]
# JAVA17 and JAVA19 name a JDK before 19 and one from 19 (default: java on the PATH for both);
# BASE_JAR, a ksnmp.jar built before these steps, and MID_JAR, one built with the one-shot engine
# (no batched I/O) but the JDK's SecureRandom, add their rows. The CDS archives go to a temp dir.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rounds="${1:-20}"
jar="$root/samples/target/ksnmp.jar"
java17="${JAVA17:-java}"
java19="${JAVA19:-java}"
[ -f "$jar" ] || { echo "build the tool first: ./ksnmp -V" >&2; exit 1; }
snmpd="$(command -v snmpd || echo /usr/sbin/snmpd)"
dir="$(mktemp -d "${TMPDIR:-/tmp}/ksnmp-steps.XXXXXX")"
port=$((20000 + RANDOM % 20000))
printf '[snmp] persistentDir %s\nagentAddress udp:127.0.0.1:%s\nview all included .1\nrocommunity public default -V all\n' "$dir/persist" "$port" >"$dir/snmpd.conf"
export SNMP_PERSISTENT_DIR="$dir/persist" SNMPCONFPATH="$dir/conf"
mkdir -p "$dir/persist/cert_indexes" "$dir/conf"
"$snmpd" -f -C -c "$dir/snmpd.conf" -m '' -Lf "$dir/snmpd.log" -p "$dir/snmpd.pid" -I -smux </dev/null &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 50); do snmpget -v2c -c public -r0 -t0.2 -m '' "127.0.0.1:$port" .1.3.6.1.2.1.1.3.0 >/dev/null 2>&1 && break; sleep 0.1; done
get=(get -v2c -c public "127.0.0.1:$port" .1.3.6.1.2.1.1.1.0)
quick=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData)

names=() commands=()
add() { names+=("$1"); shift; commands+=("$(printf '%q ' "$@")"); }
add "snmpget" snmpget -m '' "${get[@]:1}"
if [ -n "${BASE_JAR:-}" ]; then
  add "before: java -jar (JDK <19)" "$java17" -jar "$BASE_JAR" "${get[@]}"
  add "before: java -jar (JDK 19+)" "$java19" -jar "$BASE_JAR" "${get[@]}"
fi
if [ -n "${MID_JAR:-}" ]; then
  add "one-shot engine: java -jar (JDK <19)" "$java17" -jar "$MID_JAR" "${get[@]}"
  add "one-shot engine: java -jar (JDK 19+)" "$java19" -jar "$MID_JAR" "${get[@]}"
fi
add "+ kernel random: java -jar (JDK <19)" "$java17" -jar "$jar" "${get[@]}"
add "+ kernel random: java -jar (JDK 19+)" "$java19" -jar "$jar" "${get[@]}"
add "+ C1 only, serial GC, no perf data (JDK <19)" "$java17" "${quick[@]}" -jar "$jar" "${get[@]}"
add "+ C1 only, serial GC, no perf data (JDK 19+)" "$java19" "${quick[@]}" -jar "$jar" "${get[@]}"
add "+ AppCDS archive (JDK <19)" "$java17" "${quick[@]}" -Xlog:cds=off -XX:SharedArchiveFile="$dir/17.jsa" -jar "$jar" "${get[@]}"
add "+ AppCDS archive (JDK 19+)" "$java19" "${quick[@]}" -Xlog:cds=off -XX:SharedArchiveFile="$dir/19.jsa" -XX:+AutoCreateSharedArchive -jar "$jar" "${get[@]}"
add "./ksnmp launcher (a JDK 19+; 25+: AOT cache)" "$root/ksnmp" "${get[@]}"
# JDK 25+: an AOT cache (JEP 483/514: classes loaded and linked ahead) in place of the CDS archive.
if "$java19" "${quick[@]}" -Xlog:disable -XX:AOTCacheOutput="$dir/25.aot" -jar "$jar" "${get[@]}" >/dev/null 2>&1 && [ -f "$dir/25.aot" ]; then
  add "JDK 25 AOT cache instead of the CDS archive" "$java19" "${quick[@]}" -XX:AOTCache="$dir/25.aot" -jar "$jar" "${get[@]}"
fi

# The archives: JDK 19+ makes its own on the first run; before 19 a run with ArchiveClassesAtExit.
"$java17" "${quick[@]}" -Xlog:cds=off -XX:ArchiveClassesAtExit="$dir/17.jsa" -jar "$jar" "${get[@]}" >/dev/null 2>&1
for c in "${commands[@]}"; do eval "$c" >/dev/null 2>&1 || true; eval "$c" >/dev/null 2>&1 || true; done

# Wall time, and CPU time (user + system: what the run costs whatever else the machine does).
declare -A wall cpu
TIMEFORMAT='%R %U %S'
loadavg="$(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq "$rounds"); do
  for i in "${!commands[@]}"; do
    read -r r u s < <({ time eval "${commands[$i]}" >/dev/null 2>&1; } 2>&1)
    wall[$i]+="$(awk -v r="$r" 'BEGIN {printf "%d", r * 1000}') "
    cpu[$i]+="$(awk -v u="$u" -v s="$s" 'BEGIN {printf "%d", (u + s) * 1000}') "
  done
done
echo "load average before: $loadavg, after: $(cut -d' ' -f1-3 /proc/loadavg); $rounds rounds"
median() { sort -n | awk '{a[NR]=$1} END {printf "%d %d", a[1], (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
printf '| %-46s | %13s | %16s | %12s |\n' "configuration" "wall min ms" "wall median ms" "CPU median ms"
for i in "${!commands[@]}"; do
  # shellcheck disable=SC2086
  read -r wmin wmed <<<"$(printf '%s\n' ${wall[$i]} | median)"
  # shellcheck disable=SC2086
  read -r _ cmed <<<"$(printf '%s\n' ${cpu[$i]} | median)"
  printf '| %-46s | %13d | %16d | %12d |\n' "${names[$i]}" "$wmin" "$wmed" "$cmed"
done
