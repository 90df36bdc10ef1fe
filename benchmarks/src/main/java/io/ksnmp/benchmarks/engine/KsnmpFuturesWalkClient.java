package io.ksnmp.benchmarks.engine;

import io.ksnmp.coroutines.ManagerOptions;
import io.ksnmp.coroutines.SnmpEngine;
import io.ksnmp.coroutines.TableOptions;
import io.ksnmp.coroutines.future.SnmpManagerFutures;
import io.ksnmp.message.SnmpVersion;
import io.ksnmp.smi.Oid;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * ksnmp's Java view reading the table: {@code SnmpManagerFutures.bulkWalk(table, maxRepetitions,
 * consumer)} or {@code table(columns, consumer, new TableOptions(maxRepetitions))}, then
 * {@code join()}; the consumer (on the event-loop thread) counts the bindings. Settings as in
 * {@link KsnmpFuturesClient}: v2c, receive buffer {@link GetClient#RECEIVE_BUFFER}, timeout
 * {@link WalkClient#TIMEOUT} with the refresh period equal to it.
 */
public final class KsnmpFuturesWalkClient implements WalkClient {
    private final SnmpEngine engine;
    private final SnmpManagerFutures manager;
    private final boolean table;
    private final int maxRepetitions;
    private final List<Oid> columns = new ArrayList<>();
    private long count;

    /**
     * @param agent where the table responder listens
     * @param table whether to read it with {@code table} (else {@code bulkWalk} of the whole table)
     * @param maxRepetitions get-bulk repetitions per request
     */
    public KsnmpFuturesWalkClient(InetSocketAddress agent, boolean table, int maxRepetitions) {
        this.engine = SnmpEngine.builder().defaultVersion(SnmpVersion.V2C).receiveBufferSize(GetClient.RECEIVE_BUFFER).build();
        this.manager = engine.futures().manager(ManagerOptions.builder(agent).version(SnmpVersion.V2C)
                .community(GetClient.COMMUNITY).timeout(TIMEOUT).refreshPeriod(TIMEOUT).build());
        this.table = table;
        this.maxRepetitions = maxRepetitions;
        for (int c = 1; c <= TableMib.COLUMNS; c++) {
            columns.add(TableMib.ENTRY.child(c));
        }
    }

    @Override
    public long walkOnce() {
        count = 0;
        if (table) {
            manager.table(columns, row -> count += row.getValues().size(), new TableOptions(maxRepetitions)).join();
        } else {
            manager.bulkWalk(TableMib.TABLE, maxRepetitions, vb -> count++).join();
        }
        return count;
    }

    @Override
    public void close() {
        engine.close();
    }
}
