package io.ksnmp.cli

/** `ksnmp COMMAND --help` (or `-h`, or `ksnmp help COMMAND`): that command's synopsis and options. */
internal object CommandHelp {
    /** @return [command]'s help, or null for a word that is no command */
    fun of(command: String): String? = TEXTS[command]?.let { (synopsis, body) -> "usage: ksnmp $synopsis\n\n$body\n" }

    private val AGENT_OPTIONS = """
        |agent and security (Net-SNMP's; snmp.conf's def… tokens fill in what is left out):
        |  -v 1|2c|3                      SNMP version (default 3)
        |  -c COMMUNITY                   community for v1 and v2c
        |  -u USER -l LEVEL               SNMPv3 user and noAuthNoPriv|authNoPriv|authPriv
        |  -a PROTOCOL -A PASSPHRASE      MD5 SHA SHA-224 SHA-256 SHA-384 SHA-512 (default SHA)
        |  -x PROTOCOL -X PASSPHRASE      DES AES AES192 AES256 AES192C AES256C 3DES (default AES)
        |  -3m KEY -3M KEY                master authentication and privacy keys, in hex (for -A, -X)
        |  -3k KEY -3K KEY                keys localized to the agent's engine (-e, else discovered), in hex
        |  -e ENGINE-ID -Z BOOTS,TIME     the agent's engine (hex), boots and time: no discovery
        |  -n CONTEXT -E ENGINE-ID        SNMPv3 context name and context engine ID (hex)
        |  -t SECONDS -r RETRIES          time per try (default 1) and retries (default 5)
        |  -d                             dump every datagram sent and received, in hex, on stderr
        |  -V, --version                  the tool's version
        """.trimMargin()

    private const val AGENT = "AGENT is host, host:port, udp:host:port, udp6:[::1]:port; OIDs are numeric."

    private val TEXTS: Map<String, Pair<String, String>> = mapOf(
        "get" to ("get [OPTIONS] AGENT OID..." to "the values of OIDs (as snmpget)\n\n$AGENT_OPTIONS\n  -On --json                     output\n\n$AGENT"),
        "getnext" to ("getnext [OPTIONS] AGENT OID..." to "the next object after each OID (as snmpgetnext)\n\n$AGENT_OPTIONS\n  -On --json                     output\n\n$AGENT"),
        "bulkget" to (
            "bulkget [OPTIONS] AGENT OID..." to
                "a GETBULK request (as snmpbulkget)\n\n$AGENT_OPTIONS\n  -Cn N -Cr N                    non-repeaters (default 0) and max-repetitions (default 10)\n" +
                "  -On --json                     output\n\n$AGENT"
            ),
        "set" to (
            "set [OPTIONS] AGENT OID TYPE VALUE..." to
                "sets values (as snmpset); TYPE is i u c t a o s x d b n, as snmpset takes them\n\n$AGENT_OPTIONS\n" +
                "  -On --json                     output\n\n$AGENT"
            ),
        "walk" to (
            "walk [OPTIONS] AGENT [OID]" to
                "a subtree with GETNEXT, MIB-2 if no OID (as snmpwalk)\n\n$AGENT_OPTIONS\n  -Cc -Cp                        accept non-increasing OIDs; print the count\n" +
                "  -On --json                     output\n\n$AGENT"
            ),
        "bulkwalk" to (
            "bulkwalk [OPTIONS] AGENT [OID]" to
                "a subtree with GETBULK, MIB-2 if no OID (as snmpbulkwalk)\n\n$AGENT_OPTIONS\n  -Cr N                          max-repetitions (default 10)\n" +
                "  -Cc -Cp                        accept non-increasing OIDs; print the count\n  -On --json                     output\n\n$AGENT"
            ),
        "table" to ("table [OPTIONS] AGENT TABLE-OID" to "a conceptual table as an aligned text table (as snmptable)\n\n$AGENT_OPTIONS\n  --json                         JSON rows\n\n$AGENT"),
        "trap" to (
            "trap [OPTIONS] RECEIVER UPTIME TRAP-OID [OID TYPE VALUE]...\n       ksnmp trap -v1 [OPTIONS] RECEIVER ENTERPRISE AGENT-ADDR GENERIC SPECIFIC UPTIME [OID TYPE VALUE]..." to
                "sends a notification (as snmptrap) to RECEIVER, port 162 by default; UPTIME '': the tool's own\n\n$AGENT_OPTIONS\n" +
                "  -e ENGINE-ID                   (trap) this sender's own engine ID, the authoritative one\n" +
                "  --state-file F                 where the sender's engine ID and boots persist\n  -Ci                            send an inform instead"
            ),
        "inform" to (
            "inform [OPTIONS] RECEIVER UPTIME TRAP-OID [OID TYPE VALUE]..." to
                "sends an inform and waits for its acknowledgement (as snmpinform): exit 0 acknowledged, 3 not\n\n$AGENT_OPTIONS"
            ),
        "trapd" to (
            "trapd [OPTIONS]" to
                """
                |receives notifications and prints each one (as snmptrapd)
                |
                |  --port P --address A           where to listen (port 162, every address; repeatable --address)
                |  -c COMMUNITY --any-community   accepted communities (repeatable; public if none and no user)
                |  --user NAME[:AUTH:AUTHPASS[:PRIV:PRIVPASS]][@ENGINE-ID]   an SNMPv3 user (repeatable)
                |  -u USER -a … -A … -x … -X …    one more user, Net-SNMP's way
                |  -E ENGINE-ID --state-file F    this receiver's engine ID (informs) and where it persists
                |  --json --count N --timeout S   one JSON object a line; exit after N; stop waiting after S seconds
                """.trimMargin()
            ),
        "agent" to (
            "agent [OPTIONS]" to
                """
                |the embedded agent: a recorded walk, or the demo objects
                |
                |  --walk-file F                  serve what snmpwalk -On printed
                |  --port P --address A           where to listen
                |  --community C --write-community C
                |  --user NAME[:AUTH:AUTHPASS[:PRIV:PRIVPASS]]   an SNMPv3 user (repeatable)
                |  -u USER -a … -A … -x … -X …    one more user; -E ENGINE-ID its engine ID
                |  --state-file F                 where the engine ID and boots persist
                """.trimMargin()
            ),
        "demo" to ("demo" to "the embedded agent and this tool, step by step"),
    )
}
