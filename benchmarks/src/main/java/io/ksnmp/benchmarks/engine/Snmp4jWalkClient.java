package io.ksnmp.benchmarks.engine;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;
import org.snmp4j.CommunityTarget;
import org.snmp4j.PDU;
import org.snmp4j.Snmp;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;
import org.snmp4j.util.DefaultPDUFactory;
import org.snmp4j.util.RetrievalEvent;
import org.snmp4j.util.TableEvent;
import org.snmp4j.util.TableListener;
import org.snmp4j.util.TableUtils;
import org.snmp4j.util.TreeEvent;
import org.snmp4j.util.TreeListener;
import org.snmp4j.util.TreeUtils;

/**
 * SNMP4J 3.9.6 reading the table with its own utilities, asynchronously (a listener counts the
 * bindings, so neither side keeps the table): {@link TreeUtils#getSubtree(org.snmp4j.Target,
 * OID, Object, TreeListener)} of the whole table with a {@link DefaultPDUFactory} for GETBULK
 * and {@link TreeUtils#setMaxRepetitions(int)}, or {@link TableUtils#getTable(org.snmp4j.Target,
 * OID[], TableListener, Object, OID, OID)} of the ten columns with GETBULK and
 * {@link TableUtils#setMaxNumRowsPerPDU(int)} (its max-repetitions; all ten columns go in each
 * request, its default). Transport as in {@link Snmp4jClient}: receive buffer
 * {@link GetClient#RECEIVE_BUFFER}, {@code tuned} = {@code setAsyncMsgProcessingSupported(false)};
 * target v2c, timeout {@link WalkClient#TIMEOUT}, 0 retries.
 */
public final class Snmp4jWalkClient implements WalkClient {
    private static final OID TABLE = new OID(TableMib.TABLE.toDottedString());

    private final Snmp snmp;
    private final CommunityTarget<UdpAddress> target;
    private final TreeUtils treeUtils;
    private final TableUtils tableUtils;
    private final OID[] columns = new OID[TableMib.COLUMNS];

    /**
     * @param agent where the table responder listens
     * @param tuned whether to turn asynchronous message processing off
     * @param table whether to read with {@code TableUtils} (else {@code TreeUtils})
     * @param maxRepetitions get-bulk repetitions per request
     * @throws IOException if the transport cannot be opened
     */
    public Snmp4jWalkClient(InetSocketAddress agent, boolean tuned, boolean table, int maxRepetitions) throws IOException {
        DefaultUdpTransportMapping transport = new DefaultUdpTransportMapping();
        transport.setReceiveBufferSize(GetClient.RECEIVE_BUFFER);
        if (tuned) {
            transport.setAsyncMsgProcessingSupported(false);
        }
        snmp = new Snmp(transport);
        target = new CommunityTarget<>(new UdpAddress(agent.getAddress(), agent.getPort()), new OctetString(GetClient.COMMUNITY));
        target.setVersion(SnmpConstants.version2c);
        target.setTimeout(TIMEOUT.toMillis());
        target.setRetries(0);
        DefaultPDUFactory bulk = new DefaultPDUFactory(PDU.GETBULK);
        if (table) {
            treeUtils = null;
            tableUtils = new TableUtils(snmp, bulk);
            tableUtils.setMaxNumRowsPerPDU(maxRepetitions);
        } else {
            treeUtils = new TreeUtils(snmp, bulk);
            treeUtils.setMaxRepetitions(maxRepetitions);
            tableUtils = null;
        }
        for (int c = 0; c < columns.length; c++) {
            columns[c] = new OID(TableMib.ENTRY.child(c + 1).toDottedString());
        }
        snmp.listen();
    }

    @Override
    public long walkOnce() throws Exception {
        if (treeUtils != null) {
            TreeCounter counter = new TreeCounter();
            treeUtils.getSubtree(target, TABLE, null, counter);
            return counter.done.get();
        }
        TableCounter counter = new TableCounter();
        tableUtils.getTable(target, columns, counter, null, null, null);
        return counter.done.get();
    }

    private static Exception failure(RetrievalEvent event) {
        return new IllegalStateException("SNMP4J status " + event.getStatus() + ": " + event.getErrorMessage(), event.getException());
    }

    /** Counts the bindings of each response; completes when SNMP4J reports the end. */
    private static final class TreeCounter implements TreeListener {
        final CompletableFuture<Long> done = new CompletableFuture<>();
        private long count;

        @Override
        public boolean next(TreeEvent event) {
            VariableBinding[] bindings = event.getVariableBindings();
            if (bindings != null) {
                count += bindings.length;
            }
            return true;
        }

        @Override
        public void finished(TreeEvent event) {
            VariableBinding[] bindings = event.getVariableBindings();
            if (bindings != null) {
                count += bindings.length;
            }
            if (event.isError()) {
                done.completeExceptionally(failure(event));
            } else {
                done.complete(count);
            }
        }

        @Override
        public boolean isFinished() {
            return done.isDone();
        }
    }

    /** Counts the columns of each row; completes when SNMP4J reports the end. */
    private static final class TableCounter implements TableListener {
        final CompletableFuture<Long> done = new CompletableFuture<>();
        private long count;

        @Override
        public boolean next(TableEvent event) {
            VariableBinding[] row = event.getColumns();
            if (row != null) {
                for (VariableBinding vb : row) {
                    if (vb != null) {
                        count++;
                    }
                }
            }
            return true;
        }

        @Override
        public void finished(TableEvent event) {
            if (event.isError()) {
                done.completeExceptionally(failure(event));
            } else {
                done.complete(count);
            }
        }

        @Override
        public boolean isFinished() {
            return done.isDone();
        }
    }

    @Override
    public void close() throws IOException {
        snmp.close();
    }
}
