package io.ksnmp.smi;

import io.ksnmp.ber.BerTag;
import java.time.Duration;

/**
 * TimeTicks: hundredths of a second, 0..4,294,967,295 (about 497 days), such as sysUpTime.
 *
 * <pre>{@code
 * TimeTicks up = TimeTicks.of(8_640_123);
 * up.toString();     // "Timeticks: (8640123) 1 day, 0:00:01.23"
 * up.toDuration();   // PT24H0M1.23S
 * }</pre>
 */
public final class TimeTicks implements Variable {
    private final int bits;

    private TimeTicks(int bits) {
        this.bits = bits;
    }

    /**
     * @param hundredths 0..4,294,967,295
     * @return the value
     * @throws IllegalArgumentException if out of range
     */
    public static TimeTicks of(long hundredths) {
        return new TimeTicks(Unsigned32Value.checked(hundredths, "TimeTicks"));
    }

    static TimeTicks ofBits(int bits) {
        return new TimeTicks(bits);
    }

    /** @return hundredths of a second, 0..4,294,967,295 */
    public long value() {
        return bits & 0xffff_ffffL;
    }

    /** @return the same span as a {@link Duration} */
    public Duration toDuration() {
        return Duration.ofMillis(value() * 10);
    }

    @Override
    public int tag() {
        return BerTag.TIMETICKS;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeTicks && ((TimeTicks) o).bits == bits;
    }

    @Override
    public int hashCode() {
        return 31 * bits + tag();
    }

    /** @return Net-SNMP's form: {@code Timeticks: (n) [d day[s], ]h:mm:ss.cc} */
    @Override
    public String toString() {
        long ticks = value();
        long centis = ticks % 100;
        long seconds = ticks / 100;
        long days = seconds / 86_400;
        seconds %= 86_400;
        long hours = seconds / 3600;
        seconds %= 3600;
        long minutes = seconds / 60;
        seconds %= 60;
        StringBuilder sb = new StringBuilder(48).append("Timeticks: (").append(ticks).append(") ");
        if (days == 1) {
            sb.append("1 day, ");
        } else if (days > 1) {
            sb.append(days).append(" days, ");
        }
        sb.append(hours).append(':');
        twoDigits(sb, minutes).append(':');
        twoDigits(sb, seconds).append('.');
        twoDigits(sb, centis);
        return sb.toString();
    }

    private static StringBuilder twoDigits(StringBuilder sb, long n) {
        if (n < 10) {
            sb.append('0');
        }
        return sb.append(n);
    }
}
