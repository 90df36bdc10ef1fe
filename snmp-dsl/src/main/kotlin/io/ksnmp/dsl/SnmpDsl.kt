package io.ksnmp.dsl

/**
 * Marks the receivers of ksnmp's builder blocks, so that inside a nested block only the innermost
 * builder's functions are in scope without a label: a `user { }` block inside `engine { }` cannot
 * call the engine builder's functions by accident.
 *
 * ```
 * val engine = snmpEngine {
 *     user("admin") { auth(AuthProtocol.HMAC_SHA_256_192, "auth-pass") }   // only the user's builder here
 * }
 * ```
 * The builders: [snmpEngine] (its users, in namespaces), `engine.manager(host) { }`
 * and [managerOptions], [varBinds], `engine.agent { }` and `mibRegistry { }` in
 * `io.ksnmp.dsl.agent`, `engine.notificationReceiver { }` and `engine.notifications { }` in
 * `io.ksnmp.dsl.notification`.
 */
@DslMarker
@Target(AnnotationTarget.CLASS, AnnotationTarget.TYPEALIAS, AnnotationTarget.TYPE)
public annotation class SnmpDsl
