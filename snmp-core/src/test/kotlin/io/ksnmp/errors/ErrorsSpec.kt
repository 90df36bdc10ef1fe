package io.ksnmp.errors

import io.ksnmp.SnmpException
import io.ksnmp.pdu.ErrorStatus
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.Oid
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.VarBindList
import io.ksnmp.usm.UsmStats
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeInstanceOf
import io.kotest.matchers.types.shouldNotBeInstanceOf
import java.net.InetSocketAddress
import java.time.Duration
import kotlin.coroutines.cancellation.CancellationException

class ErrorsSpec : FunSpec({
    val vbs = VarBindList.of(VarBind.of("1.3.6.1.2.1.1.4.0", Integer32.of(1)), VarBind.of("1.3.6.1.2.1.1.5.0", Integer32.of(2)))

    test("an error response names the binding its index points at, or none") {
        val e = ErrorResponseException(ErrorStatus.NOT_WRITABLE, 2, vbs)
        e.status() shouldBe ErrorStatus.NOT_WRITABLE
        e.index() shouldBe 2
        e.oidOrNull() shouldBe Oid.parse("1.3.6.1.2.1.1.5.0")
        ErrorResponseException(ErrorStatus.GEN_ERR, 0, vbs).oidOrNull() shouldBe null
        ErrorResponseException(ErrorStatus.GEN_ERR, 9, vbs).oidOrNull() shouldBe null
        NoSuchNameException(1, vbs).status() shouldBe ErrorStatus.NO_SUCH_NAME
        NoSuchNameException(1, vbs).shouldBeInstanceOf<ErrorResponseException>()
    }

    test("a timeout is an SnmpException and not a cancellation") {
        val e: Throwable = SnmpTimeoutException(InetSocketAddress("127.0.0.1", 161), Duration.ofSeconds(10), 10)
        e.shouldBeInstanceOf<SnmpException>()
        e.shouldNotBeInstanceOf<CancellationException>()
        (e as SnmpTimeoutException).sends() shouldBe 10
    }

    test("every USM report counter has its exception; others keep the counter") {
        ReportException.of(UsmStats.UNKNOWN_USER_NAMES).shouldBeInstanceOf<UnknownUserNameException>()
        ReportException.of(UsmStats.WRONG_DIGESTS).shouldBeInstanceOf<WrongDigestException>()
        ReportException.of(UsmStats.DECRYPTION_ERRORS).shouldBeInstanceOf<DecryptionErrorException>()
        ReportException.of(UsmStats.UNSUPPORTED_SEC_LEVELS).shouldBeInstanceOf<UnsupportedSecurityLevelException>()
        ReportException.of(UsmStats.NOT_IN_TIME_WINDOWS).shouldBeInstanceOf<NotInTimeWindowException>()
        ReportException.of(UsmStats.UNKNOWN_ENGINE_IDS).shouldBeInstanceOf<UnknownEngineIdException>()
        for (counter in UsmStats.entries) {
            ReportException.of(counter).counterOrNull() shouldBe counter
        }
        ReportException.of(null).counterOrNull() shouldBe null
    }
})
