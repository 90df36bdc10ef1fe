package io.ksnmp.benchmarks.engine;

import java.time.Duration;

/**
 * What the bare clients ({@link BareNioClient}, {@link BareBatchedClient}) share: they keep no
 * requests, so they run the throughput measurement only (no heap run), and count nothing sent.
 */
abstract class BareClient implements GetClient {
    @Override
    public final void sendUnanswered(int count, Duration timeout) {
        throw new UnsupportedOperationException("the bare clients keep no requests: throughput runs only");
    }

    @Override
    public final long outstanding() {
        return 0;
    }

    @Override
    public final long sent() {
        return -1;
    }
}
