package io.ksnmp.testing

import java.nio.file.Files
import java.nio.file.Path
import kotlin.io.path.readText
import kotlin.io.path.relativeTo
import kotlin.streams.toList
import org.jetbrains.kotlin.cli.jvm.compiler.EnvironmentConfigFiles
import org.jetbrains.kotlin.cli.jvm.compiler.KotlinCoreEnvironment
import org.jetbrains.kotlin.com.intellij.openapi.util.Disposer
import org.jetbrains.kotlin.config.CommonConfigurationKeys
import org.jetbrains.kotlin.config.CompilerConfiguration
import org.jetbrains.kotlin.cli.common.messages.MessageCollector
import org.jetbrains.kotlin.lexer.KtTokens
import org.jetbrains.kotlin.psi.KtClass
import org.jetbrains.kotlin.psi.KtClassOrObject
import org.jetbrains.kotlin.psi.KtDeclaration
import org.jetbrains.kotlin.psi.KtEnumEntry
import org.jetbrains.kotlin.psi.KtNamedFunction
import org.jetbrains.kotlin.psi.KtObjectDeclaration
import org.jetbrains.kotlin.psi.KtProperty
import org.jetbrains.kotlin.psi.KtPsiFactory
import org.jetbrains.kotlin.psi.KtTypeAlias

/**
 * Every public or protected Kotlin declaration outside the `internal` packages has its KDoc:
 * classes, objects (companions too), functions, properties (a constructor property by its own
 * KDoc or the class's `@property`/`@param`), type aliases and enum entries. The sources are
 * parsed by the Kotlin compiler's own parser (kotlin-compiler-embeddable, test scope).
 *
 * Dokka reports the same (`reportUndocumented`), but cannot fail on it alone: it also reports the
 * compiler-made `values()`, `valueOf()` and `entries` of every enum class, which no source can
 * document. This check is what fails the build. Left out, as javadoc's doclint leaves them out:
 * `override` members (the overridden declaration documents them) and constructors (the class does).
 * With explicit API mode (`-Xexplicit-api=strict`) a declaration without a visibility modifier is
 * an override, a local declaration or a member of a non-public class, so `public` and `protected`
 * are all there is to look for.
 */
object KDocCheck {
    /** Fails, naming each one, if a public declaration under [sourceRoot] has no KDoc. */
    fun check(sourceRoot: Path = Path.of("src", "main", "kotlin")) {
        val missing = undocumented(sourceRoot)
        if (missing.isNotEmpty()) {
            throw AssertionError("Public declarations without KDoc (under $sourceRoot):\n" + missing.joinToString("\n"))
        }
    }

    /** `path:line declaration` for each undocumented public declaration under [sourceRoot]. */
    fun undocumented(sourceRoot: Path): List<String> {
        val files = Files.walk(sourceRoot).use { paths -> paths.filter { it.toString().endsWith(".kt") }.toList() }.sorted()
        val disposable = Disposer.newDisposable()
        try {
            val configuration = CompilerConfiguration()
            configuration.put(CommonConfigurationKeys.MESSAGE_COLLECTOR_KEY, MessageCollector.NONE)
            val environment = KotlinCoreEnvironment.createForProduction(disposable, configuration, EnvironmentConfigFiles.JVM_CONFIG_FILES)
            val psi = KtPsiFactory(environment.project, false)
            val missing = mutableListOf<String>()
            for (path in files) {
                val text = path.readText()
                val file = psi.createFile(path.fileName.toString(), text)
                if (file.packageFqName.pathSegments().any { it.asString() == "internal" }) continue
                val where = path.relativeTo(sourceRoot).toString().replace('\\', '/')
                fun report(declaration: KtDeclaration, what: String) {
                    val line = text.substring(0, declaration.textOffset).count { it == '\n' } + 1
                    missing += "$where:$line $what"
                }
                // A property may be documented by its class's `@property` tag instead of its own KDoc.
                fun namedIn(classDoc: String, name: String?): Boolean =
                    Regex("""@(property|param)\s+\[?${Regex.escape(name ?: "?")}\]?\s""").containsMatchIn(classDoc)
                fun visit(declaration: KtDeclaration, classDoc: String) {
                    if (declaration.hasModifier(KtTokens.OVERRIDE_KEYWORD)) return
                    val public = declaration is KtEnumEntry ||
                        declaration.hasModifier(KtTokens.PUBLIC_KEYWORD) || declaration.hasModifier(KtTokens.PROTECTED_KEYWORD)
                    if (!public) return
                    val name = declaration.name ?: (if (declaration is KtObjectDeclaration && declaration.isCompanion()) "Companion" else "?")
                    if (declaration.docComment == null && !(declaration is KtProperty && namedIn(classDoc, declaration.name))) {
                        val kind = when (declaration) {
                            is KtEnumEntry -> "enum entry"
                            is KtObjectDeclaration -> if (declaration.isCompanion()) "companion object" else "object"
                            is KtClass -> if (declaration.isInterface()) "interface" else "class"
                            is KtNamedFunction -> "fun"
                            is KtProperty -> "property"
                            is KtTypeAlias -> "typealias"
                            else -> "declaration"
                        }
                        report(declaration, "$kind $name")
                    }
                    if (declaration is KtClassOrObject) {
                        val classDoc = declaration.docComment?.text.orEmpty()
                        for (parameter in declaration.primaryConstructorParameters) {
                            if (!parameter.hasValOrVar() || parameter.hasModifier(KtTokens.OVERRIDE_KEYWORD)) continue
                            if (!parameter.hasModifier(KtTokens.PUBLIC_KEYWORD) && !parameter.hasModifier(KtTokens.PROTECTED_KEYWORD)) continue
                            if (parameter.docComment == null && !namedIn(classDoc, parameter.name)) {
                                report(parameter, "property ${declaration.name}.${parameter.name}")
                            }
                        }
                        declaration.declarations.forEach { visit(it, classDoc) }
                    }
                }
                file.declarations.forEach { visit(it, "") }
            }
            return missing
        } finally {
            Disposer.dispose(disposable)
        }
    }
}
