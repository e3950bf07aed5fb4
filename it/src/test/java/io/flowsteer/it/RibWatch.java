/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls a router's route count every 100 ms on a thread of its own and keeps the fewest seen: a router that lost
 * routes while the controller was away shows it here even if it got them back before the test looked.
 */
public final class RibWatch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RibWatch.class);

    /**
     * The count watched.
     */
    @FunctionalInterface
    public interface Count {
        /**
         * Reads the count now.
         *
         * @return the count
         * @throws IOException when the router cannot be asked
         * @throws InterruptedException when interrupted
         */
        int get() throws IOException, InterruptedException;
    }

    private final Thread thread;
    private final AtomicInteger fewest = new AtomicInteger(Integer.MAX_VALUE);
    private final AtomicInteger polls = new AtomicInteger();
    private volatile boolean done;

    /**
     * Starts polling.
     *
     * @param count what to poll
     */
    public RibWatch(final Count count) {
        thread = new Thread(() -> {
            while (!done) {
                try {
                    final int now = count.get();
                    fewest.accumulateAndGet(now, Math::min);
                    polls.incrementAndGet();
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                } catch (IOException e) {
                    LOG.warn("RIB poll failed: {}", e.getMessage());
                }
            }
        }, "rib-watch");
        thread.start();
    }

    /**
     * The fewest routes seen so far.
     *
     * @return the fewest, {@link Integer#MAX_VALUE} before the first poll
     */
    public int fewest() {
        return fewest.get();
    }

    /**
     * How many polls succeeded.
     *
     * @return the polls
     */
    public int polls() {
        return polls.get();
    }

    @Override
    public void close() throws InterruptedException {
        done = true;
        thread.join(5000);
    }
}
