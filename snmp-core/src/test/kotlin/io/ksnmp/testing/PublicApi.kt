package io.ksnmp.testing

import java.lang.reflect.Constructor
import java.lang.reflect.Field
import java.lang.reflect.Member
import java.lang.reflect.Method
import java.lang.reflect.Modifier
import java.nio.file.Files
import java.nio.file.Path
import kotlin.io.path.exists
import kotlin.io.path.readText
import kotlin.io.path.relativeTo
import kotlin.io.path.writeText
import kotlin.reflect.KCallable
import kotlin.reflect.KClass
import kotlin.reflect.KFunction
import kotlin.reflect.KMutableProperty
import kotlin.reflect.KParameter
import kotlin.reflect.KProperty
import kotlin.reflect.KType
import kotlin.reflect.KTypeParameter
import kotlin.reflect.KVisibility
import kotlin.reflect.full.declaredMembers
import kotlin.streams.toList

/**
 * A library module's public API as text, read from its built classes, and the check that it
 * equals the committed dump (`api/<module>.api`). Each library module's `PublicApiTest` calls
 * [check]; the build fails on any difference, so an API change is always a reviewed change of
 * the dump. `mvn -B -Papi-dump -pl snmp-dsl -am test` rewrites the dumps instead.
 *
 * What is in it, per public class (Java `public`, and for Kotlin classes not `internal`, outside
 * every `internal` package, its enclosing classes public too):
 * - `java`: the class and each public or protected constructor, method and field as javac sees
 *   them (`toGenericString()`), leaving out what the compiler made (synthetic and bridge members,
 *   Kotlin's `$default`, `access$` and name-mangled `internal` members).
 * - `kotlin` (classes with Kotlin metadata): the class as Kotlin declares it and each public or
 *   protected member, constructor and top-level function or property as a Kotlin caller sees it,
 *   through kotlin-reflect: suspend functions, `@JvmSynthetic` members hidden from Java, default
 *   arguments, nullability and generic types.
 */
object PublicApi {
    private val CLASS_NAME = Regex("""io\.ksnmp\.[\w.$]+""")
    private val update: Boolean = System.getProperty("ksnmp.api.update").toBoolean()

    /** Compares the classes under `ksnmp.api.classes` with the dump at `ksnmp.api.dump`, or rewrites the dump. */
    fun check() {
        val classes = Path.of(requireNotNull(System.getProperty("ksnmp.api.classes")) { "ksnmp.api.classes is not set" })
        val dump = Path.of(requireNotNull(System.getProperty("ksnmp.api.dump")) { "ksnmp.api.dump is not set" })
        val actual = dump(classes, dump.fileName.toString().removeSuffix(".api"))
        if (update) {
            Files.createDirectories(dump.parent)
            dump.writeText(actual)
            return
        }
        val expected = if (dump.exists()) dump.readText() else ""
        if (expected != actual) {
            val was = placed(expected)
            val now = placed(actual)
            val diff = (was - now.toSet()).map { "- $it" } + (now - was.toSet()).map { "+ $it" }
            throw AssertionError(
                "The public API differs from ${dump.fileName} (- in the dump only, + in the code only):\n" +
                    diff.joinToString("\n") +
                    "\nIf the change is deliberate, regenerate the dumps and commit them with it:\n" +
                    "    mvn -B -Papi-dump -pl snmp-dsl -am test\n",
            )
        }
    }

    /** Each line of a dump with the class it is under, so a difference names its class. */
    private fun placed(dump: String): List<String> {
        var type = ""
        return dump.lines().filter { it.isNotBlank() && !it.startsWith("#") }.map { line ->
            if (!line.startsWith(" ")) {
                type = CLASS_NAME.find(line)?.value ?: line
                line
            } else {
                "$type: ${line.trim()}"
            }
        }
    }

    /** The API of every class under [classes], one line per declaration, sorted. */
    fun dump(classes: Path, module: String): String {
        val names = Files.walk(classes).use { files ->
            files.filter { it.toString().endsWith(".class") }
                .map { it.relativeTo(classes).toString().replace('\\', '/').removeSuffix(".class") }
                .filter { !it.endsWith("module-info") && !it.split('/').contains("internal") }
                .map { it.replace('/', '.') }
                .toList()
        }
        val loader = PublicApi::class.java.classLoader
        val types = names.map { Class.forName(it, false, loader) }.filter(::isPublicType).sortedBy { it.name }
        return buildString {
            append("# The public API of $module, generated from its classes: do not edit by hand.\n")
            append("# Regenerate after a deliberate change: mvn -B -Papi-dump -pl snmp-dsl -am test\n")
            for (type in types) {
                append('\n')
                append(javaHeader(type)).append('\n')
                javaMembers(type).forEach { append("  ").append(it).append('\n') }
                if (type.isAnnotationPresent(Metadata::class.java)) {
                    kotlinLines(type).forEach { append("  ").append(it).append('\n') }
                }
            }
        }
    }

    private fun isPublicType(type: Class<*>): Boolean {
        var c: Class<*>? = type
        while (c != null) {
            if (!Modifier.isPublic(c.modifiers) || c.isSynthetic || c.isAnonymousClass || c.isLocalClass) return false
            if (c.getAnnotation(Metadata::class.java)?.kind == 1) {
                val visibility = c.kotlin.visibility
                if (visibility != KVisibility.PUBLIC && visibility != KVisibility.PROTECTED) return false
            }
            c = c.enclosingClass
        }
        return true
    }

    private fun javaHeader(type: Class<*>): String {
        val kind = when {
            type.isAnnotation -> "@interface"
            type.isInterface -> "interface"
            type.isEnum -> "enum"
            type.isRecord -> "record"
            else -> "class"
        }
        val modifiers = Modifier.toString(
            type.modifiers and (Modifier.PUBLIC or Modifier.PROTECTED or Modifier.ABSTRACT or Modifier.FINAL or Modifier.STATIC) and
                (if (type.isInterface) Modifier.ABSTRACT.inv() else -1),
        )
        val superclass = type.genericSuperclass?.takeIf { it != Any::class.java && !type.isEnum && !type.isRecord }
        val interfaces = type.genericInterfaces.filter { !type.isAnnotation || it != Annotation::class.java }
        val sealed = if (type.isSealed) " permits " + type.permittedSubclasses.map { it.name }.sorted().joinToString() else ""
        return buildString {
            append("java: ").append(modifiers).append(if (type.isSealed) " sealed " else " ").append(kind).append(' ').append(type.name)
            if (superclass != null) append(" extends ").append(superclass.typeName)
            if (interfaces.isNotEmpty()) {
                append(if (type.isInterface) " extends " else " implements ").append(interfaces.joinToString { it.typeName })
            }
            append(sealed)
        }.replace("  ", " ")
    }

    private fun isJavaVisible(member: Member): Boolean =
        (Modifier.isPublic(member.modifiers) || Modifier.isProtected(member.modifiers)) && !member.isSynthetic &&
            !(member is Method && member.isBridge) && '$' !in member.name

    private fun javaMembers(type: Class<*>): List<String> {
        val members: List<Member> = type.declaredConstructors.toList() + type.declaredMethods + type.declaredFields
        // Members of an enum and records that the compiler writes are kept: javac callers see them too.
        return members.filter(::isJavaVisible).map { member ->
            val text = when (member) {
                is Constructor<*> -> member.toGenericString()
                is Method -> member.toGenericString()
                is Field -> member.toGenericString()
                else -> error("unexpected member $member")
            }
            // "public int io.ksnmp.smi.Oid.size()" reads as "public int size()" under its class.
            "java: " + text.replace(type.typeName + "." + member.name, member.name).let {
                if (member is Constructor<*>) it.replace(type.typeName + "(", "<init>(") else it
            }
        }.sorted()
    }

    private fun kotlinLines(type: Class<*>): List<String> {
        val metadata = type.getAnnotation(Metadata::class.java)
        return when (metadata.kind) {
            1 -> {
                val k = type.kotlin
                listOf(kotlinHeader(k)) +
                    (k.constructors + k.declaredMembers).filter(::isKotlinVisible).map { "kotlin: " + render(it) }.sorted()
            }
            // A file facade: its top-level functions and properties.
            2, 4 -> {
                val container = kotlin.jvm.internal.Reflection.getOrCreateKotlinPackage(type, "")
                container.members.filter(::isKotlinVisible).map { "kotlin: " + render(it) }.sorted()
            }
            else -> emptyList()
        }
    }

    private fun isKotlinVisible(callable: KCallable<*>): Boolean =
        callable.visibility == KVisibility.PUBLIC || callable.visibility == KVisibility.PROTECTED

    private fun kotlinHeader(k: KClass<*>): String {
        val kind = when {
            k.java.isAnnotation -> "annotation class"
            k.java.isEnum -> "enum class"
            k.java.isInterface -> if (k.isFun) "fun interface" else "interface"
            k.objectInstance != null || k.isCompanion -> if (k.isCompanion) "companion object" else "object"
            else -> "class"
        }
        val modality = when {
            k.java.isInterface || k.java.isEnum || k.java.isAnnotation || k.objectInstance != null -> if (k.isSealed) "sealed" else ""
            k.isSealed -> "sealed"
            k.isAbstract -> "abstract"
            k.isOpen -> "open"
            else -> "final"
        }
        val flavour = listOfNotNull(
            "data".takeIf { k.isData },
            "value".takeIf { k.isValue },
            "inner".takeIf { k.isInner },
        )
        val supertypes = k.supertypes.map { it.toString() }.filter { it != "kotlin.Any" }.sorted()
        val typeParameters = if (k.typeParameters.isEmpty()) "" else k.typeParameters.joinToString(prefix = "<", postfix = ">") { p ->
            p.name + p.upperBounds.filter { it.toString() != "kotlin.Any?" }.joinToString("") { " : $it" }
        }
        return (
            listOf(k.visibility.toString().lowercase(), modality) + flavour +
                listOf(kind, k.qualifiedName + typeParameters)
            ).filter { it.isNotEmpty() }.joinToString(" ", prefix = "kotlin: ") +
            if (supertypes.isEmpty()) "" else " : " + supertypes.joinToString()
    }

    /** Kotlin's rendering of [type]; where it has none (a suspend function type), its classifier and arguments. */
    private fun typeText(type: KType): String {
        val text = type.toString()
        if ("???" !in text) return text
        val name = when (val c = type.classifier) {
            is KClass<*> -> c.qualifiedName ?: c.java.name
            is KTypeParameter -> c.name
            // kotlin-reflect has no classifier for a suspend function type: name it as the compiler does.
            else -> "kotlin.coroutines.SuspendFunction${type.arguments.size - 1}"
        }
        val args = if (type.arguments.isEmpty()) "" else type.arguments.joinToString(prefix = "<", postfix = ">") { a ->
            val t = a.type ?: return@joinToString "*"
            (a.variance?.toString()?.lowercase()?.takeIf { it != "invariant" }?.let { "$it " } ?: "") + typeText(t)
        }
        return name + args + (if (type.isMarkedNullable) "?" else "")
    }

    private fun render(callable: KCallable<*>): String {
        val visibility = callable.visibility.toString().lowercase()
        val modality = when {
            callable.isAbstract -> "abstract "
            callable.isOpen -> "open "
            else -> ""
        }
        val receiver = callable.parameters.firstOrNull { it.kind == KParameter.Kind.EXTENSION_RECEIVER }?.let { "${typeText(it.type)}." } ?: ""
        val typeParameters = if (callable.typeParameters.isEmpty()) "" else callable.typeParameters.joinToString(prefix = "<", postfix = "> ") { p ->
            (if (p.isReified) "reified " else "") + p.name + p.upperBounds.filter { it.toString() != "kotlin.Any?" }.joinToString("") { " : $it" }
        }
        return when (callable) {
            is KProperty<*> -> {
                val keyword = if (callable is KMutableProperty<*>) "var" else "val"
                val flags = listOfNotNull("const".takeIf { callable.isConst }, "lateinit".takeIf { callable.isLateinit })
                (listOf(visibility) + flags).joinToString(" ") + " $modality$keyword $typeParameters$receiver${callable.name}: ${typeText(callable.returnType)}"
            }
            is KFunction<*> -> {
                val params = callable.parameters.filter { it.kind == KParameter.Kind.VALUE }.joinToString { p ->
                    (if (p.isVararg) "vararg " else "") + "${p.name}: ${typeText(p.type)}" + (if (p.isOptional) " = ..." else "")
                }
                if (callable.name == "<init>") {
                    "$visibility constructor($params)"
                } else {
                    val flags = listOfNotNull(
                        "suspend".takeIf { callable.isSuspend },
                        "inline".takeIf { callable.isInline },
                        "operator".takeIf { callable.isOperator },
                        "infix".takeIf { callable.isInfix },
                    )
                    (listOf(visibility) + flags).joinToString(" ") +
                        " ${modality}fun $typeParameters$receiver${callable.name}($params): ${typeText(callable.returnType)}"
                }
            }
            else -> error("unexpected callable $callable")
        }
    }
}
