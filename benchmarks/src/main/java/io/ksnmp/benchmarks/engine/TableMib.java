package io.ksnmp.benchmarks.engine;

import io.ksnmp.ber.BerTag;
import io.ksnmp.ber.BerWriter;
import io.ksnmp.smi.Counter32;
import io.ksnmp.smi.Counter64;
import io.ksnmp.smi.Gauge32;
import io.ksnmp.smi.Integer32;
import io.ksnmp.smi.IpAddress;
import io.ksnmp.smi.OctetString;
import io.ksnmp.smi.Oid;
import io.ksnmp.smi.SmiCodec;
import io.ksnmp.smi.TimeTicks;
import io.ksnmp.smi.Variable;
import java.util.Arrays;

/**
 * The table the walk scenario reads: {@link #COLUMNS} columns of mixed types under
 * {@link #ENTRY} (an interface-table-like entry under the documentation enterprise 32473, RFC
 * 5612), rows indexed 1 … {@code rows}, held as one sorted array of names with each binding's
 * BER encoding computed once, so the responder answers a get-next or a get-bulk by a binary
 * search and array copies.
 *
 * <table>
 *   <caption>columns</caption>
 *   <tr><td>1</td><td>Integer32, the row's index</td></tr>
 *   <tr><td>2</td><td>OctetString, an interface name such as {@code GigabitEthernet1/0/17} (21–25 octets)</td></tr>
 *   <tr><td>3</td><td>Gauge32, a speed</td></tr>
 *   <tr><td>4, 5</td><td>Counter32, octet counters (up to five content octets)</td></tr>
 *   <tr><td>6, 7</td><td>Counter64, octet counters</td></tr>
 *   <tr><td>8</td><td>TimeTicks, a last-change time</td></tr>
 *   <tr><td>9</td><td>IpAddress</td></tr>
 *   <tr><td>10</td><td>OctetString, a 6-octet physical address</td></tr>
 * </table>
 */
public final class TableMib {
    /** The table: {@code 1.3.6.1.4.1.32473.1.1}. */
    public static final Oid TABLE = Oid.parse("1.3.6.1.4.1.32473.1.1");
    /** Its entry: {@code TABLE.1}; column c of row r is {@code ENTRY.c.r}. */
    public static final Oid ENTRY = TABLE.child(1);
    /** Columns per row. */
    public static final int COLUMNS = 10;
    /** The rows of the table. */
    public static final int DEFAULT_ROWS = 10_000;

    private final int rows;
    private final Oid[] names;
    private final Variable[] values;
    private final byte[] encodings;
    private final int[] offsets;

    private TableMib(int rows) {
        this.rows = rows;
        int n = rows * COLUMNS;
        names = new Oid[n];
        values = new Variable[n];
        offsets = new int[n + 1];
        BerWriter one = new BerWriter(128);
        byte[][] each = new byte[n][];
        int i = 0;
        for (int column = 1; column <= COLUMNS; column++) {
            Oid columnOid = ENTRY.child(column);
            for (int row = 1; row <= rows; row++) {
                names[i] = columnOid.child(row);
                values[i] = value(column, row);
                one.reset();
                int mark = one.mark();
                SmiCodec.writeVariable(one, values[i]);
                SmiCodec.writeOid(one, names[i]);
                one.closeConstructed(BerTag.SEQUENCE, mark);
                each[i] = one.toByteArray();
                i++;
            }
        }
        int total = 0;
        for (int k = 0; k < n; k++) {
            offsets[k] = total;
            total += each[k].length;
        }
        offsets[n] = total;
        encodings = new byte[total];
        for (int k = 0; k < n; k++) {
            System.arraycopy(each[k], 0, encodings, offsets[k], each[k].length);
        }
    }

    /**
     * @param rows rows per column (at least 1)
     * @return the table with that many rows
     */
    public static TableMib of(int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("a table needs at least one row");
        }
        return new TableMib(rows);
    }

    /** @return the value of column {@code column} (1 … 10) in row {@code row} */
    public static Variable value(int column, int row) {
        return switch (column) {
            case 1 -> Integer32.of(row);
            case 2 -> OctetString.of("GigabitEthernet" + (1 + row / 2304) + "/" + (row / 48 % 48) + "/" + (row % 48 + 1));
            case 3 -> Gauge32.of(row % 4 == 0 ? 4_294_967_295L : 1_000_000_000L);
            case 4 -> Counter32.of((row * 2_654_435_761L) & 0xFFFF_FFFFL);
            case 5 -> Counter32.of((row * 40_503L * 65_537L) & 0xFFFF_FFFFL);
            case 6 -> Counter64.of(1_284_739_662_301_775L + row * 7_919L);
            case 7 -> Counter64.of(913_572_104_558_208L + row * 104_729L);
            case 8 -> TimeTicks.of(862_718_450L - row);
            case 9 -> IpAddress.ofInt(0x0A00_0000 | row);
            case 10 -> OctetString.of(new byte[] {0x00, 0x1B, 0x54, (byte) (row >>> 16), (byte) (row >>> 8), (byte) row});
            default -> throw new IllegalArgumentException("no column " + column);
        };
    }

    /** @return rows per column */
    public int rows() {
        return rows;
    }

    /** @return the number of bindings: rows × columns */
    public int size() {
        return names.length;
    }

    /** @return the name of binding {@code i} in lexicographic order */
    public Oid name(int i) {
        return names[i];
    }

    /** @return the value of binding {@code i} */
    public Variable value(int i) {
        return values[i];
    }

    /** @return the index of {@code name} if the table has it, or -1 */
    public int indexOf(Oid name) {
        int i = Arrays.binarySearch(names, name);
        return i >= 0 ? i : -1;
    }

    /** @return the index of the first binding after {@code name}; {@link #size()} if there is none */
    public int indexAfter(Oid name) {
        int i = Arrays.binarySearch(names, name);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** @return the encoded length of binding {@code i} (its whole VarBind SEQUENCE) */
    public int encodedLength(int i) {
        return offsets[i + 1] - offsets[i];
    }

    /** Writes binding {@code i}'s precomputed encoding in front of what {@code w} holds. */
    public void writeEncoded(BerWriter w, int i) {
        w.writeBytes(encodings, offsets[i], offsets[i + 1] - offsets[i]);
    }
}
